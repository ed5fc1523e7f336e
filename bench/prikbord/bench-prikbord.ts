/* npm run bench:prikbord — GET /api/v1/prikbord on the scale dataset (100 gemeenten, 100k open hulpvragen, 300k
 * aanbod), against the real api process and against a bare http + pg ceiling serving the same SQL.
 *
 * Targets (issue): wijk filter >= 2,000 req/s, wijk + search term >= 1,300 req/s at 50 connections (autocannon); at a
 * fixed 1,000 req/s p99 < 25 ms (open-loop: requests go out on schedule over up to 50 connections, latency from the
 * moment each was due); api/ceiling >= 0.65.
 * Env: BENCH_SCALE (full), BENCH_DURATION (seconds per scenario, 12), BENCH_WARMUP (seconds, 5), BENCH_CONNECTIONS (50),
 * BENCH_RATE (1000), BENCH_DATABASE_URL (existing server instead of the embedded one).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as nodeHttp from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { migrateQueueBackend } from '@app/jobs';
import { freePort, repoRoot } from '@app/runtime';
import { prikbordQuery } from '../../apps/api/src/marktplaats/prikbord.service';
import { mulberry32, weighted } from '../dataset/random';
import { ensureDataset } from '../lib/dataset';
import { openLoop } from '../lib/open-loop';
import { percentile, report } from '../lib/report';

const DURATION = Number(process.env.BENCH_DURATION ?? 12);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const RATE = Number(process.env.BENCH_RATE ?? 1000);
const TARGET = { wijk: 2000, zoek: 1300, p99: 25, ratio: 0.65 };

/** what people type in the search box: common words, two-word phrases and a typo (fuzzy) */
const ZOEKTERMEN = [
  'boodschappen',
  'tuin',
  'hond uitlaten',
  'computer',
  'vervoer',
  'ziekenhuis',
  'koffie',
  'formulieren',
  'klussen',
  'boodschapen',
  'tablet',
  'wandelen',
  'voorlezen',
  'lamp',
  'dinsdag',
];

interface Target {
  gemeente: string;
  wijk: string;
  posts: number;
}

/** Many (gemeente, wijk) pairs, weighted by how much is posted there (people browse their own wijk). */
async function requestMix(url: string, n: number): Promise<{ wijk: string[]; zoek: string[]; targets: Target[] }> {
  const c = new Client({ connectionString: url });
  await c.connect();
  const { rows } = await c.query<Target>(
    `SELECT g.code AS gemeente, w.code AS wijk,
            (SELECT count(*) FROM hulpvragen h WHERE h.wijk_code = w.code AND h.status = 'open')::int
          + (SELECT count(*) FROM aanbod a WHERE a.wijk_code = w.code AND a.status = 'actief')::int AS posts
       FROM wijken w JOIN gemeenten g ON g.id = w.gemeente_id ORDER BY w.code`,
  );
  await c.end();
  const r = mulberry32(7);
  const pairs = rows.filter((t) => t.posts > 0).map((t) => [t, t.posts] as const);
  const wijk: string[] = [];
  const zoek: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = weighted(r, pairs);
    wijk.push(`/api/v1/prikbord?gemeente=${t.gemeente}&wijk=${t.wijk}&limit=20`);
    const u = weighted(r, pairs);
    const q = ZOEKTERMEN[Math.floor(r() * ZOEKTERMEN.length)];
    zoek.push(`/api/v1/prikbord?gemeente=${u.gemeente}&wijk=${u.wijk}&q=${encodeURIComponent(q)}&limit=20`);
  }
  return { wijk, zoek, targets: rows };
}

interface Server {
  proc: ChildProcess;
  base: string;
  output: () => string;
  stop: () => Promise<void>;
}

async function startProcess(kind: 'api' | 'ceiling', env: Record<string, string>, nodeArgs: string[] = []): Promise<Server> {
  const port = await freePort();
  const script = kind === 'api' ? path.join(repoRoot(), 'dist', 'apps', 'api', 'src', 'main.js') : path.join(__dirname, 'ceiling.js');
  let out = '';
  const proc = spawn(process.execPath, [...nodeArgs, script], {
    cwd: repoRoot(),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/root',
      NODE_ENV: 'production',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      // the same pool size for the api and the ceiling (both default to the api's)
      ...(process.env.DB_POOL_SIZE ? { DB_POOL_SIZE: process.env.DB_POOL_SIZE } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (d) => (out = (out + d).slice(-20_000)));
  proc.stderr?.on('data', (d) => (out = (out + d).slice(-20_000)));
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const base = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`${kind} exited while starting: ${out}`);
    if (Date.now() - t0 > 60_000) {
      proc.kill('SIGKILL');
      throw new Error(`${kind} not healthy within 60 s: ${out}`);
    }
    try {
      if ((await fetch(`${base}/api/v1/health`)).status === 200) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    proc,
    base,
    output: () => out,
    stop: async () => {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** CPU seconds (user + system) per pid. */
function cpuByPid(pids: number[]): Map<number, number> {
  const tick = 100; // USER_HZ on Linux
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parts = f.slice(f.lastIndexOf(')') + 2).split(' ');
      out.set(pid, (Number(parts[11]) + Number(parts[12])) / tick);
    } catch {
      /* gone */
    }
  }
  return out;
}

/** CPU seconds used between two samples by the processes alive at the end (a backend that exited in between is not counted). */
function cpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, t] of after) sum += t - (before.get(pid) ?? 0);
  return sum;
}

