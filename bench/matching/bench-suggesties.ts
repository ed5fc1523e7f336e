/* npm run bench:suggesties — suggestions for one hulpvraag at the brief's scale (1M deelnemers, 300k active aanbod
 * over 100 gemeenten): the SQL prefilter + the engine, in-process and over HTTP through the real api.
 * Targets (issue): p95 < 20 ms in-process, p95 < 50 ms over HTTP. Env: BENCH_SCALE (full), BENCH_N (200). */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { migrateQueueBackend } from '@app/jobs';
import { rank } from '@app/matching';
import { KandidatenRepository, naarKandidaat, type HulpvraagRow } from '@app/matches';
import { dataSourceOptions } from '@app/persistence';
import { freePort, repoRoot } from '@app/runtime';
import { ensureDataset } from '../lib/dataset';
import { percentile, report } from '../lib/report';

const N = Number(process.env.BENCH_N ?? 200);
const ADMIN = { email: 'bench-suggesties@example.org', password: 'Correct-Horse-42-battery' };

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99) };
};

async function main(): Promise<void> {
  const ds = await ensureDataset({ log: (l) => console.log(l) });
  const db = new Client({ connectionString: ds.url });
  await db.connect();
  // open requests of the first gemeente (Haarlem), where the bench's beheerder is created: the first N only warm
  // up (PostgreSQL's buffers and the JIT, as in a running system), the other N are measured
  const { rows: alle } = await db.query<{ id: string }>(
    `SELECT h.id FROM hulpvragen h JOIN gemeenten g ON g.id = h.gemeente_id WHERE g.code = 'GM0392' AND h.status = 'open' ORDER BY md5(h.id::text) LIMIT $1`,
    [2 * N],
  );
  const opwarmen = alle.slice(0, N);
  const ids = alle.slice(N);
  const { rows: kand } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM aanbod WHERE status = 'actief'`);
  await db.end();
  if (!ids.length) throw new Error(`the dataset has fewer than ${N + 1} open hulpvragen in GM0392`);

  // in-process: exactly what MatchingService.suggesties does, minus HTTP and the audit row
  const source = await new DataSource({ ...dataSourceOptions(ds.url), logging: false }).initialize();
  const repo = new KandidatenRepository(source);
  const suggestie = async (id: string): Promise<number> => {
    const [h] = (await source.query(`SELECT * FROM hulpvragen WHERE id = $1`, [id])) as HulpvraagRow[];
    const { hulpvraag, kandidaten: rows, context } = await repo.voorSuggestie(h);
    rank(hulpvraag, rows.map(naarKandidaat), context, { limit: 10 });
    return rows.length;
  };
  for (const { id } of opwarmen) await suggestie(id);
  const inproc: number[] = [];
  const kandidaten: number[] = [];
  for (const { id } of ids) {
    const t0 = performance.now();
    kandidaten.push(await suggestie(id));
    inproc.push(performance.now() - t0);
  }
  await source.destroy();

  // over HTTP: the real api process against the dataset
  await migrateQueueBackend({ databaseUrl: ds.url, schema: 'bullmq' });
  const port = await freePort();
  const api = spawn(process.execPath, [path.join(repoRoot(), 'dist', 'apps', 'api', 'src', 'main.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATABASE_URL: ds.url,
      JWT_SECRET: ds.jwtSecret,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}/api/v1`;
  try {
    for (let t = 0; ; t++) {
      if (t > 600) throw new Error('api not healthy in 60 s');
      if (
        await fetch(`${base}/health`)
          .then((r) => r.ok)
          .catch(() => false)
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const login = (await (
      await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
      })
    ).json()) as { accessToken: string };
    const headers = { authorization: `Bearer ${login.accessToken}` };
    const vraag = async (id: string): Promise<void> => {
      const r = await fetch(`${base}/hulpvragen/${id}/suggesties?limit=10`, { headers });
      await r.arrayBuffer();
      if (r.status !== 200 && r.status !== 409) throw new Error(`suggesties → ${r.status}`);
    };
    for (const { id } of opwarmen) await vraag(id);
    const http: number[] = [];
    for (const { id } of ids) {
      const t0 = performance.now();
      await vraag(id);
      http.push(performance.now() - t0);
    }
    const a = stats(inproc);
    const b = stats(http);
    const k = stats(kandidaten);
    const f = (x: number) => x.toFixed(1);
    report(
      'suggesties',
      [
        {
          measurement: 'in-process (SQL prefilter + engine)',
          requests: inproc.length,
          'p50 ms': f(a.p50),
          'p95 ms': f(a.p95),
          'p99 ms': f(a.p99),
          'target p95 ms': 20,
        },
        {
          measurement: 'over HTTP (GET /hulpvragen/{id}/suggesties)',
          requests: http.length,
          'p50 ms': f(b.p50),
          'p95 ms': f(b.p95),
          'p99 ms': f(b.p99),
          'target p95 ms': 50,
        },
      ],
      { scale: ds.scale.name, actieveAanbod: kand[0].n, kandidatenPerVraag: { p50: k.p50, p95: k.p95 } },
    );
  } finally {
    api.kill('SIGTERM');
    await ds.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
