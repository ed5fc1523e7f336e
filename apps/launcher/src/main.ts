/*
 * `npm start`: one supervisor that owns the embedded PostgreSQL (when no DATABASE_URL), runs the migrations,
 * then runs the api and the worker as two child processes. Shutdown order on Ctrl-C / SIGTERM:
 * api (stops taking requests), worker (finishes or returns its jobs), then PostgreSQL.
 */
import { fork, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError, loadConfig, type AppConfig } from '@app/config';
import { migrateQueueBackend, queueBackendKind } from '@app/jobs';
import { runMigrations } from '@app/persistence';
import { DataDirInUseError, dataDirLayout, loadOrCreateSecrets, openEmbeddedDatabase, ownerAlive, portInUse, type EmbeddedPostgres } from '@app/runtime';
import { bootstrapData } from './bootstrap-data';
import { laadDemo } from './demo';

const say = (line: string) => process.stdout.write(`[buurtkracht] ${line}\n`);
const fail = (line: string): never => {
  process.stderr.write(`[buurtkracht] ${line}\n`);
  process.exit(1);
};

interface Child {
  name: 'api' | 'worker';
  proc: ChildProcess;
  exited: Promise<number | null>;
}

let pg: EmbeddedPostgres | undefined;
let children: Child[] = [];
let shuttingDown: Promise<void> | undefined;
let config: AppConfig;

function startChild(name: Child['name'], env: NodeJS.ProcessEnv): Child {
  const proc = fork(path.join(__dirname, '..', '..', name, 'src', 'main.js'), [], { env, stdio: 'inherit' });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  void exited.then((code) => {
    if (!shuttingDown) {
      process.stderr.write(`[buurtkracht] the ${name} process exited unexpectedly (code ${code}); stopping everything\n`);
      void shutdown(1);
    }
  });
  return { name, proc, exited };
}

function waitReady(c: Child, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`the ${c.name} did not become ready within ${timeoutMs / 1000} s`)), timeoutMs);
    c.proc.on('message', (m: { type?: string }) => {
      if (m?.type === 'ready') {
        clearTimeout(t);
        resolve();
      }
    });
    void c.exited.then((code) => {
      clearTimeout(t);
      reject(new Error(`the ${c.name} exited with code ${code} while starting (its error is printed above)`));
    });
  });
}

async function stopChild(c: Child): Promise<void> {
  if (c.proc.exitCode !== null || c.proc.signalCode !== null) return;
  c.proc.kill('SIGTERM');
  const graceMs = (config?.shutdownGraceSeconds ?? 10) * 1000;
  const timedOut = await Promise.race([c.exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), graceMs))]);
  if (timedOut) {
    say(`the ${c.name} did not stop within ${graceMs / 1000} s; killing it`);
    c.proc.kill('SIGKILL');
    await c.exited;
  }
}

function shutdown(code: number): Promise<void> {
  shuttingDown ??= (async () => {
    say('stopping: api, worker, then PostgreSQL…');
    for (const name of ['api', 'worker'] as const) {
      const c = children.find((x) => x.name === name);
      if (c) await stopChild(c);
    }
    if (pg) await pg.stop();
    if (config) {
      const { lockFile, runtimeFile } = dataDirLayout(config.dataDir);
      for (const f of [lockFile, runtimeFile]) fs.rmSync(f, { force: true });
    }
    say('stopped cleanly');
    process.exit(code);
  })();
  return shuttingDown;
}

async function main(): Promise<void> {
  const t0 = Date.now();
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) fail(`configuration error: ${e.message}`);
    throw e;
  }
  if (await portInUse(config.port, config.host)) {
    fail(`port ${config.port} on ${config.host} is already in use: is Buurtkracht already running? Stop it, or start this one with PORT=<another port>`);
  }
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(sig, () => void shutdown(0));

  let databaseUrl = config.databaseUrl;
  let jwtSecret = config.jwtSecret;
  if (!databaseUrl) {
    const owner = ownerAlive(config.dataDir);
    if (owner) fail(`the data dir ${config.dataDir} is in use by a running Buurtkracht (pid ${owner}); stop that one first, or set DATA_DIR`);
    try {
      const db = await openEmbeddedDatabase(config.dataDir, say);
      pg = db.pg;
      databaseUrl = db.url;
    } catch (e) {
      if (e instanceof DataDirInUseError) fail(e.message);
      throw e;
    }
    fs.writeFileSync(dataDirLayout(config.dataDir).lockFile, String(process.pid));
    say(`embedded PostgreSQL 15 running on 127.0.0.1:${pg.port} (data in ${config.dataDir})`);
  }
  if (!jwtSecret) {
    if (config.nodeEnv === 'production') fail('JWT_SECRET is required when NODE_ENV=production');
    jwtSecret = loadOrCreateSecrets(config.dataDir).jwtSecret;
  }

  const applied = await runMigrations(databaseUrl);
  if (applied.length) say(`applied ${applied.length} migration(s)`);
  const queue = { redisUrl: config.redisUrl, databaseUrl, schema: config.queueSchema };
  await migrateQueueBackend(queue);
  const boot = await bootstrapData(databaseUrl, config);

  const demo = process.argv.includes('--demo');
  // the demo registers dozens of people from one address in seconds: lift the per-IP login throttle for it
  const env = {
    LOG_LEVEL: 'warn',
    ...(demo ? { LOGIN_RATE_LIMIT: '1000' } : {}),
    ...process.env,
    DATABASE_URL: databaseUrl,
    JWT_SECRET: jwtSecret,
    DATA_DIR: config.dataDir,
    ...boot.env,
  };
  children = [startChild('worker', env), startChild('api', env)];
  await Promise.all(children.map((c) => waitReady(c, 60_000)));

  fs.writeFileSync(
    dataDirLayout(config.dataDir).runtimeFile,
    JSON.stringify({ launcherPid: process.pid, pgPort: pg?.port ?? 0, databaseUrl, apiUrl: config.publicUrl }, null, 2),
    { mode: 0o600 },
  );
  const base = config.publicUrl;
  say(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (queue backend: ${queueBackendKind(queue) === 'redis' ? 'Redis' : 'PostgreSQL'})`);
  say(`  app        ${base}/`);
  say(`  API docs   ${base}/api/docs   (OpenAPI: ${base}/api/v1/openapi.json)`);
  say(`  health     ${base}/api/v1/health`);
  for (const h of boot.hints) say(`  ${h}`);
  if (demo) {
    if (!boot.login) say('demo: set ADMIN_EMAIL and ADMIN_PASSWORD (of an existing beheerder) to load the demo data');
    else {
      say('demo: loading a synthetic Haarlem through the API…');
      const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
      try {
        for (const line of await laadDemo(`http://${host}:${config.port}`, boot.login.email, boot.login.password)) say(`  ${line}`);
      } catch (e) {
        say(`demo: could not load the demo data (${(e as Error).message}); the product runs without it`);
      }
    }
  }
  say('press Ctrl-C to stop');
}

main().catch((e: unknown) => {
  process.stderr.write(`[buurtkracht] could not start: ${(e as Error).message}\n`);
  void shutdown(1);
});
