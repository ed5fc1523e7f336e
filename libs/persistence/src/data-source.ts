import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { NaCommitNotifier } from './outbox';

export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    subscribers: [NaCommitNotifier],
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // pg pool: the api is I/O bound on Postgres; 20 per process leaves room for 2 api + 2 workers
    extra: { max: Number(process.env.DB_POOL_SIZE ?? 20), connectionTimeoutMillis: 5000 },
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
