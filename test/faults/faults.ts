/**
 * `npm run test:faults`: the real stack as separate processes (embedded PostgreSQL 15 in a temp dir, redis-server
 * with AOF as in docker-compose.yml, 1 api + 1 worker from dist/), with faults injected one after another:
 *
 *   worker kill -9 mid-burst · Redis restart · Redis crash (kill -9) · PostgreSQL restart · 100k jobs in the queue ·
 *   concurrent acceptances of one request · SMTP stop (the notification e2e test that drives it, see smtpRow)
 *
 * During every fault a prober keeps using the api (POST /systeem/pings, GET /prikbord, POST /intake/hulpvragen)
 * and records every answer: an outage must show as 503 problem+json with Retry-After, never a 500 and never a hang
 * (5 s deadline). After every fault: every 2xx-created ping and hulpvraag is still there, every accepted ping was
 * processed (its job ran; `attempts` counts re-runs, `processed_at` is set once), the outbox is drained, and no
 * hulpvraag has two accepted matches (SQL). Prints the table, writes bench/results/faults.json and the table in
 * docs/reliability.md. Everything on 127.0.0.1; bounded by FAULTS_DEADLINE seconds (default 900), then it stops.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@app/persistence';
import { freePort, repoRoot, type EmbeddedPostgres } from '@app/runtime';
import { report } from '../../bench/lib/report';
import { AppProcess, http, redisCommand, RedisProcess, sleep, startPostgres, tempDir, waitFor, type HttpResult } from '../../bench/load/processes';
import { updateDocSection } from '../../bench/load/docs';

const ADMIN = { email: 'beheer@faults.buurtkracht.nl', password: 'Faults-Correct-Horse-42' };
const DEADLINE_S = Number(process.env.FAULTS_DEADLINE ?? 900);
const QUEUE_JOBS = Number(process.env.FAULTS_QUEUE_JOBS ?? 100_000);
const PG_OUTAGE_S = Number(process.env.FAULTS_PG_OUTAGE ?? 15);
const DRAIN_S = Number(process.env.FAULTS_DRAIN ?? 300);
const ONLY = process.env.FAULTS_ONLY?.split(',');

const say = (line: string) => process.stdout.write(`[faults] ${line}\n`);

interface Row {
  fault: string;
  checked: string;
  'api during fault': string;
  result: string;
  'recovery s': string;
  notes: string;
}

// --- the stack -------------------------------------------------------------------------------------------------
let dir = '';
let pg: EmbeddedPostgres;
let redis: RedisProcess;
let api: AppProcess;
let worker: AppProcess;
let base = '';
let dbUrl = '';
let token = '';

async function q<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: dbUrl, connectionTimeoutMillis: 3000 });
  c.on('error', () => undefined);
  await c.connect();
  try {
    return (await c.query(sql, params)).rows as T[];
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function login(): Promise<void> {
  const r = await http(base, 'POST', '/api/v1/auth/login', { body: ADMIN });
  if (r.status !== 200) throw new Error(`login failed: ${r.status} ${JSON.stringify(r.body)}`);
  token = (r.body as { accessToken: string }).accessToken;
}

async function startStack(): Promise<void> {
  dir = tempDir('bk-faults-');
  pg = await startPostgres(dir);
  await pg.ensureDatabase('buurtkracht');
  dbUrl = pg.url('buurtkracht');
  await runMigrations(dbUrl);
  redis = new RedisProcess(await freePort(), path.join(dir, 'redis'));
  await redis.start();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env = {
    DATABASE_URL: dbUrl,
    REDIS_URL: redis.url,
    JWT_SECRET: 'faults-secret-that-is-at-least-32-characters-long',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOGIN_RATE_LIMIT: '100000',
    QUEUE_PREFIX: 'faults',
    SHUTDOWN_GRACE: '5',
    DATA_DIR: dir,
  };
  worker = new AppProcess('worker', 'worker', env);
  api = new AppProcess('api', 'api', env);
  await Promise.all([worker.start(), api.start()]);
  await login();
  say(`stack up: PostgreSQL :${pg.port}, Redis :${redis.port} (AOF), api ${base} (pid ${api.pid}), worker pid ${worker.pid}`);
}

async function stopStack(): Promise<void> {
  await api?.stop().catch(() => undefined);
  await worker?.stop().catch(() => undefined);
  await redis?.stop().catch(() => undefined);
  await pg?.stop().catch(() => undefined);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

// --- what the api accepted (the ledger) ------------------------------------------------------------------------
const acceptedPings = new Set<string>();
const acceptedHulpvragen = new Set<string>();

const over = (dagen: number) => new Date(Date.now() + dagen * 86400_000).toISOString();

async function postPing(): Promise<HttpResult> {
  let r = await http(base, 'POST', '/api/v1/systeem/pings', { token });
  if (r.status === 401) {
    await login().catch(() => undefined);
    r = await http(base, 'POST', '/api/v1/systeem/pings', { token });
  }
  if (r.status === 202) acceptedPings.add((r.body as { id: string }).id);
  return r;
}

let intakeSeq = 0;
async function postIntake(): Promise<HttpResult> {
  const n = ++intakeSeq;
  const r = await http(base, 'POST', '/api/v1/intake/hulpvragen', {
    body: {
      hulpvraag: { categorie: 'boodschappen', titel: `Boodschappen ${n}`, venster: { soort: 'flexibel', start: over(1), eind: over(14) }, duurMinuten: 60 },
      contact: { voornaam: `Bewoner${n}`, telefoon: '06-12345678', postcode: '2011AB', huisnummer: String((n % 200) + 1) },
      toestemming: true,
    },
  });
  if (r.status === 201 || r.status === 200) acceptedHulpvragen.add((r.body as { hulpvraagId: string }).hulpvraagId);
  return r;
}

async function burst(n: number, concurrency: number): Promise<HttpResult[]> {
  const out: HttpResult[] = [];
  let i = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (i++ < n) out.push(await postPing());
    }),
  );
  return out;
}

// --- the prober: what a user sees during the fault ----------------------------------------------------------
interface Probe {
  kind: string;
  r: HttpResult;
}

function startProber(): { stop: () => Promise<Probe[]> } {
  const probes: Probe[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      probes.push({ kind: 'POST ping', r: await postPing() });
      probes.push({ kind: 'GET prikbord', r: await http(base, 'GET', '/api/v1/prikbord?limit=20') });
      probes.push({ kind: 'POST intake', r: await postIntake() });
      probes.push({ kind: 'GET health', r: await http(base, 'GET', '/api/v1/health') });
      await sleep(100);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return probes;
    },
  };
}

/** A 5xx must be 503 problem+json with Retry-After; nothing may hang (5 s) or be refused (the api stays up). */
/** The api's own account of its 500s (pino JSON at LOG_LEVEL=warn): the error class and message, no bodies. */
function api500s(): string[] {
  const out: string[] = [];
  for (const line of api.output(100_000).split('\n')) {
    if (!line.includes('"status":500')) continue;
    try {
      const j = JSON.parse(line) as { req?: { path?: string }; err?: { type?: string; message?: string } };
      out.push(`api 500 on ${j.req?.path?.replace(/[0-9a-f-]{36}/g, ':id')}: ${j.err?.type}: ${j.err?.message}`);
    } catch {
      /* not JSON */
    }
  }
  return [...new Set(out)].slice(0, 3);
}

