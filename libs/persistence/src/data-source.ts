import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { NaCommitNotifier } from './outbox';

/**
 * Connections per process when DB_POOL_SIZE is not set. The api's requests are short and run on PostgreSQL's
 * cores: more connections than those cores only queue inside PostgreSQL (bench:prikbord on 2 cores: 8 gave more
 * req/s and a fifth of the p99 of 20; bench:load 289 instead of 225-249 req/s). The worker's jobs mostly wait
 * (mail, batched statements shared by hundreds of jobs): with 8 the notification pipeline on the PostgreSQL queue
 * backend fell from 416 to 321 a second, so it keeps 20.
 */
export const DB_POOL_STANDAARD = { api: 8, worker: 20 } as const;

export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}, poolStandaard: number = DB_POOL_STANDAARD.api): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    subscribers: [NaCommitNotifier],
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: Number(process.env.DB_POOL_SIZE ?? poolStandaard), connectionTimeoutMillis: 5000 },
    ...extra,
  } as DataSourceOptions;
}

/** Applies pending migrations (under an advisory lock, so two starters cannot race) and closes. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    await ds.query('SELECT pg_advisory_lock(727274)');
    const applied = await ds.runMigrations({ transaction: 'each' });
    await ds.query('SELECT pg_advisory_unlock(727274)');
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
