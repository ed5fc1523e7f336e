import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort } from './ports';

/** The repository root, from source (ts-jest) or from dist/ alike. */
export function repoRoot(from = __dirname): string {
  let dir = from;
  while (dir !== path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'buurtkracht') return dir;
    dir = path.dirname(dir);
  }
  throw new Error('cannot find the buurtkracht repository root');
}

export interface Launched {
  proc: ChildProcess;
  port: number;
  base: string;
  output: () => string;
  exited: Promise<number | null>;
}

export function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-launch-'));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/** Runs `npm start` as a user would, in its own process group (tests and bench:startup). */
export async function launch(env: Record<string, string>, port?: number): Promise<Launched> {
  const p = port ?? (await freePort());
  let out = '';
  const proc = spawn('npm', ['start', '--silent'], {
    cwd: repoRoot(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', PORT: String(p), LOG_LEVEL: 'warn', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  proc.stdout?.on('data', (d) => (out += d));
  proc.stderr?.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  return { proc, port: p, base: `http://127.0.0.1:${p}`, output: () => out, exited };
}

export async function waitHealthy(l: Launched, timeoutMs: number): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (l.proc.exitCode !== null) throw new Error(`launcher exited: ${l.output()}`);
    try {
      const r = await fetch(`${l.base}/api/v1/health`);
      if (r.status === 200) return Date.now() - t0;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not healthy within ${timeoutMs} ms: ${l.output()}`);
}

export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
