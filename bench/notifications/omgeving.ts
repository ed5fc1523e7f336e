import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { migrateQueueBackend } from '@app/jobs';
import { runMigrations } from '@app/persistence';
import { EmbeddedPostgres, freePort, LocalRedis } from '@app/runtime';

export interface Omgeving {
  databaseUrl: string;
  redisUrl: string;
  stop: () => Promise<void>;
}

/** A throwaway PostgreSQL 15 and redis-server on 127.0.0.1, migrated. */
export async function startOmgeving(): Promise<Omgeving> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-bench-notif-'));
  fs.chmodSync(dir, 0o755);
  const pg = new EmbeddedPostgres({ dir: path.join(dir, 'pg'), port: await freePort(), password: 'bench' });
  await pg.initialise();
  await pg.start();
  const admin = new Client({ connectionString: pg.url('postgres') });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  const databaseUrl = pg.url('bench');
  await runMigrations(databaseUrl);
  await migrateQueueBackend({ databaseUrl, schema: 'bullmq' });
  const redis = new LocalRedis(await freePort());
  await redis.start();
  return {
    databaseUrl,
    redisUrl: redis.url,
    stop: async () => {
      await redis.stop();
      await pg.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The process environment an in-process worker or api reads at creation. */
export function zetOmgeving(o: Omgeving, redis: boolean, prefix: string, extra: Record<string, string> = {}): void {
  delete process.env.REDIS_URL;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: o.databaseUrl,
    ...(redis ? { REDIS_URL: o.redisUrl } : {}),
    QUEUE_PREFIX: prefix,
    JWT_SECRET: 'bench-secret-that-is-at-least-32-characters-long',
    LOG_LEVEL: 'silent',
    // the bench must not depend on the hour it runs at
    NOTIFY_QUIET_HOURS: '0-0',
    NOTIFY_RATE_LIMIT: '100000',
    ...extra,
  });
}
