import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs a statement as a named prepared statement on the DataSource's own pg pool: each connection parses and
 * plans it once, then reuses the plan. For hot statements whose text never changes (batched unnest statements,
 * the prikbord's per-filter queries), where parsing and planning cost as much as running. TypeORM's `query()`
 * only sends unnamed statements. Not inside a TypeORM transaction: it takes its own connection.
 */
export async function voorbereid<R>(ds: DataSource, naam: string, text: string, values: unknown[]): Promise<R[]> {
  return (await pgPool(ds).query({ name: naam, text, values })).rows as R[];
}

export const pgPool = (ds: DataSource): Pool => (ds.driver as unknown as { master: Pool }).master;
