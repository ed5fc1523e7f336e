/* Migration commands: `npm run migration:run | migration:revert | migration:generate -- <name>`.
 * Uses DATABASE_URL, else the database of a running `npm start`, else starts the embedded one briefly. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '@app/config';
import { openEmbeddedDatabase, readRuntimeInfo } from '@app/runtime';
import { dataSourceOptions } from '../data-source';

async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const config = loadConfig();
  if (config.databaseUrl) return fn(config.databaseUrl);
  const running = readRuntimeInfo(config.dataDir);
  if (running) return fn(running.databaseUrl);
  const db = await openEmbeddedDatabase(config.dataDir, (l) => console.log(l));
  try {
    return await fn(db.url);
  } finally {
    await db.pg.stop();
  }
}

function className(name: string, ts: number): string {
  const camel = name.replace(/(^|[-_\s]+)([a-z0-9])/gi, (_m, _s, c: string) => c.toUpperCase());
  return `${camel}${ts}`;
}

async function main(): Promise<void> {
  const [cmd, name] = process.argv.slice(2);
  await withDatabase(async (url) => {
    const ds = new DataSource(dataSourceOptions(url));
    await ds.initialize();
    try {
      if (cmd === 'run') {
        const done = await ds.runMigrations({ transaction: 'each' });
        console.log(done.length ? `applied: ${done.map((m) => m.name).join(', ')}` : 'no pending migrations');
      } else if (cmd === 'revert') {
        await ds.undoLastMigration({ transaction: 'each' });
        console.log('reverted the last migration');
      } else if (cmd === 'generate') {
        if (!name || !/^[a-z][a-z0-9-]*$/.test(name)) throw new Error('usage: npm run migration:generate -- <kebab-case-name>');
        await ds.runMigrations({ transaction: 'each' });
        const sql = await ds.driver.createSchemaBuilder().log();
        if (!sql.upQueries.length) return console.log('the entities match the database: nothing to generate');
        const ts = Date.now();
        const q = (s: string) => '`' + s.replace(/`/g, '\\`') + '`';
        const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className(name, ts)} implements MigrationInterface {
  name = '${className(name, ts)}';

  async up(q: QueryRunner): Promise<void> {
${sql.upQueries.map((u) => `    await q.query(${q(u.query)});`).join('\n')}
  }

  async down(q: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((d) => `    await q.query(${q(d.query)});`)
  .join('\n')}
  }
}
`;
        const file = path.resolve(__dirname, '../../../../../libs/persistence/src/migrations', `${ts}-${name}.ts`);
        fs.writeFileSync(file, body);
        console.log(`wrote ${path.relative(process.cwd(), file)}; add it to migrations/index.ts and review it like code`);
      } else {
        throw new Error('usage: migrate run | revert | generate <name>');
      }
    } finally {
      await ds.destroy();
    }
  });
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? `configuration error: ${e.message}` : (e as Error).message);
  process.exit(1);
});