/** Busy CPU seconds of the whole machine (all cores), from /proc/stat. */
function machineBusySeconds(): number {
  const [cpu] = fs.readFileSync('/proc/stat', 'utf8').split('\n');
  const v = cpu.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal
  return (v[0] + v[1] + v[2] + v[5] + v[6] + v[7]) / 100;
}

function postgresPids(): number[] {
  // every process of the embedded cluster: the postmaster (from postmaster.pid) and its children
  const pmFile = path.join(repoRoot(), '.data', 'bench', 'pg', 'postmaster.pid');
  if (process.env.BENCH_DATABASE_URL || !fs.existsSync(pmFile)) return [];
  const pm = Number(fs.readFileSync(pmFile, 'utf8').split('\n')[0]);
  const out = [pm];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const f = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      if (Number(f.slice(f.lastIndexOf(')') + 2).split(' ')[1]) === pm) out.push(Number(d));
    } catch {
      /* gone */
    }
  }
  return out;
}

interface Measured {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** CPU cores used on average by the server process and by PostgreSQL */
  serverCpu: number;
  pgCpu: number;
  /** cores used by the load generator (this process) and by everything else on the machine (other work competing) */
  benchCpu: number;
  otherCpu: number;
}

async function run(base: string, paths: string[], opts: { seconds: number; rate?: number; serverPid?: number }): Promise<Measured> {
  let next = 0;
  const latencies: number[] = [];
  const serverPids = opts.serverPid ? [opts.serverPid] : [];
  const cpu0 = [cpuByPid(serverPids), cpuByPid(postgresPids())];
  const self0 = process.cpuUsage();
  const busy0 = machineBusySeconds();
  const t0 = process.hrtime.bigint();
  if (opts.rate) {
    // a fixed rate is open-loop (bench/lib/open-loop.ts): autocannon's overallRate bunches each second's requests
    const agent = new nodeHttp.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const r = await openLoop(base, opts.rate, opts.seconds, () => ({ path: paths[next++ % paths.length] }), agent);
    agent.destroy();
    const ok = [...r.status.entries()].reduce((a, [code, n]) => a + (code >= 200 && code < 300 ? n : 0), 0);
    return measured(r.latencies, r.latencies.length, r.errors, r.timeouts, r.latencies.length - ok);
  }
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: CONNECTIONS,
        duration: opts.seconds,
        timeout: 10,
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => {
              req.path = paths[next++ % paths.length];
              return req;
            },
          },
        ],
      },
      (err, res) => (err ? reject(err as Error) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return measured(latencies, result.requests.total, result.errors, result.timeouts, result.non2xx);

  function measured(latencies: number[], requests: number, errors: number, timeouts: number, non2xx: number): Measured {
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu1 = [cpuByPid(serverPids), cpuByPid(postgresPids())];
    const serverCpu = cpuDelta(cpu0[0], cpu1[0]) / wall;
    const pgCpu = cpuDelta(cpu0[1], cpu1[1]) / wall;
    const self = process.cpuUsage(self0);
    const benchCpu = (self.user + self.system) / 1e6 / wall;
    const busy = (machineBusySeconds() - busy0) / wall;
    latencies.sort((a, b) => a - b);
    return {
      rps: requests / opts.seconds,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies[latencies.length - 1] ?? NaN,
      requests,
      errors,
      timeouts,
      non2xx,
      serverCpu,
      pgCpu,
      benchCpu,
      otherCpu: Math.max(0, busy - benchCpu - serverCpu - pgCpu),
    };
  }
}

