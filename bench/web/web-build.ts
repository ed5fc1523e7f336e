/* The built web app (dist/web), for the browser tests and the web bench. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot } from '@app/runtime';

export function webDist(): string {
  return path.join(repoRoot(), 'dist', 'web');
}

/** Builds dist/web when it is missing or older than its sources (scripts/build-web.js); returns the directory. */
export function ensureWebBuild(): string {
  const root = repoRoot();
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-web.js'), '--if-stale'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`web build failed (exit ${r.status})`);
  return webDist();
}
