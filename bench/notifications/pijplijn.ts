import { Client } from 'pg';
import { createWorker } from '../../apps/worker/src/worker.factory';
import { percentile } from '../lib/report';
import { zetOmgeving, type Omgeving } from './omgeving';

const EVENT = 'hulpvraag.verloopt-binnenkort';

async function laatsteEvent(db: Client): Promise<number> {
  return Number((await db.query(`SELECT COALESCE(max(id), 0) AS id FROM outbox_events`)).rows[0].id);
}

async function publiceer(db: Client, ids: string[]): Promise<void> {
  await db.query(`INSERT INTO outbox_events (type, aggregate_id) SELECT $1, unnest($2::text[])`, [EVENT, ids]);
  await db.query('NOTIFY outbox_events');
}

/**
 * Waits until `n` messages are delivered and returns when the last one was, by the database clock. Polling
 * slowly and reading the end from the delivery records keeps the measuring itself off the 2 cores it measures.
 */
async function wachtOpBezorgd(db: Client, vanaf: number, n: number, timeoutMs: number): Promise<number> {
  const tot = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n, extract(epoch FROM max(verzonden_op)) * 1000 AS laatste FROM berichten WHERE event_id > $1 AND status IN ('sent', 'delivered')`,
      [vanaf],
    );
    if (rows[0].n >= n) return Number(rows[0].laatste);
    if (Date.now() > tot) throw new Error(`only ${rows[0].n} of ${n} delivered after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

const dbKlok = async (db: Client): Promise<number> => Number((await db.query(`SELECT extract(epoch FROM clock_timestamp()) * 1000 AS t`)).rows[0].t);

export interface PijplijnMeting {
  n: number;
  ms: number;
  perSec: number;
}

/**
 * The real path in one worker process: outbox rows (as services write them) → relay → BullMQ notification jobs →
 * recipient lookup, delivery record, SMS stand-in, status. Counted when the delivery records say delivered.
 */
export async function metPijplijn<T>(o: Omgeving, redis: boolean, prefix: string, fn: (p: Pijplijn) => Promise<T>): Promise<T> {
  zetOmgeving(o, redis, prefix);
  const worker = await createWorker();
  await worker.init();
  const db = new Client({ connectionString: o.databaseUrl });
  await db.connect();
  try {
    return await fn(new Pijplijn(db));
  } finally {
    await db.end();
    await worker.close();
  }
}

export class Pijplijn {
  constructor(private readonly db: Client) {}

  async doorvoer(ids: string[]): Promise<PijplijnMeting> {
    const vanaf = await laatsteEvent(this.db);
    const t0 = await dbKlok(this.db);
    for (let i = 0; i < ids.length; i += 5000) await publiceer(this.db, ids.slice(i, i + 5000));
    const ms = (await wachtOpBezorgd(this.db, vanaf, ids.length, 300_000)) - t0;
    return { n: ids.length, ms, perSec: ids.length / (ms / 1000) };
  }

  /** A steady `perSec` events a second for `seconden`; latency from the event's commit to its delivery record. */
  async latentie(ids: string[], perSec: number, seconden: number): Promise<{ n: number; p50: number; p95: number; p99: number }> {
    const vanaf = await laatsteEvent(this.db);
    const tick = 50;
    const perTick = Math.round((perSec * tick) / 1000);
    const n = Math.min(ids.length, perTick * Math.round((seconden * 1000) / tick));
    const start = performance.now();
    for (let i = 0, k = 0; i < n; i += perTick, k++) {
      const wacht = start + k * tick - performance.now();
      if (wacht > 0) await new Promise((r) => setTimeout(r, wacht));
      await publiceer(this.db, ids.slice(i, i + perTick));
    }
    await wachtOpBezorgd(this.db, vanaf, n, 120_000);
    const { rows } = await this.db.query(
      `SELECT extract(epoch FROM (b.verzonden_op - e.created_at)) * 1000 AS ms FROM berichten b JOIN outbox_events e ON e.id = b.event_id WHERE e.id > $1`,
      [vanaf],
    );
    const ms = rows.map((r: { ms: string }) => Number(r.ms)).sort((a: number, b: number) => a - b);
    return { n: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99) };
  }
}
