/**
 * Loads the generated dataset into a freshly migrated database with COPY.
 *
 * Around the big tables (`bulk: true`) the secondary indexes and foreign keys are dropped and rebuilt after
 * the COPY from the exact definitions the migrations created (pg_get_indexdef / pg_get_constraintdef), so the
 * final schema equals the migrated one; `load` checks that at the end. Primary keys and CHECKs stay in place.
 */
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { insertDefaultCategorieen } from '@app/persistence';
import { copyRows } from '../lib/copy';
import { buildContext, DATASET_TABLES, historieAantal, REFERENTIE_START, type Categorie, type Ctx, type HaarlemAreas, type TableSpec } from './generate';
import { ANCHOR, type Scale } from './scale';

/** The password of every generated account (it is a public benchmark dataset). */
export const BENCH_PASSWORD = 'bench-wachtwoord-2026';

export interface TableTiming {
  table: string;
  /** the part of the table, when it is loaded in several (hulpvragen: open ones, then the history) */
  label?: string;
  rows: number;
  /** seconds spent in COPY (generation and ingestion overlap) */
  copy: number;
  /** seconds rebuilding indexes and foreign keys */
  index: number;
}

export interface LoadResult {
  timings: TableTiming[];
  /** seconds: migrations, categorieen, ANALYZE and other steps */
  other: { step: string; seconds: number }[];
  total: number;
}

const seconds = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e9;

/** Every index and constraint definition of the public schema: the migrated schema's fingerprint. */
export async function schemaFingerprint(c: Client): Promise<string[]> {
  const idx = await c.query<{ d: string }>(`SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public'`);
  const con = await c.query<{ d: string }>(
    `SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS d FROM pg_constraint WHERE connamespace = 'public'::regnamespace`,
  );
  return [...idx.rows, ...con.rows].map((r) => r.d).sort();
}

interface Deferred {
  table: string;
  indexes: string[];
  foreignKeys: { name: string; def: string }[];
}

/** Drops the secondary indexes (those not backing a constraint) and foreign keys of `table`; returns how to rebuild them. */
async function dropSecondary(c: Client, table: string): Promise<Deferred> {
  const idx = await c.query<{ name: string; def: string }>(
    `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
      WHERE x.indrelid = $1::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
      ORDER BY i.relname`,
    [table],
  );
  const fks = await c.query<{ name: string; def: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f' ORDER BY conname`,
    [table],
  );
  for (const i of idx.rows) await c.query(`DROP INDEX ${c.escapeIdentifier(i.name)}`);
  for (const f of fks.rows) await c.query(`ALTER TABLE ${table} DROP CONSTRAINT ${c.escapeIdentifier(f.name)}`);
  return { table, indexes: idx.rows.map((i) => i.def), foreignKeys: fks.rows };
}

async function rebuild(c: Client, d: Deferred): Promise<void> {
  for (const def of d.indexes) await c.query(def);
  for (const f of d.foreignKeys) await c.query(`ALTER TABLE ${d.table} ADD CONSTRAINT ${c.escapeIdentifier(f.name)} ${f.def}`);
}

/**
 * Gives a row seeded by a migration (random uuid) the id the generator derives from the seed, in the row and in
 * every column that references it, so the whole dataset is a function of the seed. FK triggers are off for this
 * one transaction (session_replication_role), so the order of the updates does not matter.
 */
async function remapId(c: Client, table: string, from: string, to: string): Promise<void> {
  if (from === to) return;
  const refs = await c.query<{ tbl: string; col: string }>(
    `SELECT k.conrelid::regclass::text AS tbl, a.attname AS col
       FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
      WHERE k.contype = 'f' AND k.confrelid = $1::regclass AND array_length(k.conkey, 1) = 1`,
    [table],
  );
  // composite keys that start with the id (categorieen (gemeente_id, code) referenced by hulpvragen) follow the same column names
  const composite = await c.query<{ tbl: string; col: string }>(
    `SELECT k.conrelid::regclass::text AS tbl, a.attname AS col
       FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
      WHERE k.contype = 'f' AND array_length(k.conkey, 1) > 1
        AND k.confrelid IN (SELECT k2.conrelid FROM pg_constraint k2 WHERE k2.contype = 'f' AND k2.confrelid = $1::regclass)`,
    [table],
  );
  await c.query('BEGIN');
  await c.query(`SET LOCAL session_replication_role = replica`);
  await c.query(`UPDATE ${table} SET id = $2 WHERE id = $1`, [from, to]);
  for (const r of [...refs.rows, ...composite.rows])
    await c.query(`UPDATE ${r.tbl} SET ${c.escapeIdentifier(r.col)} = $2 WHERE ${c.escapeIdentifier(r.col)} = $1`, [from, to]);
  await c.query('COMMIT');
}

