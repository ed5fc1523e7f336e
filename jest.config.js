// Three tiers, one command (`npm test`): unit (pure), integration (Nest modules on real PostgreSQL),
// end-to-end (api + worker on real PostgreSQL and Redis), plus the queue suite once more on BullMQ's
// PostgreSQL backend. test/harness/global-setup.ts starts the servers; see README "Tests".
const { compilerOptions } = require('./tsconfig.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target.replace(/^\.\//, '')}`]),
);
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] };
const common = {
  rootDir: __dirname,
  moduleNameMapper,
  transform,
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  globalSetup: '<rootDir>/test/harness/global-setup.ts',
  globalTeardown: '<rootDir>/test/harness/global-teardown.ts',
  maxWorkers: process.env.JEST_MAX_WORKERS ?? 2,
  testTimeout: 30_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    {
      ...common,
      displayName: 'queue-postgres',
      testMatch: ['<rootDir>/test/**/*.queue-spec.ts'],
      setupFiles: ['<rootDir>/test/harness/queue-postgres.setup.ts'],
    },
    { ...common, displayName: 'queue-redis', testMatch: ['<rootDir>/test/**/*.queue-spec.ts'] },
    { ...common, displayName: 'web', testMatch: ['<rootDir>/test/web/**/*.web-spec.ts'] },
  ],
};
