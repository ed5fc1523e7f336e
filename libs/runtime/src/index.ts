export * from './embedded-postgres';
export * from './ports';
export * from './redis-server';
export * from './system-packages';
export * from './embedded-database';
export * from './launch';