async function readHaarlem(c: Client): Promise<{ id: string; areas: HaarlemAreas; werkgebiedIds: string[] }> {
  const g = await c.query<{ id: string }>(`SELECT id FROM gemeenten WHERE code = 'GM0392'`);
  if (!g.rowCount) throw new Error('the migrations did not seed Haarlem (GM0392)');
  const id = g.rows[0].id;
  const wijken = await c.query(`SELECT code, naam, stadsdeel, lat, lon, inwoners FROM wijken WHERE gemeente_id = $1 ORDER BY code`, [id]);
  const buurten = await c.query(
    `SELECT b.code, b.wijk_code, b.naam, b.lat, b.lon FROM buurten b JOIN wijken w ON w.code = b.wijk_code WHERE w.gemeente_id = $1 ORDER BY b.code`,
    [id],
  );
  const pc4 = await c.query(`SELECT pc4, wijk_code FROM postcodegebieden WHERE gemeente_id = $1 ORDER BY pc4`, [id]);
  const wg = await c.query(`SELECT id, naam, wijk_codes FROM werkgebieden WHERE gemeente_id = $1 ORDER BY naam`, [id]);
  return {
    id,
    areas: { wijken: wijken.rows, buurten: buurten.rows, pc4: pc4.rows, werkgebieden: wg.rows },
    werkgebiedIds: wg.rows.map((r: { id: string }) => r.id),
  };
}

export interface LoadOptions {
  url: string;
  scale: Scale;
  seed: number;
  log?: (line: string) => void;
  /** extra tables after the standard ones (extension point for later benches) */
  extraTables?: TableSpec[];
}

/** Loads a migrated, empty (apart from the migrations' own seed) database. Returns the timings. */
export async function load(opts: LoadOptions): Promise<{ ctx: Ctx; result: LoadResult }> {
  const log = opts.log ?? (() => undefined);
  const t0 = process.hrtime.bigint();
  const other: LoadResult['other'] = [];
  const c = new Client({ connectionString: opts.url });
  c.on('error', () => undefined);
  await c.connect();
  try {
    await c.query(`SET synchronous_commit = off`);
    await c.query(`SET maintenance_work_mem = '1GB'`);
    const before = await schemaFingerprint(c);

    let t = process.hrtime.bigint();
    const haarlem = await readHaarlem(c);
    const probe = buildContext(opts.seed, { ...opts.scale, deelnemers: 0 }, haarlem.areas, [], '');
    await remapId(c, 'gemeenten', haarlem.id, probe.gemeenten[0].id);
    await c.query(`UPDATE gemeenten SET created_at = $2 WHERE id = $1`, [probe.gemeenten[0].id, ANCHOR]);
    for (const [k, id] of haarlem.werkgebiedIds.entries()) await remapId(c, 'werkgebieden', id, probe.gemeenten[0].werkgebieden[k].id);
    const passwordHash = await hash(BENCH_PASSWORD, {
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
      algorithm: 2,
      salt: Buffer.from('buurtkracht-bench-salt'),
    });
    other.push({ step: 'prepare (Haarlem ids, password hash)', seconds: seconds(t) });

    // categorieen are filled in once the gemeenten exist (insertDefaultCategorieen), before the first table that needs them
    const ctx = buildContext(opts.seed, opts.scale, haarlem.areas, [], passwordHash);
    const timings: TableTiming[] = [];
    const tables = [...DATASET_TABLES, ...(opts.extraTables ?? [])];
    for (const spec of tables) {
      if (spec.table === 'deelnemers') {
        t = process.hrtime.bigint();
        for (const g of ctx.gemeenten) if (g.synthetic) await insertDefaultCategorieen(c, g.id);
        const cats = await c.query<{ code: string; vog_vereist: boolean; wijkservice_open: boolean }>(
          `SELECT code, vog_vereist, wijkservice_open FROM categorieen WHERE gemeente_id = $1 AND actief ORDER BY volgorde, code`,
          [ctx.gemeenten[0].id],
        );
        ctx.categorieen.push(...cats.rows.map((r): Categorie => ({ code: r.code, vogVereist: r.vog_vereist, wijkserviceOpen: r.wijkservice_open })));
        timings.push({ table: 'categorieen', rows: Number((await c.query(`SELECT count(*) AS n FROM categorieen`)).rows[0].n), copy: seconds(t), index: 0 });
      }
      t = process.hrtime.bigint();
      const deferred = spec.bulk ? await dropSecondary(c, spec.table) : undefined;
      const rows = await copyRows(c, spec.table, spec.columns, spec.rows(ctx));
      const copy = seconds(t);
      t = process.hrtime.bigint();
      if (deferred) await rebuild(c, deferred);
      const index = seconds(t);
      timings.push({ table: spec.table, ...(spec.label ? { label: spec.label } : {}), rows, copy, index });
      log(`  ${(spec.label ?? spec.table).padEnd(22)} ${String(rows).padStart(9)} rows  copy ${copy.toFixed(1)} s  indexes ${index.toFixed(1)} s`);
    }

    // the sequence behind the H-/A- references continues after the generated ones
    await c.query(`SELECT setval('referentie_seq', $1)`, [REFERENTIE_START + opts.scale.hulpvragen + opts.scale.aanbod + historieAantal(opts.scale)]);

    t = process.hrtime.bigint();
    await c.query('ANALYZE');
    other.push({ step: 'ANALYZE', seconds: seconds(t) });

    const after = await schemaFingerprint(c);
    if (before.join('\n') !== after.join('\n')) {
      const missing = before.filter((d) => !after.includes(d));
      const extra = after.filter((d) => !before.includes(d));
      throw new Error(`the schema after loading differs from the migrated one: missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}`);
    }
    return { ctx, result: { timings, other, total: seconds(t0) } };
  } finally {
    await c.end();
  }
}
