import type { QueryRunner } from 'typeorm';

/**
 * Builds an index with CREATE INDEX CONCURRENTLY (no write lock on a big table) so that a re-run after a failed
 * build works: a failed concurrent build leaves an INVALID index that `IF NOT EXISTS` would keep, so that one is
 * dropped first, and the build is checked to be valid before the caller drops anything it replaces.
 * `definitie`: everything after the index name, e.g. `ON matches (helper_id) INCLUDE (status)`.
 */
export async function maakIndexGelijktijdig(q: QueryRunner, naam: string, definitie: string): Promise<void> {
  if ((await indexStaat(q, naam)) === 'ongeldig') await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${naam}`);
  await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${naam} ${definitie}`);
  if ((await indexStaat(q, naam)) !== 'geldig') throw new Error(`index ${naam} was not built validly; run the migration again`);
}

async function indexStaat(q: QueryRunner, naam: string): Promise<'geldig' | 'ongeldig' | 'afwezig'> {
  const [r] = (await q.query(`SELECT i.indisvalid AS geldig FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = $1`, [naam])) as {
    geldig: boolean;
  }[];
  return !r ? 'afwezig' : r.geldig ? 'geldig' : 'ongeldig';
}
