/**
 * `npm run bench:load`: 2 api instances and 2 workers on one PostgreSQL and one Redis (all 127.0.0.1), on a copy of
 * the scale dataset (bench/lib/dataset.ts; BENCH_SCALE=full by default, `small` for a quick run), driven by
 * a realistic mix at a fixed total rate for a bounded time, round-robin over the two api ports:
 *
 *   prikbord reads (public, per gemeente, some with a wijk or a search term)   55 %
 *   posts: "Ik zoek hulp" intake without an account                          15 %
 *   suggestions for an open request (beheerder of that gemeente)              3 %
 *   acceptances of offered matches (helpers, each match once)                10 %
 *   task list reads (makelaars)                                              17 %   (LOAD_MIX overrides)
 *
 * An open-loop sender per route and port (see `run`), each at its share of LOAD_RATE (default 500/s) for
 * LOAD_DURATION seconds (default 60), so latencies are per route (p95 computed from every response). Memory (RSS; PostgreSQL as
 * PSS of its process tree) is sampled every second. Writes bench/results/load.json and the table in
 * docs/reliability.md. Target: zero 5xx at 500 requests/s mixed on the 2-core machine.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type autocannon from 'autocannon';
import * as nodeHttp from 'node:http';
import { Client } from 'pg';
import { freePort, readPostmasterPid } from '@app/runtime';
import { benchDir, ensureDataset } from '../lib/dataset';
import { BENCH_PASSWORD } from '../dataset/load';
import { mulberry32, sample } from '../dataset/random';
import { openLoop, type OpenLoopResult } from '../lib/open-loop';
import { percentile, report } from '../lib/report';
import { updateDocSection } from './docs';
import { AppProcess, http, RedisProcess, rssMiB, sleep, tempDir, treePssMiB } from './processes';

const RATE = Number(process.env.LOAD_RATE ?? 500);
const DURATION = Number(process.env.LOAD_DURATION ?? 60);
const WARMUP = Number(process.env.LOAD_WARMUP ?? 10);
const SCALE = (process.env.BENCH_SCALE ?? 'full') as 'full' | 'small';
const JWT_SECRET = 'load-bench-secret-that-is-at-least-32-characters';
const say = (line: string) => process.stdout.write(`[load] ${line}\n`);

const ROUTES = ['GET /prikbord', 'POST /intake/hulpvragen', 'GET /hulpvragen/:id/suggesties', 'POST /matches/:id/accepteren', 'GET /taken'] as const;
type Route = (typeof ROUTES)[number];
/**
 * Shares in percent, in ROUTES order (LOAD_MIX=55,15,3,10,17 is the default). Suggestions are a makelaar's
 * action (a few per minute per makelaar, each ranks up to 250 candidates: ~20–30 ms of CPU), so they are a
 * small share of real traffic; the public prikbord is most of it.
 */
const SHARES = (process.env.LOAD_MIX ?? '55,15,3,10,17').split(',').map(Number);
const MIX = ROUTES.map((route, i) => ({ route, share: (SHARES[i] ?? 0) / 100 })).filter((m) => m.share > 0);

const pick = <T>(xs: T[], i: number) => xs[i % xs.length];

function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end();
  }
}

