export * from './logger';
export * from './problem';
export * from './problem.filter';
export * from './validation';
export * from './password';
export * from './pdf';
