import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

/**
 * Finds a binary a test tier needs (redis-server, chromium). When it is missing and we are root on
 * Debian, installs the Debian package with apt-get, saying so in one line; otherwise throws with the
 * exact command to run.
 */
export function ensureSystemBinary(binary: string, debianPackage: string, say: (line: string) => void = console.log): string {
  const found = which(binary);
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    throw new Error(`${binary} is needed and missing: run \`sudo apt-get install -y ${debianPackage}\` (or point the tests at a server, see README)`);
  }
  say(`installing the Debian package ${debianPackage} (provides ${binary}) with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const opts = { env, stdio: 'ignore' as const };
  let r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', debianPackage], opts);
  if (r.status !== 0) {
    spawnSync('apt-get', ['update'], opts);
    r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', debianPackage], opts);
  }
  const after = which(binary);
  if (r.status !== 0 || !after) throw new Error(`apt-get install ${debianPackage} failed (exit ${r.status}); run it by hand to see why`);
  return after;
}

function which(binary: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${binary}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
