/**
 * `npm run test:backup`: backup and restore on a populated database, with the scripts an operator uses.
 *
 * A throwaway embedded PostgreSQL 15 gets every migration and the `small` scale dataset (10 gemeenten, 10k
 * deelnemers, accounts, hulpvragen, aanbod) plus a few rows with awkward content (unicode, quotes, NULLs, jsonb).
 * scripts/backup.sh dumps it; scripts/restore.sh restores into a fresh database; then for EVERY table in every
 * schema the row counts must be equal and an md5 over all rows (ordered) must be equal, every sequence must
 * continue where it was, and the migrations table must say nothing is pending. Writes bench/results/backup-restore.json.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@app/persistence';
import { repoRoot } from '@app/runtime';
import { load } from '../bench/dataset/load';
import { DEFAULT_SEED, SCALES } from '../bench/dataset/scale';
import { report } from '../bench/lib/report';
import { startPostgres, tempDir } from '../bench/load/processes';

const say = (line: string) => process.stdout.write(`[backup] ${line}\n`);

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

interface TableFacts {
  rows: number;
  md5: string;
}

async function facts(url: string): Promise<{ tables: Map<string, TableFacts>; sequences: Map<string, string> }> {
  return withClient(url, async (c) => {
    const tables = new Map<string, TableFacts>();
    const { rows: list } = await c.query<{ s: string; t: string }>(
      `SELECT schemaname AS s, tablename AS t FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
    );
    for (const { s, t } of list) {
      const id = `${c.escapeIdentifier(s)}.${c.escapeIdentifier(t)}`;
      const { rows } = await c.query<{ n: number; md5: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS md5 FROM ${id} x`,
      );
      tables.set(`${s}.${t}`, { rows: rows[0].n, md5: rows[0].md5 });
    }
    const sequences = new Map<string, string>();
    const { rows: seqs } = await c.query<{ s: string; n: string; v: string | null }>(
      `SELECT schemaname AS s, sequencename AS n, last_value::text AS v FROM pg_sequences`,
    );
    for (const q of seqs) sequences.set(`${q.s}.${q.n}`, q.v ?? 'null');
    return { tables, sequences };
  });
}

async function main(): Promise<void> {
  const dir = tempDir('bk-backup-');
  const pg = await startPostgres(dir);
  let failed = 0;
  try {
    await pg.ensureDatabase('bron');
    const bron = pg.url('bron');
    await runMigrations(bron);
    const t0 = Date.now();
    await load({ url: bron, scale: SCALES.small, seed: DEFAULT_SEED, log: () => undefined });
    await withClient(bron, async (c) => {
      // awkward content and a used sequence
      await c.query(`INSERT INTO systeem_pings (processed_at, processed_by, attempts) VALUES (now(), $1, 2), (NULL, NULL, 0)`, [
        'wörker:1 ✓ "quoted" \\ back\nslash',
      ]);
      await c.query(`INSERT INTO outbox_events (type, aggregate_id, payload) VALUES ('test.unicode', 'ä-ß-€-😀', $1::jsonb)`, [
        JSON.stringify({ tekst: "O'Neill <script>x</script>", leeg: null, lijst: [] }),
      ]);
    });
    say(`source database migrated and loaded (scale small) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const backups = path.join(dir, 'backups');
    const tb = Date.now();
    const dump = execFileSync('bash', [path.join(repoRoot(), 'scripts', 'backup.sh'), backups], {
      env: { ...process.env, DATABASE_URL: bron },
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop()!;
    const backupSeconds = (Date.now() - tb) / 1000;
    const dumpMiB = fs.statSync(dump).size / 2 ** 20;
    say(`backup.sh wrote ${path.basename(dump)} (${dumpMiB.toFixed(1)} MiB) in ${backupSeconds.toFixed(1)} s`);

    await pg.ensureDatabase('hersteld');
    const hersteld = pg.url('hersteld');
    const tr = Date.now();
    execFileSync('bash', [path.join(repoRoot(), 'scripts', 'restore.sh'), dump], { env: { ...process.env, TARGET_URL: hersteld }, stdio: 'inherit' });
    const restoreSeconds = (Date.now() - tr) / 1000;
    // restoring twice into the same database must be refused, not merged
    let refused = false;
    try {
      execFileSync('bash', [path.join(repoRoot(), 'scripts', 'restore.sh'), dump], { env: { ...process.env, TARGET_URL: hersteld }, stdio: 'pipe' });
    } catch {
      refused = true;
    }

    const [a, b] = [await facts(bron), await facts(hersteld)];
    const rows: Record<string, string | number>[] = [];
    for (const [table, f] of a.tables) {
      const g = b.tables.get(table);
      const ok = !!g && g.rows === f.rows && g.md5 === f.md5;
      if (!ok) failed++;
      rows.push({ table, 'rows (source)': f.rows, 'rows (restored)': g?.rows ?? 'missing', checksum: ok ? 'equal' : 'DIFFERENT' });
    }
    for (const t of b.tables.keys()) {
      if (a.tables.has(t)) continue;
      failed++;
      rows.push({ table: t, 'rows (source)': 'missing', 'rows (restored)': b.tables.get(t)!.rows, checksum: 'EXTRA' });
    }
    let seqDiff = 0;
    for (const [s, v] of a.sequences) if (b.sequences.get(s) !== v) seqDiff++;
    const pending = await runMigrations(hersteld);
    if (seqDiff) failed++;
    if (pending.length) failed++;
    if (!refused) failed++;
    const totalRows = [...a.tables.values()].reduce((n, f) => n + f.rows, 0);
    report(
      'backup-restore',
      rows.filter((r) => r['rows (source)'] !== 0 || r.checksum !== 'equal'),
      {
        tables: a.tables.size,
        totalRows,
        dumpMiB,
        backupSeconds,
        restoreSeconds,
        sequencesCompared: a.sequences.size,
        sequencesDifferent: seqDiff,
        pendingMigrationsAfterRestore: pending,
        secondRestoreRefused: refused,
        passed: failed === 0,
      },
    );
    say(
      `${a.tables.size} tables (${totalRows} rows; empty tables compared too, not listed), ${a.sequences.size} sequences (${seqDiff} different), ` +
        `pending migrations after restore: ${pending.length}, second restore refused: ${refused}; backup ${backupSeconds.toFixed(1)} s, restore ${restoreSeconds.toFixed(1)} s`,
    );
    say(failed ? `FAILED: ${failed} difference(s)` : 'passed: every row of every table is back');
  } finally {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