async function explain(url: string, target: Target, q: string | null): Promise<{ plan: string; ms: number }> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const g = (await c.query<{ id: string }>(`SELECT id FROM gemeenten WHERE code = $1`, [target.gemeente])).rows[0].id;
    const sql = prikbordQuery({ gemeenteId: g, wijk: target.wijk, q: q ?? undefined, limit: 21 });
    // warm, then the plan of the second run
    await c.query(sql.text, sql.values);
    const { rows } = await c.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
    return { plan, ms };
  } finally {
    await c.end();
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Self time of a V8 .cpuprofile, by package (node_modules/<pkg>, our code, node internals) and by function. */
function summariseProfile(file: string): { byPackage: [string, number][]; byFunction: [string, number][] } {
  const prof = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  const total = prof.nodes.reduce((a, n) => a + (n.hitCount ?? 0), 0) || 1;
  const pkg = new Map<string, number>();
  const fn = new Map<string, number>();
  for (const n of prof.nodes) {
    const hits = n.hitCount ?? 0;
    if (!hits) continue;
    const url = n.callFrame.url;
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
    const p = m
      ? m[1]
      : url.includes('/dist/')
        ? `app: ${url.split('/dist/')[1].split('/').slice(0, 3).join('/')}`
        : url.startsWith('node:')
          ? 'node internals'
          : url
            ? url
            : `(${n.callFrame.functionName || 'native'})`;
    pkg.set(p, (pkg.get(p) ?? 0) + hits);
    const f = `${n.callFrame.functionName || '(anonymous)'} ${m ? m[1] : path.basename(url)}:${n.callFrame.lineNumber + 1}`;
    fn.set(f, (fn.get(f) ?? 0) + hits);
  }
  const top = (mp: Map<string, number>, k: number) =>
    [...mp.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, h]) => [name, Math.round((1000 * h) / total) / 10] as [string, number]);
  return { byPackage: top(pkg, 15), byFunction: top(fn, 20) };
}

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '-');

