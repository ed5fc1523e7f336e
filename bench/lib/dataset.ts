/**
 * The scale dataset as a reusable database, so benchmarks load it once:
 *
 *   const ds = await ensureDataset({ scale: 'small' });   // or BENCH_SCALE
 *   ... use ds.url ...
 *   await ds.stop();
 *
 * By default it runs (or reuses) an embedded PostgreSQL 15 cluster in `.data/bench/pg` (git-ignored), with
 * bulk-load friendly settings (ALTER SYSTEM, applied once). `BENCH_DATABASE_URL=postgres://user:pw@host/db`
 * uses an existing server instead (a role that may CREATE DATABASE). Either way the dataset lives in database
 * `bk_bench_<scale>`; a marker row in `bench.dataset` says whether it is complete, for which seed and
 * generator version. An incomplete or outdated database is dropped and loaded again; a complete one only gets
 * pending migrations.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgres, freePort, loadOrCreateSecrets, pidAlive, readPostmasterPid, repoRoot } from '@app/runtime';
import { runMigrations } from '@app/persistence';
import { load, type LoadResult } from '../dataset/load';
import { DEFAULT_SEED, GENERATOR_VERSION, SCALES, scaleFromEnv, type Scale } from '../dataset/scale';

export interface Dataset {
  url: string;
  scale: Scale;
  seed: number;
  /** the load's timings when this call loaded it; null when an existing complete dataset was reused */
  loaded: LoadResult | null;
  /** tables whose row count differs from what was loaded (another bench wrote into the shared dataset) */
  drift: string[];
  /** the JWT secret kept with the embedded cluster (handy for starting the api against it) */
  jwtSecret: string;
  /** stops the embedded cluster if this process started it (no-op otherwise) */
  stop: () => Promise<void>;
}

export interface EnsureOptions {
  scale?: Scale | Scale['name'];
  seed?: number;
  /** drop and reload even when a complete dataset exists */
  reload?: boolean;
  log?: (line: string) => void;
}

/** Settings for bulk loading and a 1M-row working set; restart-only ones need one restart, done once. */
const TUNING: Record<string, string> = {
  shared_buffers: '1GB',
  maintenance_work_mem: '1GB',
  max_wal_size: '8GB',
  checkpoint_timeout: '30min',
  effective_cache_size: '8GB',
  work_mem: '16MB',
};

export function benchDir(): string {
  return path.join(repoRoot(), '.data', 'bench');
}

async function openEmbedded(log: (l: string) => void): Promise<{ admin: (db: string) => string; stop: () => Promise<void>; jwtSecret: string }> {
  const dataRoot = path.join(repoRoot(), '.data');
  const dir = benchDir();
  fs.mkdirSync(dir, { recursive: true });
  // postgres runs as its own OS user when we are root: the folders must be traversable
  fs.chmodSync(dataRoot, 0o755);
  fs.chmodSync(dir, 0o755);
  const secrets = loadOrCreateSecrets(dir);
  const pgDir = path.join(dir, 'pg');
  // the server's own log (while the process that started it runs), for when something goes wrong during a long load
  const logFile = fs.createWriteStream(path.join(dir, 'postgres.log'), { flags: 'a' });

  // Several bench processes may use the cluster at once: each registers in users/<pid>; the first one starts
  // PostgreSQL (detached, so it outlives its starter), the last one out stops it.
  const usersDir = path.join(dir, 'users');
  fs.mkdirSync(usersDir, { recursive: true });
  const liveUsers = () =>
    fs.readdirSync(usersDir).filter((f) => {
      const pid = Number(f);
      if (pid === process.pid) return false;
      if (pidAlive(pid)) return true;
      fs.rmSync(path.join(usersDir, f), { force: true });
      return false;
    });
  const release = await lock(path.join(dir, 'lock'));
  let pg: EmbeddedPostgres;
  let restart = false;
  try {
    fs.writeFileSync(path.join(usersDir, String(process.pid)), '');
    const pm = readPostmasterPid(pgDir);
    if (pm && pidAlive(pm.pid)) {
      log(`sharing the running bench PostgreSQL (pid ${pm.pid}, port ${pm.port})`);
      pg = new EmbeddedPostgres({ dir: pgDir, port: pm.port, password: secrets.pgPassword });
    } else {
      pg = new EmbeddedPostgres({ dir: pgDir, port: await freePort(), password: secrets.pgPassword, log: (l) => logFile.write(`${l}\n`) });
      if (await pg.initialise()) log(`created a PostgreSQL 15 cluster in ${path.relative(process.cwd(), pgDir)}`);
      await pg.start();
      restart = await tune(pg.url('postgres'));
      if (restart) {
        log(
          `applying ${Object.entries(TUNING)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')} (restart)`,
        );
        await pg.stop();
        await pg.start();
      }
    }
  } finally {
    release();
  }
  const stop = async () => {
    const unlock = await lock(path.join(dir, 'lock'));
    try {
      fs.rmSync(path.join(usersDir, String(process.pid)), { force: true });
      if (liveUsers().length) return; // still in use by another bench
      if (pg.pid) await pg.stop();
      else {
        const running = readPostmasterPid(pgDir);
        if (running && pidAlive(running.pid)) {
          process.kill(running.pid, 'SIGINT');
          for (let i = 0; i < 400 && pidAlive(running.pid); i++) await new Promise((r) => setTimeout(r, 50));
        }
      }
    } finally {
      unlock();
      logFile.end();
    }
  };
  return { admin: (db) => pg.url(db), stop, jwtSecret: secrets.jwtSecret };
}

