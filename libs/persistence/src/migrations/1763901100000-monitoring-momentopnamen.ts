import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kerncijfers of closed standard periods (months, quarters, years), computed nightly by
 * `monitoring.momentopnamen` (docs/monitoring.md, Performance). Holds only the suppressed output the gemeente
 * may see anyway, never a count below 5.
 */
export class MonitoringMomentopnamen1763901100000 implements MigrationInterface {
  name = 'MonitoringMomentopnamen1763901100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE monitoring_momentopnamen (
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id) ON DELETE CASCADE,
        van date NOT NULL,
        tot date NOT NULL,
        groepeer text NOT NULL,
        resultaat jsonb NOT NULL,
        berekend_op timestamptz NOT NULL,
        PRIMARY KEY (gemeente_id, van, tot, groepeer),
        CHECK (van <= tot)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE monitoring_momentopnamen`);
  }
}
