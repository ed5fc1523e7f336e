/* npm run bench:notifications — the notification pipeline (outbox → relay → BullMQ job → channel stand-in) on
 * Redis and on BullMQ's PostgreSQL backend, its ratio to raw BullMQ no-op throughput in the same run, latency at a
 * steady 200 events/s, and socket.io fan-out to a 1,000-member wijk room among 5,000 connected clients. */
import { Client } from 'pg';
import { report } from '../lib/report';
import { bullmqNoop } from './bullmq-noop';
import { fanout } from './fanout';
import { startOmgeving } from './omgeving';
import { metPijplijn } from './pijplijn';
import { zaai } from './zaaien';

const N = Number(process.env.BENCH_N ?? 20_000);
const N_PG = Number(process.env.BENCH_N_PG ?? 5_000);
const r0 = (x: number) => Math.round(x).toString();

async function main(): Promise<void> {
  const o = await startOmgeving();
  try {
    const db = new Client({ connectionString: o.databaseUrl });
    await db.connect();
    const ids = await zaai(db, N + N_PG + 2_000 + 500);
    await db.end();
    const deel = (van: number, n: number) => ids.slice(van, van + n);

    const noop = await bullmqNoop(o, N);
    console.log(`raw BullMQ no-op: ${r0(noop.perSec)} jobs/s`);
    const redis = await metPijplijn(o, true, 'bench-redis', async (p) => {
      await p.doorvoer(deel(0, 500)); // warm-up: connections, prepared plans
      const doorvoer = await p.doorvoer(deel(500, N));
      const latentie = await p.latentie(deel(500 + N, 2_000), 200, 10);
      return { doorvoer, latentie };
    });
    console.log(`pipeline on Redis: ${r0(redis.doorvoer.perSec)} notifications/s; p95 ${r0(redis.latentie.p95)} ms at 200/s`);
    const pg = await metPijplijn(o, false, 'bench-pg', (p) => p.doorvoer(deel(2_500 + N, N_PG)));
    console.log(`pipeline on PostgreSQL: ${r0(pg.perSec)} notifications/s`);
    // BENCH_FANOUT=0 skips the socket fan-out (quicker runs while working on the pipeline)
    if (process.env.BENCH_FANOUT === '0') {
      const ratio = redis.doorvoer.perSec / noop.perSec;
      console.log(`ratio pipeline / no-op: ${ratio.toFixed(2)} (fan-out skipped, no report written)`);
      return;
    }
    const f = await fanout(o, 5_000, 1_000, 20);
    console.log(`fan-out: ${f.ontvangen}/${f.verwacht} received, p95 ${r0(f.p95)} ms`);

    const ratio = redis.doorvoer.perSec / noop.perSec;
    report(
      'notifications',
      [
        { meting: 'raw BullMQ no-op (Redis)', n: noop.n, resultaat: `${r0(noop.perSec)} jobs/s`, doel: '-', gehaald: '-' },
        {
          meting: 'pipeline on Redis',
          n: redis.doorvoer.n,
          resultaat: `${r0(redis.doorvoer.perSec)} notif/s`,
          doel: '>= 3000/s',
          gehaald: redis.doorvoer.perSec >= 3000 ? 'ja' : 'nee',
        },
        { meting: 'ratio pipeline / no-op', n: '-', resultaat: ratio.toFixed(2), doel: '>= 0.40', gehaald: ratio >= 0.4 ? 'ja' : 'nee' },
        { meting: 'pipeline on PostgreSQL backend', n: pg.n, resultaat: `${r0(pg.perSec)} notif/s`, doel: '(reported)', gehaald: '-' },
        {
          meting: 'event→delivery at 200 events/s (Redis)',
          n: redis.latentie.n,
          resultaat: `p50 ${r0(redis.latentie.p50)} / p95 ${r0(redis.latentie.p95)} / p99 ${r0(redis.latentie.p99)} ms`,
          doel: 'p95 < 200 ms',
          gehaald: redis.latentie.p95 < 200 ? 'ja' : 'nee',
        },
        {
          meting: `fan-out: ${f.verbonden} clients, 1000 in wijk room`,
          n: f.ontvangen,
          resultaat: `p50 ${r0(f.p50)} / p95 ${r0(f.p95)} / p99 ${r0(f.p99)} ms`,
          doel: 'p95 < 100 ms, all 1000 get every event',
          gehaald: f.p95 < 100 && f.ontvangen === f.verwacht && f.makelaarsVolledig && f.anderenNiets ? 'ja' : 'nee',
        },
      ],
      { noop, redis, postgres: pg, fanout: f },
    );
  } finally {
    await o.stop();
  }
}

main()
  .then(() => process.exit(0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
