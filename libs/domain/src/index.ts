// Pure domain rules: no Nest, no TypeORM, no I/O. Time is always passed in (`nu`), never read.
export * from './resultaat';
export * from './keuzelijst';
export * from './state-machine';
export * from './hulpvraag';
export * from './match';
export * from './taak';
export * from './signalering';
export * from './tijdzone';
export * from './werkdagen';
export * from './herhaling';
export * from './tijdvenster';
export * from './postcode';
export * from './privacy';
export * from './keuzelijsten';
export * from './instellingen';