/** A cross-process mutex (mkdir is atomic); a lock older than two minutes is taken over. */
async function lock(lockDir: string): Promise<() => void> {
  for (let i = 0; ; i++) {
    try {
      fs.mkdirSync(lockDir);
      return () => fs.rmSync(lockDir, { recursive: true, force: true });
    } catch {
      try {
        if (Date.now() - fs.statSync(lockDir).mtimeMs > 120_000) fs.rmSync(lockDir, { recursive: true, force: true });
      } catch {
        /* released meanwhile */
      }
      if (i > 3000) throw new Error(`could not take ${lockDir}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** Applies TUNING with ALTER SYSTEM; true when a restart is needed. */
async function tune(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url });
  await c.connect();
  let restart = false;
  try {
    for (const [k, v] of Object.entries(TUNING)) {
      const { rows } = await c.query<{ same: boolean; context: string }>(`SELECT current_setting($1) = $2 AS same, context FROM pg_settings WHERE name = $1`, [
        k,
        v,
      ]);
      if (!rows[0].same) {
        await c.query(`ALTER SYSTEM SET ${k} = '${v}'`);
        if (rows[0].context === 'postmaster') restart = true;
      }
    }
    await c.query('SELECT pg_reload_conf()');
  } finally {
    await c.end();
  }
  return restart;
}

function fromUrl(base: string): { admin: (db: string) => string; stop: () => Promise<void>; jwtSecret: string } {
  return {
    admin: (db) => {
      const u = new URL(base);
      u.pathname = `/${db}`;
      return u.toString();
    },
    stop: async () => undefined,
    jwtSecret: loadOrCreateSecrets(benchDir()).jwtSecret,
  };
}

interface Marker {
  scale: string;
  seed: number;
  version: number;
  completed_at: Date | null;
}

async function readMarker(url: string): Promise<Marker | undefined> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<Marker>(`SELECT scale, seed, version, completed_at FROM bench.dataset LIMIT 1`);
    return rows[0];
  } catch {
    return undefined;
  } finally {
    await c.end();
  }
}

/** The generated tables whose row count no longer matches the load (only tables the migrations do not seed). */
async function checkDrift(url: string): Promise<string[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ result: LoadResult | null }>(`SELECT result FROM bench.dataset`);
    const drift: string[] = [];
    // a table may be loaded in parts (hulpvragen: open ones, then the history)
    const loaded = new Map<string, number>();
    for (const t of rows[0]?.result?.timings ?? []) loaded.set(t.table, (loaded.get(t.table) ?? 0) + t.rows);
    for (const [table, geladen] of loaded) {
      if (!['deelnemers', 'accounts', 'hulpvragen', 'aanbod', 'matches', 'match_keren'].includes(table)) continue;
      const n = Number((await c.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
      if (n !== geladen) drift.push(`${table} has ${n} rows, ${geladen} were loaded`);
    }
    return drift;
  } finally {
    await c.end();
  }
}

export async function ensureDataset(opts: EnsureOptions = {}): Promise<Dataset> {
  const log = opts.log ?? ((l: string) => console.log(`[dataset] ${l}`));
  const scale = typeof opts.scale === 'string' ? SCALES[opts.scale] : (opts.scale ?? scaleFromEnv());
  if (!scale) throw new Error(`unknown scale ${String(opts.scale)}`);
  const seed = opts.seed ?? Number(process.env.BENCH_SEED ?? DEFAULT_SEED);
  const server = process.env.BENCH_DATABASE_URL ? fromUrl(process.env.BENCH_DATABASE_URL) : await openEmbedded(log);
  const dbName = `bk_bench_${scale.name}`;
  const url = server.admin(dbName);
  const adminUrl = server.admin(process.env.BENCH_DATABASE_URL ? new URL(process.env.BENCH_DATABASE_URL).pathname.slice(1) || 'postgres' : 'postgres');

  const admin = new Client({ connectionString: adminUrl });
  admin.on('error', () => undefined);
  await admin.connect();
  let loaded: LoadResult | null = null;
  let drift: string[] = [];
  try {
    // one loader at a time per dataset
    await admin.query(`SELECT pg_advisory_lock(hashtext($1))`, [dbName]);
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [dbName])).rowCount! > 0;
    const marker = exists ? await readMarker(url) : undefined;
    const complete = marker && marker.completed_at && marker.seed === seed && marker.version === GENERATOR_VERSION && marker.scale === scale.name;
    if (complete && !opts.reload) {
      const applied = await runMigrations(url);
      if (applied.length) {
        log(`applied ${applied.length} new migration(s) to ${dbName}: ${applied.join(', ')}`);
        const c = new Client({ connectionString: url });
        await c.connect();
        await c.query('ANALYZE');
        await c.end();
      }
      log(`reusing ${dbName} (seed ${seed}, loaded ${marker.completed_at!.toISOString()})`);
      drift = await checkDrift(url);
      if (drift.length) log(`warning: ${dbName} changed since it was loaded (a bench wrote into the shared dataset): ${drift.join('; ')}`);
    } else {
      if (exists) {
        log(`${dbName} is ${marker?.completed_at ? 'outdated' : 'incomplete'}: dropping it`);
        await admin.query(`DROP DATABASE ${admin.escapeIdentifier(dbName)} WITH (FORCE)`);
      }
      await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(dbName)}`);
      const t0 = Date.now();
      const applied = await runMigrations(url);
      const migrateSeconds = (Date.now() - t0) / 1000;
      log(`created ${dbName}, applied ${applied.length} migration(s); loading scale ${scale.name} (seed ${seed})`);
      const c = new Client({ connectionString: url });
      c.on('error', () => undefined);
      await c.connect();
      try {
        await c.query(`CREATE SCHEMA bench`);
        await c.query(
          `CREATE TABLE bench.dataset (scale text NOT NULL, seed int NOT NULL, version int NOT NULL, started_at timestamptz NOT NULL DEFAULT now(), completed_at timestamptz, result jsonb)`,
        );
        await c.query(`INSERT INTO bench.dataset (scale, seed, version) VALUES ($1, $2, $3)`, [scale.name, seed, GENERATOR_VERSION]);
        const { result } = await load({ url, scale, seed, log });
        result.other.unshift({ step: 'migrations', seconds: migrateSeconds });
        result.total += migrateSeconds;
        await c.query(`UPDATE bench.dataset SET completed_at = now(), result = $1`, [JSON.stringify(result)]);
        loaded = result;
      } finally {
        await c.end();
      }
    }
    await admin.query(`SELECT pg_advisory_unlock(hashtext($1))`, [dbName]);
  } catch (e) {
    await admin.end().catch(() => undefined);
    await server.stop().catch(() => undefined);
    throw e;
  }
  await admin.end().catch(() => undefined);
  return { url, scale, seed, loaded, drift, jwtSecret: server.jwtSecret, stop: server.stop };
}