/** A private copy of the dataset database, so the writes of a run never change the shared dataset. */
async function copyDataset(datasetUrl: string, name: string): Promise<string> {
  const source = new URL(datasetUrl).pathname.slice(1);
  const admin = withDb(datasetUrl, 'postgres');
  const t0 = Date.now();
  await query(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  for (let attempt = 1; ; attempt++) {
    try {
      await query(admin, `CREATE DATABASE ${name} TEMPLATE ${source} STRATEGY FILE_COPY`);
      break;
    } catch (e) {
      if (attempt >= 10) throw new Error(`cannot copy ${source} (${(e as Error).message}): is another benchmark connected to it?`);
      await sleep(3000);
    }
  }
  say(`copied ${source} to ${name} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return withDb(datasetUrl, name);
}

interface Fixtures {
  gemeenten: string[];
  wijken: string[];
  haarlemPc4: string[];
  makelaarTokens: string[];
  suggesties: { token: string; hulpvraagId: string }[];
  acceptaties: { token: string; matchId: string }[];
}

async function login(base: string, email: string): Promise<string> {
  const r = await http(base, 'POST', '/api/v1/auth/login', { body: { email, password: BENCH_PASSWORD }, timeoutMs: 30_000 });
  if (r.status !== 200) throw new Error(`login ${email}: ${r.status} ${JSON.stringify(r.body)}`);
  return (r.body as { accessToken: string }).accessToken;
}

async function fixtures(url: string, base: string, acceptances: number): Promise<Fixtures> {
  const t0 = Date.now();
  // the dataset loader writes an empty JS array into this jsonb column as '{}' (bench/lib/copy.ts encodes every
  // all-string array, including [], as a text[] literal); the matching engine then fails on .map: repair the copy
  const repaired = await query(url, `UPDATE aanbod SET uitzonderingen = '[]'::jsonb WHERE jsonb_typeof(uitzonderingen) = 'object' RETURNING 1`);
  if (repaired.length) say(`repaired aanbod.uitzonderingen '{}' -> '[]' in ${repaired.length} rows of the copy (dataset loader bug)`);
  const gemeenten = (await query<{ code: string }>(url, `SELECT code FROM gemeenten ORDER BY code`)).map((r) => r.code);
  const wijken = (await query<{ code: string }>(url, `SELECT w.code FROM wijken w JOIN gemeenten g ON g.id = w.gemeente_id WHERE g.code = 'GM0392'`)).map(
    (r) => r.code,
  );
  const haarlemPc4 = (
    await query<{ pc4: string }>(url, `SELECT p.pc4 FROM postcodegebieden p JOIN gemeenten g ON g.id = p.gemeente_id WHERE g.code = 'GM0392'`)
  ).map((r) => r.pc4);

  // makelaars (task lists) and beheerders (suggestions) of the ten biggest gemeenten
  const staff = await query<{ email: string; rollen: string[]; gemeente_id: string }>(
    url,
    `SELECT a.email, a.rollen, a.gemeente_id FROM accounts a
      WHERE a.email LIKE '%@bench.buurtkracht.nl' AND a.gemeente_id IN (
        SELECT gemeente_id FROM hulpvragen WHERE status = 'open' GROUP BY 1 ORDER BY count(*) DESC LIMIT 10)
        AND (a.email LIKE 'beheer.%' OR a.email LIKE 'makelaar1.%' OR a.email LIKE 'makelaar2.%')`,
  );
  const makelaarTokens: string[] = [];
  const beheerders = new Map<string, string>();
  for (const s of staff) {
    const t = await login(base, s.email);
    if (s.rollen.includes('beheerder')) beheerders.set(s.gemeente_id, t);
    else makelaarTokens.push(t);
  }
  const open = await query<{ id: string; gemeente_id: string }>(
    url,
    `SELECT id, gemeente_id FROM (SELECT h.id, h.gemeente_id, row_number() OVER (PARTITION BY h.gemeente_id ORDER BY h.id) AS n
        FROM hulpvragen h WHERE h.status = 'open' AND h.gemeente_id = ANY($1::uuid[])) x WHERE n <= 100`,
    [[...beheerders.keys()]],
  );
  const suggesties = open.map((h) => ({ token: beheerders.get(h.gemeente_id)!, hulpvraagId: h.id }));

  // acceptances: matches offered (status aangeboden) to 200 helpers with an account, one per open request,
  // inserted as the cascade would leave them; each is accepted once during the run
  const helpers = await query<{ email: string; aanbod_id: string; deelnemer_id: string; gemeente_id: string }>(
    url,
    `SELECT DISTINCT ON (a.deelnemer_id) ac.email, a.id AS aanbod_id, a.deelnemer_id, a.gemeente_id
       FROM aanbod a JOIN accounts ac ON ac.deelnemer_id = a.deelnemer_id
      WHERE a.status = 'actief' AND ac.email IS NOT NULL AND ac.actief AND a.gemeente_id = ANY($1::uuid[])
      ORDER BY a.deelnemer_id LIMIT 200`,
    [[...beheerders.keys()]],
  );
  await query(url, `UPDATE aanbod SET max_actieve_matches = 50 WHERE id = ANY($1::uuid[])`, [helpers.map((h) => h.aanbod_id)]);
  const matches = await query<{ id: string; helper_id: string; hulpvraag_id: string }>(
    url,
    `WITH h AS (SELECT id, gemeente_id, deelnemer_id, wijk_code, categorie, row_number() OVER (PARTITION BY gemeente_id ORDER BY id DESC) AS n
                  FROM hulpvragen WHERE status = 'open' AND gemeente_id = ANY($1::uuid[])),
          a AS (SELECT x.*, row_number() OVER (PARTITION BY x.gemeente_id ORDER BY x.deelnemer_id) - 1 AS k,
                       count(*) OVER (PARTITION BY x.gemeente_id) AS per
                  FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) AS x(aanbod_id, deelnemer_id, gemeente_id))
     INSERT INTO matches (gemeente_id, hulpvraag_id, aanbod_id, helper_id, bewoner_id, wijk_code, categorie, gemaakt_via, status, aangeboden_op, verloopt_op)
     SELECT h.gemeente_id, h.id, a.aanbod_id, a.deelnemer_id, h.deelnemer_id, h.wijk_code, h.categorie, 'makelaar', 'aangeboden', now(), now() + interval '2 days'
       FROM h JOIN a ON a.gemeente_id = h.gemeente_id AND a.k = (h.n % a.per)
      WHERE h.n <= $5 AND h.deelnemer_id <> a.deelnemer_id
     RETURNING id, helper_id, hulpvraag_id`,
    [
      [...beheerders.keys()],
      helpers.map((h) => h.aanbod_id),
      helpers.map((h) => h.deelnemer_id),
      helpers.map((h) => h.gemeente_id),
      Math.ceil(acceptances / 8) + 100,
    ],
  );
  const helperToken = new Map<string, string>();
  for (const h of helpers) helperToken.set(h.deelnemer_id, await login(base, h.email));
  // in a seeded random order: real acceptances come from all helpers at once, not from one gemeente's twenty in
  // turn (the insert returns them grouped by gemeente, which made each helper accept ~2.5 matches a second).
  // Sorted by request and helper first (RETURNING promises no order, ids are new each run), so with the fixed
  // seed every run sends the same sequence
  const geordend = [...matches].sort((x, y) => x.hulpvraag_id.localeCompare(y.hulpvraag_id) || x.helper_id.localeCompare(y.helper_id));
  const acceptaties = sample(mulberry32(20261123), geordend, geordend.length).map((m) => ({ token: helperToken.get(m.helper_id)!, matchId: m.id }));
  say(
    `fixtures in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${gemeenten.length} gemeenten, ${makelaarTokens.length} makelaars, ${beheerders.size} beheerders, ` +
      `${suggesties.length} open requests for suggestions, ${acceptaties.length} offered matches for ${helpers.length} helpers`,
  );
  if (acceptaties.length < acceptances) say(`only ${acceptaties.length} offered matches for ~${acceptances} acceptances: later acceptances will be 404/409`);
  return { gemeenten, wijken, haarlemPc4, makelaarTokens, suggesties, acceptaties };
}

/** The request generator of one route; `state` is shared by the two ports so every match is accepted once. */
function requestsFor(route: Route, f: Fixtures, state: { i: number; acc: number }): autocannon.Request[] {
  const auth = (t: string) => ({ authorization: `Bearer ${t}`, 'content-type': 'application/json' });
  const TERMEN = ['boodschappen', 'tuin', 'computer', 'wandelen', 'klussen'];
  const over = (d: number) => new Date(Date.now() + d * 86400_000).toISOString();
  switch (route) {
    case 'GET /prikbord':
      return [
        {
          method: 'GET',
          setupRequest: (req) => {
            const i = state.i++;
            const g = i % 4 === 0 ? 'GM0392' : pick(f.gemeenten, i);
            const extra = i % 5 === 1 && g === 'GM0392' ? `&wijk=${pick(f.wijken, i)}` : i % 7 === 2 ? `&q=${pick(TERMEN, i)}` : '';
            return { ...req, path: `/api/v1/prikbord?gemeente=${g}&limit=20${extra}` };
          },
        },
      ];
    case 'POST /intake/hulpvragen':
      return [
        {
          method: 'POST',
          setupRequest: (req) => {
            const i = state.i++;
            const body = {
              hulpvraag: {
                categorie: pick(['boodschappen', 'tuin', 'klussen', 'vervoer'], i),
                titel: `Hulp gevraagd ${i}`,
                venster: { soort: 'flexibel', start: over(1), eind: over(14) },
                duurMinuten: 60,
              },
              contact: { voornaam: `Loadtest${i}`, telefoon: '06-12345678', postcode: `${pick(f.haarlemPc4, i)}AB`, huisnummer: String((i % 150) + 1) },
              toestemming: true,
            };
            return { ...req, path: '/api/v1/intake/hulpvragen?gemeente=GM0392', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
          },
        },
      ];
    case 'GET /hulpvragen/:id/suggesties':
      return [
        {
          method: 'GET',
          setupRequest: (req) => {
            const s = pick(f.suggesties, state.i++);
            return { ...req, path: `/api/v1/hulpvragen/${s.hulpvraagId}/suggesties`, headers: auth(s.token) };
          },
        },
      ];
    case 'POST /matches/:id/accepteren':
      return [
        {
          method: 'POST',
          setupRequest: (req) => {
            const a = f.acceptaties[state.acc++ % f.acceptaties.length];
            return { ...req, path: `/api/v1/matches/${a.matchId}/accepteren`, headers: auth(a.token) };
          },
        },
      ];
    case 'GET /taken':
      return [
        {
          method: 'GET',
          setupRequest: (req) => ({ ...req, path: '/api/v1/taken', headers: auth(pick(f.makelaarTokens, state.i++)) }),
        },
      ];
  }
}

type RouteResult = OpenLoopResult;

/**
 * Open-loop load (bench/lib/open-loop.ts): each route and port sends at its share of the rate on a fixed schedule.
 * autocannon is still used for the request definitions (`requestsFor`).
 */
function run(bases: string[], f: Fixtures, rate: number, seconds: number, states: Map<Route, { i: number; acc: number }>): Promise<Map<Route, RouteResult>> {
  const agent = new nodeHttp.Agent({ keepAlive: true, maxSockets: 256 });
  const results = new Map<Route, RouteResult>();
  const runs: Promise<unknown>[] = [];
  for (const { route, share } of MIX) {
    const r: RouteResult = { latencies: [], status: new Map(), errors: 0, timeouts: 0, seconds };
    results.set(route, r);
    const [sjabloon] = requestsFor(route, f, states.get(route)!);
    // every definition here builds its request in a function (autocannon also allows a file name)
    const opzet = sjabloon.setupRequest as ((r: autocannon.Request, context: object) => autocannon.Request) | undefined;
    const next = () => {
      const req = opzet ? opzet({ ...sjabloon }, {}) : sjabloon;
      if (!req) return undefined;
      return { method: req.method, path: req.path ?? '/', headers: req.headers, body: typeof req.body === 'string' ? req.body : undefined };
    };
    for (const base of bases) {
      const perSeconde = (rate * share) / bases.length;
      if (perSeconde > 0) runs.push(openLoop(base, perSeconde, seconds, next, agent, r));
    }
  }
  return Promise.all(runs).then(() => {
    agent.destroy();
    return results;
  });
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const ds = await ensureDataset({ scale: SCALE });
  const work = tempDir('bk-load-');
  const procs: AppProcess[] = [];
  let redis: RedisProcess | undefined;
  let dbUrl = '';
  const cleanup = async () => {
    for (const p of procs) await p.stop().catch(() => undefined);
    await redis?.stop().catch(() => undefined);
    if (dbUrl) await query(withDb(dbUrl, 'postgres'), `DROP DATABASE IF EXISTS ${new URL(dbUrl).pathname.slice(1)} WITH (FORCE)`).catch(() => undefined);
    await ds.stop().catch(() => undefined);
    fs.rmSync(work, { recursive: true, force: true });
  };
  const hard = setTimeout(
    () => {
      say('hard deadline reached: stopping');
      void cleanup().finally(() => process.exit(2));
    },
    (DURATION + WARMUP + 900) * 1000,
  );
  hard.unref();
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void cleanup().finally(() => process.exit(130)));

  try {
    dbUrl = await copyDataset(ds.url, `bk_load_${SCALE}`);
    redis = new RedisProcess(await freePort(), path.join(work, 'redis'));
    await redis.start();
    const ports = [await freePort(), await freePort()];
    const env = (port?: number) => ({
      DATABASE_URL: dbUrl,
      REDIS_URL: redis!.url,
      JWT_SECRET,
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '100000',
      QUEUE_PREFIX: 'load',
      DATA_DIR: work,
      NODE_ENV: 'production',
      ...(port ? { PORT: String(port) } : {}),
    });
    procs.push(new AppProcess('worker', 'worker 1', env()), new AppProcess('worker', 'worker 2', env()));
    procs.push(...ports.map((p, i) => new AppProcess('api', `api ${i + 1}`, env(p))));
    await Promise.all(procs.map((p) => p.start()));
    const bases = ports.map((p) => `http://127.0.0.1:${p}`);
    say(`2 api (${ports.join(', ')}) and 2 workers up on ${new URL(dbUrl).pathname.slice(1)} (scale ${SCALE}) and Redis :${redis.port}`);

    const f = await fixtures(
      dbUrl,
      bases[0],
      Math.ceil(RATE * (MIX.find((m) => m.route === 'POST /matches/:id/accepteren')?.share ?? 0) * (DURATION + WARMUP) * 1.1),
    );
    const states = new Map<Route, { i: number; acc: number }>(ROUTES.map((r) => [r, { i: 0, acc: 0 }]));
    if (WARMUP > 0) {
      say(`warm-up: ${WARMUP} s at ${RATE}/s (not counted)`);
      await run(bases, f, RATE, WARMUP, states);
    }

    // memory, sampled every second during the measured run
    const pgPid = readPostmasterPid(path.join(benchDir(), 'pg'))?.pid;
    const peak = new Map<string, number>();
    const sample = () => {
      for (const p of procs) peak.set(p.name, Math.max(peak.get(p.name) ?? 0, rssMiB(p.pid)));
      peak.set('redis', Math.max(peak.get('redis') ?? 0, rssMiB(redis!.pid)));
      if (!process.env.BENCH_DATABASE_URL) peak.set('postgres (all backends, PSS)', Math.max(peak.get('postgres (all backends, PSS)') ?? 0, treePssMiB(pgPid)));
      peak.set('load generator (this process)', Math.max(peak.get('load generator (this process)') ?? 0, rssMiB(process.pid)));
    };
    const sampler = setInterval(sample, 1000);
    const cpu0 = process.cpuUsage();
    const loadAverageBefore = os.loadavg().map((x) => Number(x.toFixed(1)));
    say(`measuring: ${DURATION} s at ${RATE}/s over ${bases.length} api ports`);
    const started = Date.now();
    const results = await run(bases, f, RATE, DURATION, states);
    const elapsed = (Date.now() - started) / 1000;
    clearInterval(sampler);
    sample();
    const genCpu = process.cpuUsage(cpu0);

    const rows: Record<string, string | number>[] = [];
    let total = 0;
    let total5xx = 0;
    let totalErr = 0;
    const all: number[] = [];
    for (const { route, share } of MIX) {
      const r = results.get(route)!;
      const lat = [...r.latencies].sort((a, b) => a - b);
      all.push(...lat);
      const count = (lo: number, hi: number) => [...r.status.entries()].filter(([s]) => s >= lo && s < hi).reduce((n, [, c]) => n + c, 0);
      const s5 = count(500, 600);
      total += lat.length;
      total5xx += s5;
      totalErr += r.errors + r.timeouts;
      const four = [...r.status.entries()].filter(([s]) => s >= 400 && s < 500).map(([s, c]) => `${s}×${c}`);
      rows.push({
        route,
        share: `${Math.round(share * 100)} %`,
        requests: lat.length,
        'req/s': (lat.length / elapsed).toFixed(0),
        'p50 ms': percentile(lat, 50).toFixed(0),
        'p95 ms': percentile(lat, 95).toFixed(0),
        'p99 ms': percentile(lat, 99).toFixed(0),
        '2xx': count(200, 300),
        '4xx': four.join(' ') || 0,
        '5xx': s5,
        'errors/timeouts': `${r.errors}/${r.timeouts}`,
      });
    }
    all.sort((a, b) => a - b);
    rows.push({
      route: 'all',
      share: '100 %',
      requests: total,
      'req/s': (total / elapsed).toFixed(0),
      'p50 ms': percentile(all, 50).toFixed(0),
      'p95 ms': percentile(all, 95).toFixed(0),
      'p99 ms': percentile(all, 99).toFixed(0),
      '2xx': rows.reduce((n, r) => n + Number(r['2xx']), 0),
      '4xx': rows.reduce((n, r) => n + (typeof r['4xx'] === 'string' ? r['4xx'].split(' ').reduce((m, x) => m + Number(x.split('×')[1]), 0) : 0), 0),
      '5xx': total5xx,
      'errors/timeouts': totalErr,
    });
    const memory = [...peak.entries()].map(([process, mib]) => ({ process, 'peak MiB': mib }));
    // what the run left behind: the outbox and the queues drained?
    await sleep(3000);
    const [left] = await query<{ unrelayed: number; dubbel: number }>(
      dbUrl,
      `SELECT (SELECT count(*)::int FROM outbox_events WHERE relayed_at IS NULL) AS unrelayed,
              (SELECT count(*)::int FROM (SELECT hulpvraag_id FROM matches WHERE status IN ('geaccepteerd','bevestigd','actief','afgerond') GROUP BY 1 HAVING count(*) > 1) x) AS dubbel`,
    );
    const loadavg = os.loadavg().map((x) => Number(x.toFixed(1)));
    const verdict = total5xx === 0 && totalErr === 0 && total / elapsed >= RATE * 0.97 ? 'met' : 'MISSED';
    const summary = {
      target: `zero 5xx at ${RATE} requests/s mixed`,
      verdict,
      achievedRate: Math.round(total / elapsed),
      seconds: elapsed,
      scale: ds.scale,
      loadGeneratorCpuSeconds: (genCpu.user + genCpu.system) / 1e6,
      loadAverageBefore,
      loadAverageAfter: loadavg,
      outboxUnrelayedAfter: left.unrelayed,
      doubleAcceptances: left.dubbel,
    };
    console.log('');
    const file = report('load', rows, { ...summary, tables: { 'Peak memory per process': memory } });
    console.table(memory);
    updateDocSection('load', file);
    say(
      `target ${summary.target}: ${verdict} (${summary.achievedRate}/s achieved, ${total5xx} 5xx, ${totalErr} socket errors/timeouts) in ${((Date.now() - t0) / 1000).toFixed(0)} s total`,
    );
    for (const p of procs) {
      const out = p.output(5).trim();
      if (out) say(`${p.name} last output: ${out.slice(0, 600)}`);
    }
  } finally {
    await cleanup();
  }
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
