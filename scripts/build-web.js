#!/usr/bin/env node
// Builds the browser app (apps/web) into dist/web with Vite when it is missing or older than its sources.
// Usage: node scripts/build-web.js [--if-stale]
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const index = path.join(root, 'dist', 'web', 'index.html');

function newest(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

function stale() {
  if (!fs.existsSync(index)) return true;
  const src = Math.max(newest(path.join(root, 'apps', 'web')), fs.statSync(path.join(root, 'package-lock.json')).mtimeMs);
  return fs.statSync(index).mtimeMs < src;
}

let vite;
try {
  vite = path.join(path.dirname(require.resolve('vite/package.json', { paths: [root] })), 'bin', 'vite.js');
} catch {
  // production images ship a prebuilt dist/web and no dev dependencies
  if (fs.existsSync(index)) process.exit(0);
  console.error('build-web: vite is missing; run `npm ci` first');
  process.exit(1);
}

if (process.argv.includes('--if-stale') && !stale()) process.exit(0);
const t0 = Date.now();
const r = spawnSync(process.execPath, [vite, 'build', '--config', path.join(root, 'apps', 'web', 'vite.config.ts'), '--logLevel', 'warn'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  // Jest sets NODE_ENV=test, which would make Vite bundle the development build of React
  env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
});
if (r.status !== 0) {
  console.error(`build-web: vite build failed (exit ${r.status})`);
  process.exit(r.status ?? 1);
}
console.log(`build-web: dist/web built in ${Date.now() - t0} ms`);
