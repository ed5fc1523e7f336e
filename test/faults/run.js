#!/usr/bin/env node
// `npm run test:faults`: runs test/faults/faults.ts without a separate build step. TypeScript under test/ and
// bench/ is compiled in memory by SWC (the same options as scripts/build.js); the api and worker themselves
// run from dist/ (built by the npm script first), as in production.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const swc = require('@swc/wasm');

const root = path.resolve(__dirname, '..', '..');
const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8'));
// `@app/<lib>` → that lib's TypeScript entry (Node knows no path aliases)
const aliases = Object.fromEntries(Object.entries(tsconfig.compilerOptions.paths).map(([k, [v]]) => [k, path.join(root, v, 'index.ts')]));

require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    swcrc: false,
    sourceMaps: 'inline',
    module: { type: 'commonjs', ignoreDynamic: true },
    jsc: {
      target: 'es2022',
      keepClassNames: true,
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
  });
  module._compile(
    code.replace(/require\("(@app\/[\w-]+)"\)/g, (m, alias) => (aliases[alias] ? `require(${JSON.stringify(aliases[alias])})` : m)),
    filename,
  );
};
void Module;
process.enableSourceMaps?.();
require(path.join(__dirname, process.argv[2] ?? 'faults.ts'));
