import type { MigrationInterface, QueryRunner } from 'typeorm';
import { maakIndexGelijktijdig } from './gelijktijdig';

/**
 * A search term across a whole gemeente (no wijk) on the prikbord (docs/benchmarks.md). Before, the trigram index
 * knew no gemeente: a common word made it hand over every match in the country (52,000 rows for "boodschappen",
 * 45–100 ms), and a rare one was tested on all the gemeente's posts. Now prikbordQuery walks the gemeente's newest
 * posts on a covering index (titel and omschrijving in the entries, like the wijk index of 1763901400000) and only
 * when those do not fill the page asks a trigram index that starts with the gemeente (btree_gin).
 * In the busiest gemeente: "boodschappen" 45 -> 0.8 ms, a typo 84 -> 4 ms, a rare word 4.3 -> 1.2 ms.
 * Each new index has its predecessor's keys (and predicate), so it replaces it. Built CONCURRENTLY (big tables).
 */
export class PrikbordGemeenteZoek1763901500000 implements MigrationInterface {
  name = 'PrikbordGemeenteZoek1763901500000';
  public transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    for (const [tabel, status] of TABELLEN) {
      // the old indexes go only once their successors are valid (maakIndexGelijktijdig throws otherwise)
      await maakIndexGelijktijdig(
        q,
        `${tabel}_prikbord_gemeente_zoek`,
        `ON ${tabel} (gemeente_id, created_at DESC, id DESC) INCLUDE (titel, omschrijving) WHERE status = '${status}'`,
      );
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${tabel}_prikbord_gemeente`);
      await maakIndexGelijktijdig(
        q,
        `${tabel}_zoek_gemeente`,
        `ON ${tabel} USING gin (gemeente_id, (titel || ' ' || omschrijving) gin_trgm_ops) WHERE status = '${status}'`,
      );
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${tabel}_zoek`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [tabel, status] of TABELLEN) {
      await maakIndexGelijktijdig(q, `${tabel}_prikbord_gemeente`, `ON ${tabel} (gemeente_id, created_at DESC, id DESC) WHERE status = '${status}'`);
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${tabel}_prikbord_gemeente_zoek`);
      await maakIndexGelijktijdig(q, `${tabel}_zoek`, `ON ${tabel} USING gin ((titel || ' ' || omschrijving) gin_trgm_ops) WHERE status = '${status}'`);
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${tabel}_zoek_gemeente`);
    }
  }
}

const TABELLEN = [
  ['hulpvragen', 'open'],
  ['aanbod', 'actief'],
] as const;
