/**
 * The real stack as separate OS processes, for the fault runner (test/faults) and bench:load:
 * an embedded PostgreSQL 15 cluster in a temp dir (or an existing URL), a redis-server with AOF (as in
 * docker-compose.yml), and api / worker processes forked from dist/ exactly as `npm start` forks them.
 * Everything listens on 127.0.0.1 only; stopAll() leaves no process behind.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { EmbeddedPostgres, ensureSystemBinary, freePort, repoRoot } from '@app/runtime';

export const log = (line: string) => process.stdout.write(`[stack] ${line}\n`);

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/** An embedded cluster in `dir`, started; `url(db)` for any database in it. */
export async function startPostgres(dir: string, settings: Record<string, string> = {}): Promise<EmbeddedPostgres> {
  const pg = new EmbeddedPostgres({ dir: path.join(dir, 'pg'), port: await freePort(), password: 'faults-and-load' });
  await pg.initialise();
  const conf = path.join(dir, 'pg', 'postgresql.auto.conf');
  const extra = Object.entries(settings).map(([k, v]) => `${k} = '${v}'`);
  if (extra.length) fs.appendFileSync(conf, `${extra.join('\n')}\n`);
  await pg.start();
  return pg;
}

function redisPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.setTimeout(500);
    s.once('connect', () => s.write('PING\r\n'));
    s.once('data', (d) => {
      s.destroy();
      resolve(d.toString().startsWith('+PONG'));
    });
    s.once('error', () => resolve(false));
    s.once('timeout', () => {
      s.destroy();
      resolve(false);
    });
  });
}

/** One Redis command over a raw socket (INFO, DBSIZE…): enough for measurements, no client library needed. */
export function redisCommand(port: number, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1');
    let buf = '';
    s.setTimeout(5000);
    s.once('connect', () => s.write(`*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`));
    s.on('data', (d) => {
      buf += d.toString();
      const m = /^\$(\d+)\r\n/.exec(buf);
      if ((m && buf.length >= m[0].length + Number(m[1]) + 2) || /^[+:-].*\r\n$/.test(buf)) {
        s.destroy();
        resolve(m ? buf.slice(m[0].length, m[0].length + Number(m[1])) : buf.trim());
      }
    });
    s.once('error', reject);
    s.once('timeout', () => {
      s.destroy();
      reject(new Error('redis timeout'));
    });
  });
}

/**
 * redis-server like the one in docker-compose.yml: append-only file on (fsync every second), noeviction,
 * persisted in `dir` so a restart keeps the queues. (LocalRedis in libs/runtime runs without persistence.)
 */
export class RedisProcess {
  private proc?: ChildProcess;
  constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly appendfsync: 'everysec' | 'always' = 'everysec',
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.proc?.pid;
  }

  async start(): Promise<void> {
    const bin = ensureSystemBinary('redis-server', 'redis-server');
    fs.mkdirSync(this.dir, { recursive: true });
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--save', '', '--appendonly', 'yes'];
    args.push('--appendfsync', this.appendfsync, '--maxmemory-policy', 'noeviction', '--protected-mode', 'yes');
    this.proc = spawn(bin, args, { stdio: 'ignore', detached: true });
    const until = Date.now() + 30_000;
    while (Date.now() < until) {
      if (await redisPing(this.port)) {
        // AOF loading answers PING with -LOADING: wait for a real PONG only
        return;
      }
      if (this.proc.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server did not start on port ${this.port}`);
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const exited = new Promise((r) => p.once('exit', r));
    p.kill(signal);
    await exited;
    this.proc = undefined;
  }
}

export type AppKind = 'api' | 'worker';

/** An api or worker process from dist/, forked with an IPC channel (it reports `ready` over it, as under the launcher). */
export class AppProcess {
  private proc?: ChildProcess;
  private exited?: Promise<number | null>;
  private out = '';
  constructor(
    readonly kind: AppKind,
    readonly name: string,
    private readonly env: Record<string, string>,
  ) {}

  get pid(): number | undefined {
    return this.proc?.pid;
  }

  get running(): boolean {
    return !!this.proc && this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** The last lines the process printed (its warnings and errors, LOG_LEVEL=warn). */
  output(lines = 20): string {
    return this.out.split('\n').slice(-lines).join('\n');
  }

  async start(timeoutMs = 60_000): Promise<void> {
    // BK_APP_ROOT: run the apps from another checkout's dist/ (e.g. a snapshot of HEAD while the tree is mid-edit)
    const main = path.join(process.env.BK_APP_ROOT ?? repoRoot(), 'dist', 'apps', this.kind, 'src', 'main.js');
    const proc = fork(main, [], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.proc = proc;
    const keep = (d: Buffer) => {
      this.out = (this.out + d.toString()).slice(-4_000_000);
    };
    proc.stdout?.on('data', keep);
    proc.stderr?.on('data', keep);
    this.exited = new Promise((r) => proc.once('exit', (code) => r(code)));
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`${this.name} not ready within ${timeoutMs} ms:\n${this.output()}`)), timeoutMs);
      proc.on('message', (m: { type?: string }) => {
        if (m?.type === 'ready') {
          clearTimeout(t);
          resolve();
        }
      });
      void this.exited!.then((code) => {
        clearTimeout(t);
        reject(new Error(`${this.name} exited with ${code} while starting:\n${this.output()}`));
      });
    });
  }

  /** kill -9 (no shutdown hooks: jobs in flight stay locked until BullMQ's stall check returns them). */
  async kill9(): Promise<void> {
    if (!this.running) return;
    this.proc!.kill('SIGKILL');
    await this.exited;
  }

  async stop(graceMs = 15_000): Promise<void> {
    if (!this.running) return;
    this.proc!.kill('SIGTERM');
    const timedOut = await Promise.race([this.exited!.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), graceMs))]);
    if (timedOut) {
      this.proc!.kill('SIGKILL');
      await this.exited;
    }
  }
}

/** Resident memory of a process in MiB (VmRSS), or of PostgreSQL's whole process tree as PSS (shared buffers counted once). */
export function rssMiB(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

export function treePssMiB(rootPid: number | undefined): number {
  if (!rootPid) return NaN;
  let kb = 0;
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (Number(d) !== rootPid && ppid !== rootPid) continue;
      const m = /Pss:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${d}/smaps_rollup`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {
      /* exited meanwhile */
    }
  }
  return Math.round(kb / 1024);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface HttpResult {
  status: number;
  ms: number;
  contentType: string;
  retryAfter: string | null;
  body: unknown;
  error?: string;
}

/** fetch with a deadline: a hang is reported as status 0 with error 'timeout', never waited out. */
export async function http(base: string, method: string, url: string, opts: { token?: string; body?: unknown; timeoutMs?: number } = {}): Promise<HttpResult> {
  const t0 = performance.now();
  try {
    const r = await fetch(`${base}${url}`, {
      method,
      headers: {
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      },
      body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
      signal: AbortSignal.timeout(opts.timeoutMs ?? 5000),
    });
    const text = await r.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: r.status, ms: performance.now() - t0, contentType: r.headers.get('content-type') ?? '', retryAfter: r.headers.get('retry-after'), body };
  } catch (e) {
    const name = (e as Error).name;
    return {
      status: 0,
      ms: performance.now() - t0,
      contentType: '',
      retryAfter: null,
      body: null,
      error: name === 'TimeoutError' ? 'timeout' : (e as Error).message,
    };
  }
}

export async function waitFor<T>(fn: () => Promise<T | undefined | false | null>, timeoutMs: number, what: string, everyMs = 100): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(everyMs);
  }
}
