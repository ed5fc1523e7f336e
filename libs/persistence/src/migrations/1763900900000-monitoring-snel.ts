import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kerncijfers at 3M matches (docs/monitoring.md, Performance):
 * - the done occurrences of a match as a covering index, so repeated help (a second done occurrence) and
 *   Wijkservice hours are index-only probes per match instead of heap visits to every occurrence;
 * - the match id in the covering index of accepted matches, and Wijkservice helpers as a partial index, so the
 *   Wijkservice figure neither visits the matches heap nor reads all deelnemers;
 * - completed matches (`status = 'afgerond'`) as a partial index, so `afgerond` no longer visits the heap to
 *   check the status of every match completed in the period.
 * Big tables (docs/operations.md): every index is built CONCURRENTLY, outside a transaction; a replaced index is
 * dropped only once its successor exists.
 */
export class MonitoringSnel1763900900000 implements MigrationInterface {
  name = 'MonitoringSnel1763900900000';
  public transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS monitoring_match_keren_gedaan ON match_keren (match_id, datum) INCLUDE (uren)
      WHERE status = 'gedaan'`);
    await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS monitoring_matches_gemaakt_id ON matches (gemeente_id, geaccepteerd_op)
      INCLUDE (id, wijk_code, categorie, gemaakt_via, status, niet_verschenen, helper_id, afgerond_op) WHERE geaccepteerd_op IS NOT NULL`);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS monitoring_matches_gemaakt`);
    await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS monitoring_deelnemers_wijkservice ON deelnemers (id) WHERE 'wijkservice' = ANY (rollen)`);
    await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS monitoring_matches_afgerond_status ON matches (gemeente_id, afgerond_op)
      INCLUDE (wijk_code, categorie) WHERE afgerond_op IS NOT NULL AND status = 'afgerond'`);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS monitoring_matches_afgerond`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS monitoring_matches_afgerond ON matches (gemeente_id, afgerond_op)
      INCLUDE (wijk_code, categorie) WHERE afgerond_op IS NOT NULL`);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS monitoring_matches_afgerond_status`);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS monitoring_deelnemers_wijkservice`);
    await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS monitoring_matches_gemaakt ON matches (gemeente_id, geaccepteerd_op)
      INCLUDE (wijk_code, categorie, gemaakt_via, status, niet_verschenen, helper_id, afgerond_op) WHERE geaccepteerd_op IS NOT NULL`);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS monitoring_matches_gemaakt_id`);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS monitoring_match_keren_gedaan`);
  }
}
