import type { MigrationInterface, QueryRunner } from 'typeorm';
import { maakIndexGelijktijdig } from './gelijktijdig';

/**
 * Suggestions compute each candidate's history (fairness, continuity, reliability) from their matches: ~14 rows
 * per helper at 3M matches, each a random heap visit. The helper index now carries every column that history
 * reads, so it is an index-only scan; it still serves utilisation in the kerncijfers (same key, more columns).
 * Built CONCURRENTLY; the narrower index is dropped once its successor exists.
 */
export class KandidatenStatistiek1763901300000 implements MigrationInterface {
  name = 'KandidatenStatistiek1763901300000';
  public transaction = false;

  async up(q: QueryRunner): Promise<void> {
    // the old index goes only once its successor is valid (maakIndexGelijktijdig throws otherwise)
    await maakIndexGelijktijdig(
      q,
      'matches_helper_historie',
      `ON matches (helper_id, geaccepteerd_op) INCLUDE (status, afgerond_op, niet_verschenen, geannuleerd_door, uitkomst_bewoner, bewoner_id)`,
    );
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS monitoring_matches_helper`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS monitoring_matches_helper ON matches (helper_id, geaccepteerd_op) INCLUDE (status, afgerond_op)`);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS matches_helper_historie`);
  }
}
