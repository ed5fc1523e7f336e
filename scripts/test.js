#!/usr/bin/env node
// `npm test`: builds what the launcher tests start (dist/), then runs every Jest tier. Extra args go to Jest.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.js'), '--if-stale'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const jest = require.resolve('jest/bin/jest');
const r = spawnSync(process.execPath, [jest, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);
