export * from './data-source';
export * from './entities';
export * from './outbox';
export * from './database.module';
