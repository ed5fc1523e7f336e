export * from './match-workflow';
export * from './matches-core.module';
export * from './taken';
export * from './kandidaten.repository';
export * from './rows';
