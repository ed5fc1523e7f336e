import { createPostgresBackend, runMigrations as runQueueMigrations, setDefaultBackendFactory, type ConnectionOptions } from 'bullmq';
import { Client } from 'pg';

export type QueueBackendKind = 'redis' | 'postgres';

export interface QueueSettings {
  redisUrl?: string;
  databaseUrl: string;
  schema: string;
}

export function queueBackendKind(s: QueueSettings): QueueBackendKind {
  return s.redisUrl ? 'redis' : 'postgres';
}

/**
 * The BullMQ `connection` option for this process, with the process-wide backend chosen to match:
 * Redis when REDIS_URL is set, else BullMQ's PostgreSQL backend in its own schema of our database.
 */
export function queueConnection(s: QueueSettings): ConnectionOptions {
  if (s.redisUrl) {
    setDefaultBackendFactory();
    const u = new URL(s.redisUrl);
    return {
      host: u.hostname,
      port: Number(u.port || 6379),
      username: u.username ? decodeURIComponent(u.username) : undefined,
      password: u.password ? decodeURIComponent(u.password) : undefined,
      db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
      tls: u.protocol === 'rediss:' ? {} : undefined,
      maxRetriesPerRequest: null,
    };
  }
  setDefaultBackendFactory(createPostgresBackend);
  // The launcher (and the test harness) run the queue schema migrations once, before any process starts.
  return { connectionString: s.databaseUrl, schema: s.schema, max: 10 } as unknown as ConnectionOptions;
}

/** Brings BullMQ's PostgreSQL schema up to date (no-op on Redis). Safe to run concurrently. */
export async function migrateQueueBackend(s: QueueSettings): Promise<void> {
  if (s.redisUrl) return;
  const client = new Client({ connectionString: s.databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await runQueueMigrations(client, s.schema);
  } finally {
    await client.end();
  }
}
