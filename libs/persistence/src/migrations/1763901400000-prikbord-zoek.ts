import type { MigrationInterface, QueryRunner } from 'typeorm';
import { maakIndexGelijktijdig } from './gelijktijdig';

/**
 * A search term on the prikbord (docs/benchmarks.md): in a busy wijk the planner read every open post of the wijk
 * from the heap (1,300 rows on 1,300 pages in the busiest) to test the term, then sorted. With titel and
 * omschrijving in the wijk index, the term is tested on index entries alone, newest first, until the page is
 * full (index-only scan): 3.5 -> 0.15 ms for a common word, 23 -> 2 ms for the trigram fallback. The new indexes
 * have the old ones' keys and predicate, so they replace them. Built CONCURRENTLY (big tables).
 */
export class PrikbordZoek1763901400000 implements MigrationInterface {
  name = 'PrikbordZoek1763901400000';
  public transaction = false;

  async up(q: QueryRunner): Promise<void> {
    for (const [tabel, status] of TABELLEN) {
      // the old index goes only once its successor is valid (maakIndexGelijktijdig throws otherwise)
      await maakIndexGelijktijdig(
        q,
        `${tabel}_prikbord_zoek`,
        `ON ${tabel} (gemeente_id, wijk_code, created_at DESC, id DESC) INCLUDE (titel, omschrijving) WHERE status = '${status}'`,
      );
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${tabel}_prikbord`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [tabel, status] of TABELLEN) {
      await q.query(
        `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${tabel}_prikbord ON ${tabel} (gemeente_id, wijk_code, created_at DESC, id DESC) WHERE status = '${status}'`,
      );
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${tabel}_prikbord_zoek`);
    }
  }
}

const TABELLEN = [
  ['hulpvragen', 'open'],
  ['aanbod', 'actief'],
] as const;
