import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ENV_PG_ADMIN_URL, ENV_QUEUE_BACKEND, ENV_REDIS_URL, ENV_TEMPLATE_DB } from './services';

function must(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the tests with \`npm test\` (its global setup starts PostgreSQL and Redis)`);
  return v;
}

/** A fresh database cloned from the migrated template (milliseconds), owned by one test file. */
export async function createTestDatabase(label = 'db'): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = must(ENV_PG_ADMIN_URL);
  const name = `bk_${label.replace(/\W/g, '').slice(0, 20)}_${process.env.JEST_WORKER_ID ?? 0}_${randomBytes(3).toString('hex')}`.toLowerCase();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${must(ENV_TEMPLATE_DB)}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Environment for an api/worker built in-process against a test database. */
export function testAppEnv(databaseUrl: string): Record<string, string> {
  const postgresQueue = process.env[ENV_QUEUE_BACKEND] === 'postgres';
  return {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    ...(postgresQueue ? {} : { REDIS_URL: must(ENV_REDIS_URL) }),
    QUEUE_PREFIX: `t${process.env.JEST_WORKER_ID ?? 0}-${randomBytes(3).toString('hex')}`,
    JWT_SECRET: 'test-secret-that-is-at-least-32-characters-long',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    LOGIN_RATE_LIMIT: '100000',
    SMS_WEBHOOK_SECRET: 'test-sms-webhook-secret-0123456789',
    // no quiet hours: an SMS test run after 21:00 Amsterdam time would otherwise wait until 08:00
    // (quiet hours themselves: libs/notificaties/src/stille-uren.spec.ts)
    NOTIFY_QUIET_HOURS: '0-0',
  };
}

export const TEST_ADMIN = { email: 'beheer@test.buurtkracht.nl', password: 'Correct-Horse-42-battery' };

export function applyEnv(env: Record<string, string>): void {
  for (const k of ['REDIS_URL', 'DATABASE_URL', 'QUEUE_PREFIX', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'LOGIN_RATE_LIMIT', 'SMS_WEBHOOK_SECRET'])
    delete process.env[k];
  Object.assign(process.env, env);
}
