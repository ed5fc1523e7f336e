import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every delivery record is written twice: claimed (`queued`) before sending, then marked sent. The mark touched
 * `verzonden_op`, a column of the rate-limit index, so each mark rewrote every index of the row. The rate limit
 * now finds a person's recent messages through `berichten_deelnemer` (created in the last week, then sent in the
 * last hour), so no index covers a column the mark changes, and free space on each new page (fillfactor; pages
 * written before keep none until the table is rewritten) lets PostgreSQL update the row in place (HOT).
 */
export class BerichtenHot1763901000000 implements MigrationInterface {
  name = 'BerichtenHot1763901000000';
  public transaction = false;

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE berichten SET (fillfactor = 70)`);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS berichten_tempo`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS berichten_tempo ON berichten (deelnemer_id, verzonden_op)
      WHERE kanaal IN ('email', 'sms') AND verzonden_op IS NOT NULL`);
    await q.query(`ALTER TABLE berichten RESET (fillfactor)`);
  }
}