async function main(): Promise<void> {
  const ds = await ensureDataset();
  const servers: Server[] = [];
  const cleanup = async () => {
    for (const s of servers.splice(0)) await s.stop().catch(() => undefined);
    await ds.stop();
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    await migrateQueueBackend({ databaseUrl: ds.url, schema: 'bullmq' });
    const mix = await requestMix(ds.url, 5000);
    const busiest = [...mix.targets].sort((a, b) => b.posts - a.posts)[0];
    const haarlem = mix.targets.filter((t) => t.gemeente === 'GM0392').sort((a, b) => b.posts - a.posts)[0];
    console.log(
      `dataset ${ds.scale.name}: ${mix.targets.length} wijken; busiest ${busiest.wijk} (${busiest.posts} open posts); ${DURATION} s per scenario, ${CONNECTIONS} connections`,
    );

    const plans = {
      wijk: await explain(ds.url, busiest, null),
      zoek: await explain(ds.url, busiest, 'boodschappen'),
      zoekTypo: await explain(ds.url, haarlem ?? busiest, 'boodschapen'),
    };
    for (const [k, p] of Object.entries(plans)) console.log(`EXPLAIN ANALYZE (${k}, busiest wijk): ${p.ms} ms`);

    const results: { server: string; scenario: string; m: Measured }[] = [];
    const measure = async (server: Server, name: string, scenario: string, paths: string[], rate?: number) => {
      // the servers take turns: each scenario first runs briefly unmeasured, so a pool that went idle while the
      // other server ran reconnects (and re-prepares) outside the measurement
      await run(server.base, paths, { seconds: 2, rate });
      const m = await run(server.base, paths, { seconds: DURATION, rate, serverPid: server.proc.pid });
      results.push({ server: name, scenario, m });
      console.log(
        `  ${name.padEnd(8)} ${scenario.padEnd(28)} ${f1(m.rps).padStart(8)} req/s  p50 ${f1(m.p50)}  p95 ${f1(m.p95)}  p99 ${f1(m.p99)} ms  errors ${m.errors + m.timeouts}  non-2xx ${m.non2xx}  cpu server ${m.serverCpu.toFixed(2)} pg ${m.pgCpu.toFixed(2)} bench ${m.benchCpu.toFixed(2)} other ${m.otherCpu.toFixed(2)}`,
      );
      return m;
    };

    // 1. the real api, as production runs it (its own process, NODE_ENV=production, LOG_LEVEL=warn, no REDIS_URL)
    const profileDir = path.join(repoRoot(), 'bench', 'results', 'tmp', `prikbord-profile-${Date.now()}`);
    const profile = process.env.BENCH_PROFILE === '1';
    const api = await startProcess(
      'api',
      { DATABASE_URL: ds.url, JWT_SECRET: ds.jwtSecret.padEnd(32, 'x') },
      profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    );
    servers.push(api);
    // 2. the ceiling: same SQL, bare http + pg. Both run side by side (an idle one costs nothing) and the scenarios
    //    alternate between them, so a change in background load hits both sides of each ratio alike.
    const ceiling = await startProcess('ceiling', { DATABASE_URL: ds.url });
    servers.push(ceiling);
    const probe = await fetch(`${api.base}${mix.wijk[0]}`);
    const body = (await probe.json()) as { items?: unknown[] };
    if (probe.status !== 200 || !Array.isArray(body.items)) throw new Error(`prikbord answered ${probe.status}: ${JSON.stringify(body).slice(0, 300)}`);
    for (const s of [api, ceiling]) {
      await run(s.base, mix.wijk, { seconds: WARMUP });
      await run(s.base, mix.zoek, { seconds: WARMUP });
    }
    const apiWijk = await measure(api, 'api', 'wijk', mix.wijk);
    const ceilWijk = await measure(ceiling, 'ceiling', 'wijk', mix.wijk);
    const apiZoek = await measure(api, 'api', 'wijk + zoekterm', mix.zoek);
    const ceilZoek = await measure(ceiling, 'ceiling', 'wijk + zoekterm', mix.zoek);
    const apiRate = await measure(api, 'api', `wijk @ ${RATE} req/s`, mix.wijk, RATE);
    const apiRateZoek = await measure(api, 'api', `wijk + zoekterm @ ${RATE} req/s`, mix.zoek, RATE);
    await ceiling.stop();
    servers.splice(servers.indexOf(ceiling), 1);
    await api.stop();
    servers.splice(servers.indexOf(api), 1);
    let apiProfile: ReturnType<typeof summariseProfile> | undefined;
    if (profile) {
      const files = fs.existsSync(profileDir) ? fs.readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')) : [];
      if (files.length) {
        apiProfile = summariseProfile(path.join(profileDir, files[0]));
        console.log(`\napi CPU profile (${path.relative(process.cwd(), path.join(profileDir, files[0]))}), self time by package:`);
        for (const [p, pct] of apiProfile.byPackage) console.log(`  ${String(pct).padStart(5)} %  ${p}`);
        console.log('top functions:');
        for (const [f, pct] of apiProfile.byFunction) console.log(`  ${String(pct).padStart(5)} %  ${f}`);
        console.log('');
      } else console.log('(no CPU profile written by the api)');
    }

    const ratio = { wijk: apiWijk.rps / ceilWijk.rps, zoek: apiZoek.rps / ceilZoek.rps };
    const verdict = {
      wijk: apiWijk.rps >= TARGET.wijk && apiWijk.non2xx + apiWijk.errors === 0,
      zoek: apiZoek.rps >= TARGET.zoek && apiZoek.non2xx + apiZoek.errors === 0,
      p99: apiRate.p99 < TARGET.p99 && apiRate.non2xx + apiRate.errors === 0,
      ratioWijk: ratio.wijk >= TARGET.ratio,
      ratioZoek: ratio.zoek >= TARGET.ratio,
    };
    const targetOf = (server: string, scenario: string): string => {
      if (server !== 'api') return '';
      if (scenario === 'wijk') return `>= ${TARGET.wijk} req/s, ratio >= ${TARGET.ratio}: ${verdict.wijk && verdict.ratioWijk ? 'met' : 'MISSED'}`;
      if (scenario === 'wijk + zoekterm') return `>= ${TARGET.zoek} req/s, ratio >= ${TARGET.ratio}: ${verdict.zoek && verdict.ratioZoek ? 'met' : 'MISSED'}`;
      if (scenario === `wijk @ ${RATE} req/s`) return `p99 < ${TARGET.p99} ms: ${verdict.p99 ? 'met' : 'MISSED'}`;
      return '(informative)';
    };
    console.log('');
    const rows = results.map(({ server, scenario, m }) => ({
      server,
      scenario,
      'req/s': Math.round(m.rps),
      'p50 ms': f1(m.p50),
      'p95 ms': f1(m.p95),
      'p99 ms': f1(m.p99),
      errors: m.errors + m.timeouts,
      'non-2xx': m.non2xx,
      'cpu server/pg/bench/other': `${m.serverCpu.toFixed(2)}/${m.pgCpu.toFixed(2)}/${m.benchCpu.toFixed(2)}/${m.otherCpu.toFixed(2)}`,
      'ratio to ceiling':
        scenario === 'wijk' && server === 'api' ? ratio.wijk.toFixed(2) : scenario === 'wijk + zoekterm' && server === 'api' ? ratio.zoek.toFixed(2) : '',
      target: targetOf(server, scenario),
    }));
    report('prikbord', rows, {
      scale: ds.scale,
      seed: ds.seed,
      durationSeconds: DURATION,
      connections: CONNECTIONS,
      rate: RATE,
      targets: TARGET,
      ratio,
      verdict,
      apiRateZoek,
      loadavg: os.loadavg(),
      datasetDrift: ds.drift,
      apiProfile,
      explain: plans,
    });
  } catch (e) {
    for (const s of servers) console.error(`--- ${s.base} output ---\n${s.output()}`);
    throw e;
  } finally {
    await cleanup();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
