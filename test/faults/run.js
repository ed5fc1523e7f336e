#!/usr/bin/env node
// `npm run test:faults`: runs test/faults/faults.ts without a separate build step. TypeScript under test/ and
// bench/ is compiled in memory by SWC (the same options as scripts/build.js); the api and worker themselves
// run from dist/ (built by the npm script first), as in production.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const swc = require('@swc/core');

const root = path.resolve(__dirname, '..', '..');
const tsconfig = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8'));
const paths = Object.fromEntries(Object.entries(tsconfig.compilerOptions.paths).map(([k, v]) => [k, v.map((p) => p.replace(/^\.\//, ''))]));

require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformFileSync(filename, {
    filename,
    swcrc: false,
    sourceMaps: 'inline',
    module: { type: 'commonjs', ignoreDynamic: true },
    jsc: {
      target: 'es2022',
      baseUrl: root,
      paths,
      keepClassNames: true,
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
  });
  module._compile(code, filename);
};
void Module;
process.enableSourceMaps?.();
require(path.join(__dirname, process.argv[2] ?? 'faults.ts'));
