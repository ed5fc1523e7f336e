/**
 * `npm run test:migration-locks`: how long migrations block the application on a populated database.
 *
 * A throwaway embedded PostgreSQL gets every migration and the `small` dataset, then MIGRATION_ROWS (default 1M)
 * extra deelnemers so that table sizes are those of the full scale. While a probe writes to deelnemers and
 * hulpvragen every 10 ms (as the api would), it (1) reverts and re-applies the latest migration and (2) runs the
 * DDL patterns the rule in docs/operations.md is about, and records the longest a probe write had to wait during each.
 */
import * as fs from 'node:fs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '@app/persistence';
import { load } from '../bench/dataset/load';
import { DEFAULT_SEED, SCALES } from '../bench/dataset/scale';
import { report } from '../bench/lib/report';
import { updateDocSection } from '../bench/load/docs';
import { startPostgres, tempDir } from '../bench/load/processes';
import * as path from 'node:path';
import { repoRoot } from '@app/runtime';

const ROWS = Number(process.env.MIGRATION_ROWS ?? 1_000_000);
const say = (line: string) => process.stdout.write(`[migrations] ${line}\n`);

function probe(url: string): { stop: () => Promise<{ maxMs: number; n: number }> } {
  let running = true;
  let maxMs = 0;
  let n = 0;
  const loop = (async () => {
    const c = new Client({ connectionString: url });
    await c.connect();
    const [{ id }] = (await c.query(`SELECT id FROM deelnemers ORDER BY id LIMIT 1`)).rows;
    const [{ id: hid }] = (await c.query(`SELECT id FROM hulpvragen ORDER BY id LIMIT 1`)).rows;
    while (running) {
      const t = performance.now();
      await c.query(`UPDATE deelnemers SET voornaam = voornaam WHERE id = $1`, [id]);
      await c.query(`UPDATE hulpvragen SET titel = titel WHERE id = $1`, [hid]);
      maxMs = Math.max(maxMs, performance.now() - t);
      n++;
      await new Promise((r) => setTimeout(r, 10));
    }
    await c.end();
  })();
  return { stop: async () => ((running = false), await loop, { maxMs, n }) };
}

async function measure(url: string, what: string, fn: () => Promise<void>): Promise<Record<string, string | number>> {
  const p = probe(url);
  await new Promise((r) => setTimeout(r, 200));
  const t = performance.now();
  await fn();
  const ms = performance.now() - t;
  await new Promise((r) => setTimeout(r, 200));
  const { maxMs, n } = await p.stop();
  say(`${what}: ${ms.toFixed(0)} ms, longest blocked write ${maxMs.toFixed(0)} ms`);
  return { step: what, 'duration ms': ms.toFixed(0), 'longest write wait ms': maxMs.toFixed(0), 'probe writes': n };
}

async function main(): Promise<void> {
  const dir = tempDir('bk-migr-');
  const pg = await startPostgres(dir, { maintenance_work_mem: '256MB', max_wal_size: '4GB' });
  try {
    await pg.ensureDatabase('bk');
    const url = pg.url('bk');
    await runMigrations(url);
    await load({ url, scale: SCALES.small, seed: DEFAULT_SEED, log: () => undefined });
    const c = new Client({ connectionString: url });
    await c.connect();
    const t0 = Date.now();
    // more rows like the existing ones: the size of the full-scale deelnemers table
    const cols = (
      await c.query<{ c: string }>(
        `SELECT column_name AS c FROM information_schema.columns WHERE table_name = 'deelnemers' AND table_schema = 'public' AND column_name <> 'id' AND is_generated = 'NEVER' ORDER BY ordinal_position`,
      )
    ).rows.map((r) => r.c);
    // unique personal fields are left empty in the copies
    const expr = cols.map((k) => (['email', 'telefoon', 'bsn'].includes(k) ? 'NULL' : `d.${c.escapeIdentifier(k)}`));
    await c.query(
      `INSERT INTO deelnemers (${cols.map((k) => c.escapeIdentifier(k)).join(', ')})
       SELECT ${expr.join(', ')} FROM deelnemers d, generate_series(1, $1::int / (SELECT count(*) FROM deelnemers)::int) g`,
      [ROWS],
    );
    await c.query('ANALYZE');
    const [{ n, size }] = (await c.query(`SELECT count(*)::int AS n, pg_size_pretty(pg_total_relation_size('deelnemers')) AS size FROM deelnemers`)).rows;
    say(`populated: ${n} deelnemers (${size}) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

    const rows: Record<string, string | number>[] = [];
    const ds = new DataSource(dataSourceOptions(url));
    await ds.initialize();
    const latest = ds.migrations[ds.migrations.length - 1].name ?? 'latest';
    await ds.undoLastMigration({ transaction: 'each' });
    rows.push(await measure(url, `latest migration forward (${latest})`, async () => void (await ds.runMigrations({ transaction: 'each' }))));
    await ds.destroy();

    const ddl = (sql: string) => async () => void (await c.query(sql));
    rows.push(await measure(url, 'ADD COLUMN nullable', ddl(`ALTER TABLE deelnemers ADD COLUMN x_nullable text`)));
    rows.push(
      await measure(
        url,
        "ADD COLUMN NOT NULL DEFAULT 'x' (constant: metadata only)",
        ddl(`ALTER TABLE deelnemers ADD COLUMN x_default text NOT NULL DEFAULT 'x'`),
      ),
    );
    rows.push(
      await measure(
        url,
        'ADD COLUMN DEFAULT clock_timestamp() (volatile: rewrites the table)',
        ddl(`ALTER TABLE deelnemers ADD COLUMN x_volatile timestamptz DEFAULT clock_timestamp()`),
      ),
    );
    rows.push(await measure(url, 'CREATE INDEX (blocks writes while it builds)', ddl(`CREATE INDEX x_idx1 ON deelnemers (lower(achternaam), voornaam)`)));
    rows.push(
      await measure(
        url,
        'CREATE INDEX CONCURRENTLY (outside a transaction)',
        ddl(`CREATE INDEX CONCURRENTLY x_idx2 ON deelnemers (lower(voornaam), achternaam)`),
      ),
    );
    rows.push(
      await measure(
        url,
        'ADD FOREIGN KEY (validating: scans the table)',
        ddl(`ALTER TABLE deelnemers ADD CONSTRAINT x_fk1 FOREIGN KEY (gemeente_id) REFERENCES gemeenten (id)`),
      ),
    );
    rows.push(
      await measure(url, 'ADD FOREIGN KEY NOT VALID, then VALIDATE (separately)', async () => {
        await c.query(`ALTER TABLE deelnemers ADD CONSTRAINT x_fk2 FOREIGN KEY (gemeente_id) REFERENCES gemeenten (id) NOT VALID`);
        await c.query(`ALTER TABLE deelnemers VALIDATE CONSTRAINT x_fk2`);
      }),
    );
    rows.push(
      await measure(
        url,
        'SET NOT NULL on a filled column (scans under an exclusive lock)',
        ddl(`ALTER TABLE deelnemers ALTER COLUMN x_default SET NOT NULL, ALTER COLUMN voornaam SET NOT NULL`),
      ),
    );
    await c.end();
    const file = report('migration-locks', rows, { deelnemers: n, deelnemersSize: size });
    updateDocSection('migration-locks', file, path.join(repoRoot(), 'docs', 'operations.md'));
  } finally {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
