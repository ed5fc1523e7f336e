#!/usr/bin/env node
// Compiles the server code (apps, libs, bench) to dist/ with SWC (its WebAssembly build, so no platform binary
// is needed): a few seconds for the whole tree, so `npm start` can rebuild what changed before it starts.
// Type checking is `npm run typecheck` (tsc).
// Usage: node scripts/build.js [--if-stale] [--clean]
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'dist');
const roots = ['apps', 'libs', 'bench'];
const skipDirs = new Set(['node_modules', 'results', '__fixtures__']);
// the browser app has its own build (Vite): `npm run build:web`
const skipPaths = new Set([path.join(root, 'apps', 'web')]);
const assetExt = new Set(['.json', '.sql', '.geojson', '.ttf', '.svg']);
const args = new Set(process.argv.slice(2));

let swc;
try {
  swc = require('@swc/wasm');
} catch {
  // `npm ci --omit=dev` (the docker runtime image) ships a prebuilt dist/ and no compiler.
  if (fs.existsSync(path.join(out, 'apps'))) process.exit(0);
  console.error('build: @swc/wasm is missing; run `npm ci` first');
  process.exit(1);
}

const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8'));
// `@app/<lib>` → the compiled lib's index, rewritten to a relative require (Node knows no path aliases)
const aliases = Object.fromEntries(Object.entries(tsconfig.compilerOptions.paths).map(([k, [v]]) => [k, path.join(out, v.replace(/^\.\//, ''), 'index.js')]));
function rewriteAliases(code, target) {
  return code.replace(/require\("(@app\/[\w-]+)"\)/g, (m, alias) => {
    if (!aliases[alias]) return m;
    let rel = path.relative(path.dirname(target), aliases[alias]).split(path.sep).join('/');
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `require(${JSON.stringify(rel)})`;
  });
}

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) {
      const sub = path.join(dir, e.name);
      if (!skipDirs.has(e.name) && !skipPaths.has(sub)) yield* walk(sub);
    } else yield path.join(dir, e.name);
  }
}

const isSource = (f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(f);

if (args.has('--clean')) fs.rmSync(out, { recursive: true, force: true });

const options = (file) => ({
  filename: file,
  sourceMaps: true,
  swcrc: false,
  module: { type: 'commonjs', ignoreDynamic: true },
  jsc: {
    target: 'es2022',
    keepClassNames: true,
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
});

let built = 0;
let copied = 0;
const t0 = Date.now();
for (const r of roots) {
  const dir = path.join(root, r);
  if (!fs.existsSync(dir)) continue;
  for (const file of walk(dir)) {
    const rel = path.relative(root, file);
    const ext = path.extname(file);
    if (isSource(file)) {
      const target = path.join(out, rel.replace(/\.ts$/, '.js'));
      if (args.has('--if-stale') && fs.existsSync(target) && fs.statSync(target).mtimeMs >= fs.statSync(file).mtimeMs) continue;
      const res = swc.transformSync(fs.readFileSync(file, 'utf8'), options(file));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, `${rewriteAliases(res.code, target)}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
      if (res.map) fs.writeFileSync(`${target}.map`, res.map);
      built++;
    } else if (assetExt.has(ext) && rel.includes(`${path.sep}src${path.sep}`)) {
      const target = path.join(out, rel);
      if (args.has('--if-stale') && fs.existsSync(target) && fs.statSync(target).mtimeMs >= fs.statSync(file).mtimeMs) continue;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(file, target);
      copied++;
    }
  }
}
if (built || copied || !args.has('--if-stale')) {
  console.log(`build: ${built} files compiled, ${copied} assets copied in ${Date.now() - t0} ms`);
}
