export * from './data-source';
export * from './entities';
export * from './outbox';
export * from './database.module';
export * from './privacy';
export { insertDefaultCategorieen } from './migrations/1763900200000-haarlem';
export * from './voorbereid';
export { bolpuntSql } from './bolpunt';
