import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    // geo (earthdistance needs cube), fuzzy search, exclusion constraints on ranges
    await q.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    // Transactional outbox: a state change and the event that announces it commit together;
    // the worker's relay turns unrelayed rows into BullMQ jobs with jobId = event id.
    await q.query(`
      CREATE TABLE outbox_events (
        id bigserial PRIMARY KEY,
        type text NOT NULL,
        aggregate_id text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_events_unrelayed ON outbox_events (id) WHERE relayed_at IS NULL`);

    // A diagnostic round trip through api -> outbox -> queue -> worker, used by health checks and tests.
    await q.query(`
      CREATE TABLE systeem_pings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz,
        processed_by text,
        attempts int NOT NULL DEFAULT 0
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE systeem_pings`);
    await q.query(`DROP TABLE outbox_events`);
  }
}
