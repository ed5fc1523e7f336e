export * from './catalogue';
export * from './connection';
export * from './jobs.module';