function judge(probes: Probe[]): { ok: boolean; summary: string; bad: string[] } {
  const counts = new Map<string, number>();
  const bad: string[] = [];
  for (const { kind, r } of probes) {
    const key = r.status === 0 ? (r.error ?? 'error') : String(r.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (r.status === 0) bad.push(`${kind}: ${r.error}`);
    else if (r.status >= 500) {
      const problem = r.contentType.startsWith('application/problem+json');
      if (r.status !== 503 || !problem || !r.retryAfter) bad.push(`${kind}: ${r.status} ${r.contentType} retry-after=${r.retryAfter}`);
    }
  }
  const max = Math.max(0, ...probes.map((p) => p.r.ms));
  const summary = `${[...counts.entries()]
    .sort()
    .map(([k, v]) => `${k}×${v}`)
    .join(' ')}; slowest ${(max / 1000).toFixed(1)} s`;
  return { ok: bad.length === 0, summary, bad: [...[...new Set(bad)].slice(0, 5), ...(bad.length ? api500s() : [])] };
}

// --- the invariants ---------------------------------------------------------------------------------------------
interface Verdict {
  ok: boolean;
  notes: string[];
}

async function verify(timeoutMs: number): Promise<Verdict & { settledMs: number; settled: boolean; open: number }> {
  const t0 = Date.now();
  const notes: string[] = [];
  let ok = true;
  const ids = [...acceptedPings];
  const hv = [...acceptedHulpvragen];
  // 1. nothing accepted is lost
  const [{ pings }] = await q<{ pings: number }>(`SELECT count(*)::int AS pings FROM systeem_pings WHERE id = ANY($1::uuid[])`, [ids]);
  const [{ hulp }] = await q<{ hulp: number }>(`SELECT count(*)::int AS hulp FROM hulpvragen WHERE id = ANY($1::uuid[])`, [hv]);
  if (pings !== ids.length || hulp !== hv.length) {
    ok = false;
    notes.push(`LOST rows: pings ${pings}/${ids.length}, hulpvragen ${hulp}/${hv.length}`);
  }
  // 2. every accepted ping's job ran (within the deadline) and the outbox drained
  let settled = true;
  try {
    await waitFor(
      async () => {
        const [r] = await q<{ open: number; unrelayed: number }>(
          `SELECT (SELECT count(*)::int FROM systeem_pings WHERE processed_at IS NULL) AS open,
                  (SELECT count(*)::int FROM outbox_events WHERE relayed_at IS NULL) AS unrelayed`,
        );
        return r.open === 0 && r.unrelayed === 0;
      },
      timeoutMs,
      'every ping processed and the outbox drained',
      250,
    );
  } catch {
    settled = false;
  }
  const settledMs = Date.now() - t0;
  const [s] = await q<{ open: number; unrelayed: number; rerun: number; maxattempts: number; total: number }>(
    `SELECT (SELECT count(*)::int FROM systeem_pings WHERE processed_at IS NULL) AS open,
            (SELECT count(*)::int FROM outbox_events WHERE relayed_at IS NULL) AS unrelayed,
            (SELECT count(*)::int FROM systeem_pings WHERE attempts > 1) AS rerun,
            (SELECT coalesce(max(attempts), 0)::int FROM systeem_pings) AS maxattempts,
            (SELECT count(*)::int FROM systeem_pings) AS total`,
  );
  if (!settled) {
    ok = false;
    notes.push(`NOT PROCESSED after ${timeoutMs / 1000} s: ${s.open} of ${s.total} pings, ${s.unrelayed} outbox events unrelayed`);
  }
  if (s.rerun) notes.push(`${s.rerun} ping job(s) ran more than once (max ${s.maxattempts} attempts), absorbed: processed_at set once`);
  // 3. no request with two accepted helpers
  const dubbel = await q(
    `SELECT hulpvraag_id FROM matches WHERE status IN ('geaccepteerd','bevestigd','actief','afgerond') GROUP BY hulpvraag_id HAVING count(*) > 1`,
  );
  if (dubbel.length) {
    ok = false;
    notes.push(`${dubbel.length} hulpvraag(en) with two accepted matches`);
  }
  return { ok, notes, settledMs, settled, open: s.open };
}

const CHECKED = 'no 2xx row lost; every accepted ping processed once; outbox drained; no double acceptance';

// --- the faults -------------------------------------------------------------------------------------------------
/** n pings and their outbox events in one transaction, as n accepted requests would leave them. */
async function injectPings(n: number): Promise<void> {
  const rows = await q<{ id: string }>(
    `WITH p AS (INSERT INTO systeem_pings SELECT FROM generate_series(1, $1) RETURNING id),
          o AS (INSERT INTO outbox_events (type, aggregate_id) SELECT 'systeem.ping', id::text FROM p RETURNING aggregate_id)
     SELECT aggregate_id AS id FROM o`,
    [n],
  );
  for (const r of rows) acceptedPings.add(r.id);
  await q(`NOTIFY outbox_events`);
}

async function workerKill(): Promise<Row> {
  const before = (await q<{ n: number }>(`SELECT count(*)::int AS n FROM systeem_pings WHERE processed_at IS NOT NULL`))[0].n;
  const prober = startProber();
  // a backlog, so that the kill lands mid-job with jobs waiting behind it
  await injectPings(3000);
  const b = burst(300, 8);
  // kill it while it is working through the burst
  await waitFor(
    async () => (await q<{ n: number }>(`SELECT count(*)::int AS n FROM systeem_pings WHERE processed_at IS NOT NULL`))[0].n >= before + 300,
    30_000,
    'the worker to be busy',
    20,
  );
  const inFlight = (await q<{ n: number }>(`SELECT count(*)::int AS n FROM systeem_pings WHERE processed_at IS NULL`))[0].n;
  await worker.kill9();
  say(`worker killed (-9) with ${inFlight} pings unprocessed`);
  await sleep(2000);
  await b;
  await worker.start();
  const restarted = Date.now();
  const probes = await prober.stop();
  const vStart = Date.now();
  const v = await verify(90_000);
  const j = judge(probes);
  return {
    fault: 'worker kill -9 mid-burst, restarted after 2 s',
    checked: CHECKED,
    'api during fault': j.summary,
    result: v.ok && j.ok ? 'survived' : 'FAILED',
    'recovery s': ((vStart - restarted + v.settledMs) / 1000).toFixed(1),
    notes: [`${inFlight} pings unprocessed at the kill`, ...v.notes, ...j.bad].join('; '),
  };
}

async function redisFault(signal: 'SIGTERM' | 'SIGKILL'): Promise<Row> {
  const prober = startProber();
  const b = burst(400, 8);
  await sleep(300);
  await redis.stop(signal);
  say(`redis stopped (${signal})`);
  // during the outage: the api keeps accepting (the outbox holds events), health says 503
  const during = await http(base, 'GET', '/api/v1/health');
  const duringPing = await postPing();
  await sleep(5000);
  await b;
  await redis.start();
  const t = Date.now();
  await waitFor(async () => (await http(base, 'GET', '/api/v1/health')).status === 200, 60_000, 'health 200 after redis', 100).catch(() => undefined);
  const healthy = (Date.now() - t) / 1000;
  const probes = await prober.stop();
  const v = await verify(90_000);
  const j = judge(probes);
  const healthOk = during.status === 503 && during.contentType.startsWith('application/problem+json') && !!during.retryAfter;
  const notes = [
    `health during: ${during.status} ${during.contentType.split(';')[0]}`,
    `POST ping during: ${duringPing.status}`,
    `health 200 again after ${healthy.toFixed(1)} s`,
    ...v.notes,
    ...j.bad,
  ];
  return {
    fault: signal === 'SIGTERM' ? 'Redis restart (SIGTERM, AOF), down 5 s' : 'Redis crash (kill -9, AOF fsync everysec) mid-burst, down 5 s',
    checked: `${CHECKED}; /health 503 problem+json during`,
    'api during fault': j.summary,
    result: v.ok && j.ok && healthOk ? 'survived' : 'FAILED',
    'recovery s': (v.settledMs / 1000 + healthy).toFixed(1),
    notes: notes.join('; '),
  };
}

async function postgresRestart(): Promise<Row> {
  const apiPid = api.pid;
  const workerPid = worker.pid;
  const prober = startProber();
  const b = burst(300, 8);
  await sleep(200);
  await pg.stop();
  say(`PostgreSQL stopped for ${PG_OUTAGE_S} s`);
  const during = await http(base, 'POST', '/api/v1/systeem/pings', { token });
  await sleep(PG_OUTAGE_S * 1000);
  await b;
  await pg.start();
  const t = Date.now();
  await waitFor(async () => (await postPing()).status === 202, 60_000, 'a 202 after PostgreSQL is back', 100).catch(() => undefined);
  const firstWrite = (Date.now() - t) / 1000;
  const probes = await prober.stop();
  const v = await verify(90_000);
  const j = judge(probes);
  const duringOk = during.status === 503 && during.contentType.startsWith('application/problem+json') && !!during.retryAfter;
  const noRestart = api.pid === apiPid && worker.pid === workerPid && api.running && worker.running;
  // jobs that failed for good during the outage (retry budget used up) are the ones a beheerder would retry by hand
  const failed = await redisCommand(redis.port, 'ZCARD', 'faults:systeem:failed').catch(() => '?');
  return {
    fault: `PostgreSQL restart (fast shutdown), down ${PG_OUTAGE_S} s`,
    checked: `${CHECKED}; writes answer 503 problem+json + Retry-After; no process restarted`,
    'api during fault': j.summary,
    result: v.ok && j.ok && duringOk && noRestart ? 'survived' : 'FAILED',
    'recovery s': firstWrite.toFixed(1),
    notes: [
      `POST ping during: ${during.status} ${during.contentType.split(';')[0]} Retry-After ${during.retryAfter}`,
      `first 202 ${firstWrite.toFixed(1)} s after start; backlog settled ${(v.settledMs / 1000).toFixed(1)} s later`,
      `failed (dead-letter) ping jobs: ${failed.replace(/^:/, '')}`,
      noRestart ? 'api and worker kept their pids' : 'a process restarted or died',
      ...v.notes,
      ...j.bad,
    ].join('; '),
  };
}

async function queueFlood(): Promise<Row> {
  say(`inserting ${QUEUE_JOBS} pings + outbox events in one transaction (as ${QUEUE_JOBS} accepted requests would)`);
  const t0 = Date.now();
  await injectPings(QUEUE_JOBS);
  const inserted = Date.now();
  const prober = startProber();
  await waitFor(
    async () => (await q<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_events WHERE relayed_at IS NULL`))[0].n === 0,
    240_000,
    'relay',
    500,
  );
  const relayed = (Date.now() - inserted) / 1000;
  const mem = await redisCommand(redis.port, 'INFO', 'memory').catch(() => '');
  const usedMb = Number(/used_memory:(\d+)/.exec(mem)?.[1] ?? NaN) / 2 ** 20;
  // a fresh ping round trip while the backlog waits
  const fresh = await postPing();
  const v = await verify(DRAIN_S * 1000);
  const probes = await prober.stop();
  const j = judge(probes);
  const drained = (Date.now() - inserted) / 1000;
  const done = QUEUE_JOBS - v.open;
  // only slowness (nothing lost, nothing doubled, api fine): degraded, with the drain rate and what is left
  const onlySlow = !v.ok && !v.settled && v.notes.every((n) => n.startsWith('NOT PROCESSED') || n.includes('absorbed'));
  const lat = probes
    .filter((p) => p.kind === 'GET prikbord' && p.r.status === 200)
    .map((p) => p.r.ms)
    .sort((a, b) => a - b);
  const p95 = lat.length ? lat[Math.min(lat.length - 1, Math.ceil(lat.length * 0.95) - 1)] : NaN;
  return {
    fault: `${QUEUE_JOBS.toLocaleString('en')} jobs in the queue at once`,
    checked: `${CHECKED}; api latency while the backlog drains`,
    'api during fault': `${j.summary}; prikbord p95 ${p95.toFixed(0)} ms`,
    result: v.ok && j.ok ? 'survived' : onlySlow && j.ok ? 'degraded (slow drain)' : 'FAILED',
    'recovery s': v.settled ? drained.toFixed(1) : `> ${drained.toFixed(0)} (≈ ${Math.round(QUEUE_JOBS / (done / drained))} at this rate)`,
    notes: [
      `insert ${((inserted - t0) / 1000).toFixed(1)} s, relayed to Redis in ${relayed.toFixed(1)} s (${Math.round(QUEUE_JOBS / relayed)}/s)`,
      `Redis ${usedMb.toFixed(0)} MiB at peak`,
      v.settled
        ? `drained in ${drained.toFixed(0)} s (${Math.round(QUEUE_JOBS / drained)} jobs/s, 1 worker)`
        : `${done} of ${QUEUE_JOBS} processed in ${drained.toFixed(0)} s (${Math.round(done / drained)} jobs/s, 1 worker, systeem queue concurrency 1)`,
      `a new ping during it: ${fresh.status}`,
      ...v.notes,
      ...j.bad,
    ].join('; '),
  };
}

async function concurrentAcceptance(): Promise<Row> {
  const K = 10;
  const bewoner = await http(base, 'POST', '/api/v1/deelnemers', {
    token,
    body: {
      voornaam: 'Truus',
      telefoon: '023-5123456',
      postcode: '2011AB',
      huisnummer: '12',
      rollen: ['bewoner'],
      offline: true,
      toestemmingen: [{ doel: 'matching' }],
    },
  });
  if (bewoner.status !== 201) throw new Error(`deelnemer: ${bewoner.status} ${JSON.stringify(bewoner.body)}`);
  const hv = await http(base, 'POST', '/api/v1/hulpvragen', {
    token,
    body: {
      deelnemerId: (bewoner.body as { id: string }).id,
      categorie: 'boodschappen',
      titel: 'Boodschappen deze week',
      venster: { soort: 'flexibel', start: over(1), eind: over(10) },
      duurMinuten: 60,
    },
  });
  if (hv.status !== 201) throw new Error(`hulpvraag: ${hv.status} ${JSON.stringify(hv.body)}`);
  const hulpvraagId = (hv.body as { id: string }).id;
  acceptedHulpvragen.add(hulpvraagId);
  const helpers: { token: string; aanbodId: string; naam: string }[] = [];
  for (let i = 0; i < K; i++) {
    const reg = await http(base, 'POST', '/api/v1/auth/registreren', {
      body: {
        email: `helper${i}@faults.nl`,
        wachtwoord: 'Correct-Horse-42-battery',
        voornaam: `Helper${i}`,
        postcode: '2011AB',
        huisnummer: String(20 + i),
        rollen: ['vrijwilliger'],
        toestemming: true,
      },
    });
    if (reg.status !== 201) throw new Error(`registreren: ${reg.status} ${JSON.stringify(reg.body)}`);
    const t = (reg.body as { accessToken: string }).accessToken;
    const a = await http(base, 'POST', '/api/v1/aanbod', {
      token: t,
      body: {
        categorieen: ['boodschappen'],
        titel: `Helper${i} helpt`,
        beschikbaarheid: [1, 2, 3, 4, 5, 6, 7].map((dag) => ({ dag, van: '08:00', tot: '20:00' })),
        maxAfstandMeter: 5000,
        vervoer: 'fiets',
        maxActieveMatches: 3,
      },
    });
    if (a.status !== 201) throw new Error(`aanbod: ${a.status} ${JSON.stringify(a.body)}`);
    helpers.push({ token: t, aanbodId: (a.body as { id: string }).id, naam: `Helper${i}` });
  }
  const cascade = await http(base, 'POST', `/api/v1/hulpvragen/${hulpvraagId}/cascade`, {
    token,
    body: { aanbodIds: helpers.map((h) => h.aanbodId), modus: 'tegelijk', uren: 24 },
  });
  if (cascade.status !== 201) throw new Error(`cascade: ${cascade.status} ${JSON.stringify(cascade.body)}`);
  const matches = cascade.body as { id: string; helper: { voornaam: string } }[];
  const answers = await Promise.all(
    helpers.map((h) => {
      const m = matches.find((x) => x.helper.voornaam === h.naam)!;
      return http(base, 'POST', `/api/v1/matches/${m.id}/accepteren`, { token: h.token });
    }),
  );
  const won = answers.filter((r) => r.status === 200).length;
  const conflicts = answers.filter((r) => r.status === 409).length;
  const [{ n }] = await q<{ n: number }>(
    `SELECT count(*)::int AS n FROM matches WHERE hulpvraag_id = $1 AND status IN ('geaccepteerd','bevestigd','actief','afgerond')`,
    [hulpvraagId],
  );
  const v = await verify(30_000);
  const ok = won === 1 && conflicts === K - 1 && n === 1 && v.ok;
  return {
    fault: `${K} helpers accept one hulpvraag at the same moment`,
    checked: 'exactly one 200, the rest 409 problem+json; one accepted match in SQL',
    'api during fault': answers
      .map((r) => r.status)
      .sort()
      .join(' '),
    result: ok ? 'survived' : 'FAILED',
    'recovery s': '-',
    notes: [`accepted matches for the request: ${n}`, ...v.notes].join('; '),
  };
}

/**
 * The SMTP stop is driven by the notification e2e test ("SMTP stopped mid-run"), run here as it stands: the worker's
 * own dev SMTP server is stopped while a match is accepted, the mail is retried with backoff, the fallback SMS
 * delivers it, and with the server back nothing is sent again (its own PostgreSQL and Redis, api and worker in one
 * process). This runner's stack has no mail to send: its worker runs without SMTP.
 */
async function smtpRow(): Promise<Row> {
  const started = Date.now();
  const args = ['scripts/test.js', '--selectProjects', 'e2e', '--testNamePattern', 'SMTP stopped mid-run', 'test/notificaties.e2e-spec.ts'];
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot(), env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const stop = setTimeout(() => child.kill('SIGTERM'), 240_000);
    child.on('close', (c) => {
      clearTimeout(stop);
      resolve({ code: c, output: out });
    });
  });
  const tests = /Tests:\s+([^\n]*)/.exec(output)?.[1]?.trim() ?? 'no jest summary';
  const ok = code === 0 && /\b1 passed\b/.test(tests) && !/failed/.test(tests);
  if (!ok) say(`SMTP e2e output:\n${output.slice(-4000)}`);
  return {
    fault: 'SMTP server stopped',
    checked: 'mail retried with backoff, then the fallback channel; nothing sent twice when SMTP is back',
    'api during fault': 'acceptance 200',
    result: ok ? 'survived' : 'FAILED',
    'recovery s': ((Date.now() - started) / 1000).toFixed(0),
    notes: `test/notificaties.e2e-spec.ts "SMTP stopped mid-run" (own stack): ${tests}`,
  };
}

// --- main -------------------------------------------------------------------------------------------------------
async function main(): Promise<void> {
  const t0 = Date.now();
  const deadline = setTimeout(() => {
    say(`deadline of ${DEADLINE_S} s reached: stopping everything`);
    void stopStack().finally(() => process.exit(2));
  }, DEADLINE_S * 1000);
  deadline.unref();
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void stopStack().finally(() => process.exit(130)));

  await startStack();
  // a warm-up that every later check builds on
  await burst(50, 5);
  const warm = await verify(20_000);
  if (!warm.ok) throw new Error(`the healthy stack does not process pings: ${warm.notes.join('; ')}`);

  const faults: [string, () => Promise<Row>][] = [
    ['acceptance', concurrentAcceptance],
    ['worker', workerKill],
    ['redis-restart', () => redisFault('SIGTERM')],
    ['redis-crash', () => redisFault('SIGKILL')],
    ['postgres', postgresRestart],
    ['smtp', smtpRow],
    ['queue', queueFlood],
  ];
  const rows: Row[] = [];
  for (const [key, run] of faults) {
    if (ONLY && !ONLY.includes(key)) continue;
    say(`--- ${key}`);
    const started = Date.now();
    try {
      rows.push(await run());
    } catch (e) {
      rows.push({ fault: key, checked: '', 'api during fault': '', result: 'FAILED', 'recovery s': '-', notes: `runner error: ${(e as Error).message}` });
      say(`api output:\n${api.output()}\nworker output:\n${worker.output()}`);
    }
    const r = rows[rows.length - 1];
    say(`${r.result}: ${r.fault} (${((Date.now() - started) / 1000).toFixed(0)} s) ${r.notes}`);
  }
  const seconds = (Date.now() - t0) / 1000;
  await stopStack();
  console.log('');
  const file = report(ONLY ? 'faults-subset' : 'faults', rows as unknown as Record<string, string>[], {
    seconds,
    pgOutageSeconds: PG_OUTAGE_S,
    queueJobs: QUEUE_JOBS,
  });
  if (!ONLY) updateDocSection('faults', file);
  const failed = rows.filter((r) => r.result === 'FAILED').length;
  say(`${rows.length - failed} of ${rows.length} rows passed or skipped, in ${seconds.toFixed(0)} s`);
  process.exit(failed ? 1 : 0);
}

main().catch(async (e: unknown) => {
  console.error(e);
  if (api) say(`api output:\n${api.output()}`);
  if (worker) say(`worker output:\n${worker.output()}`);
  await stopStack();
  process.exit(1);
});
