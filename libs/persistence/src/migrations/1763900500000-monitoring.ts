import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Covering indexes for gemeente monitoring (kerncijfers, daily export). Every figure is one range scan of
 * one gemeente's rows in a period, answered from the index alone (INCLUDE), so the figures stay exact and
 * live instead of lagging behind a summary table. See docs/monitoring.md for the measurements.
 */
export class Monitoring1763900500000 implements MigrationInterface {
  name = 'Monitoring1763900500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX monitoring_deelnemers_instroom ON deelnemers (gemeente_id, instroom_datum)
      INCLUDE (wijk_code, rollen, uitstroom_datum, instroom_reden, levensdomein)`);
    await q.query(`CREATE INDEX monitoring_deelnemers_uitstroom ON deelnemers (gemeente_id, uitstroom_datum)
      INCLUDE (wijk_code, uitstroom_reden) WHERE uitstroom_datum IS NOT NULL`);
    await q.query(`CREATE INDEX monitoring_hulpvragen ON hulpvragen (gemeente_id, created_at)
      INCLUDE (wijk_code, categorie, status, status_reden, eerste_contact_op, gematcht_op)`);
    await q.query(`CREATE INDEX monitoring_hulpvragen_contact ON hulpvragen (gemeente_id, eerste_contact_op)
      INCLUDE (wijk_code, categorie) WHERE eerste_contact_op IS NOT NULL`);
    await q.query(`CREATE INDEX monitoring_matches_gemaakt ON matches (gemeente_id, geaccepteerd_op)
      INCLUDE (wijk_code, categorie, gemaakt_via, status, niet_verschenen, helper_id, afgerond_op) WHERE geaccepteerd_op IS NOT NULL`);
    await q.query(`CREATE INDEX monitoring_matches_afgerond ON matches (gemeente_id, afgerond_op)
      INCLUDE (wijk_code, categorie) WHERE afgerond_op IS NOT NULL`);
    // volunteer utilisation: does this helper have a match in the period
    await q.query(`CREATE INDEX monitoring_matches_helper ON matches (helper_id, geaccepteerd_op) INCLUDE (status, afgerond_op)`);
    await q.query(`CREATE INDEX monitoring_signaleringen ON signaleringen (gemeente_id, created_at) INCLUDE (wijk_code, gesloten_op)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const i of [
      'monitoring_signaleringen',
      'monitoring_matches_helper',
      'monitoring_matches_afgerond',
      'monitoring_matches_gemaakt',
      'monitoring_hulpvragen_contact',
      'monitoring_hulpvragen',
      'monitoring_deelnemers_uitstroom',
      'monitoring_deelnemers_instroom',
    ]) {
      await q.query(`DROP INDEX ${i}`);
    }
  }
}
