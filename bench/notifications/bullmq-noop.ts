import { Queue, Worker } from 'bullmq';
import { JobName, jobCatalogue, queueConnection } from '@app/jobs';
import type { Omgeving } from './omgeving';

/** Raw BullMQ on the same Redis: enqueue n jobs (bulk, deterministic ids, the catalogue's options) and run a no-op. */
export async function bullmqNoop(o: Omgeving, n: number): Promise<{ n: number; ms: number; perSec: number }> {
  const connection = queueConnection({ redisUrl: o.redisUrl, databaseUrl: o.databaseUrl, schema: 'bullmq' });
  const prefix = `noop-${Date.now()}`;
  const queue = new Queue('noop', { connection, prefix });
  let klaar = 0;
  let gedaan!: () => void;
  const alles = new Promise<void>((r) => (gedaan = r));
  const worker = new Worker('noop', async () => undefined, { connection, prefix, concurrency: 32 });
  worker.on('completed', () => {
    if (++klaar === n) gedaan();
  });
  await worker.waitUntilReady();
  const opts = jobCatalogue[JobName.Notificeer].options;
  const t0 = performance.now();
  for (let i = 0; i < n; i += 500) {
    await queue.addBulk(
      Array.from({ length: Math.min(500, n - i) }, (_, k) => ({ name: 'noop', data: { i: i + k }, opts: { ...opts, jobId: `noop.${i + k}` } })),
    );
  }
  await alles;
  const ms = performance.now() - t0;
  await worker.close();
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  return { n, ms, perSec: n / (ms / 1000) };
}
