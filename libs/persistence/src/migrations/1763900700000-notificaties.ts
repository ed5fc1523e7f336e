import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications: the in-app inbox, one delivery record per message and channel (its unique `sleutel` is what
 * makes a retried job send nothing twice), the daily post batches for the makelaar, inbound SMS (unique per
 * provider id, so a replayed webhook acts once) and, outside production, the mails and SMS the local
 * stand-ins received.
 */
export class Notificaties1763900700000 implements MigrationInterface {
  name = 'Notificaties1763900700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notificaties (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        deelnemer_id uuid REFERENCES deelnemers(id) ON DELETE CASCADE,
        account_id uuid REFERENCES accounts(id) ON DELETE CASCADE,
        sjabloon text NOT NULL,
        titel text NOT NULL,
        tekst text NOT NULL,
        link text,
        sleutel text NOT NULL UNIQUE,
        gelezen_op timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (deelnemer_id IS NOT NULL OR account_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX notificaties_deelnemer ON notificaties (deelnemer_id, created_at DESC) WHERE deelnemer_id IS NOT NULL`);
    await q.query(`CREATE INDEX notificaties_account ON notificaties (account_id, created_at DESC) WHERE account_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE post_batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        datum date NOT NULL,
        aantal int NOT NULL,
        pdf bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX post_batches_gemeente ON post_batches (gemeente_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE berichten (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        deelnemer_id uuid REFERENCES deelnemers(id) ON DELETE SET NULL,
        account_id uuid REFERENCES accounts(id) ON DELETE SET NULL,
        event_id bigint,
        match_id uuid REFERENCES matches(id) ON DELETE SET NULL,
        sjabloon text NOT NULL,
        kanaal text NOT NULL CHECK (kanaal IN ('app', 'email', 'sms', 'telefoon', 'post')),
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'uitgesteld', 'sent', 'delivered', 'failed')),
        sleutel text NOT NULL UNIQUE,
        pogingen int NOT NULL DEFAULT 0,
        fout text,
        fallback_van text,
        extern_id text,
        uitgesteld_tot timestamptz,
        post_batch_id uuid REFERENCES post_batches(id),
        -- a letter's text and address until it is printed (then cleared: no copy of personal data is kept)
        inhoud jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        verzonden_op timestamptz,
        afgeleverd_op timestamptz
      )`);
    await q.query(`CREATE INDEX berichten_deelnemer ON berichten (deelnemer_id, created_at DESC)`);
    // per-person rate limit: messages on external channels in the last hour
    await q.query(`CREATE INDEX berichten_tempo ON berichten (deelnemer_id, verzonden_op) WHERE kanaal IN ('email', 'sms') AND verzonden_op IS NOT NULL`);
    await q.query(`CREATE INDEX berichten_post_open ON berichten (gemeente_id) WHERE kanaal = 'post' AND post_batch_id IS NULL`);

    await q.query(`
      CREATE TABLE sms_inkomend (
        provider_id text PRIMARY KEY,
        gemeente_id uuid REFERENCES gemeenten(id),
        deelnemer_id uuid REFERENCES deelnemers(id) ON DELETE SET NULL,
        match_id uuid REFERENCES matches(id) ON DELETE SET NULL,
        antwoord text NOT NULL,
        resultaat text NOT NULL,
        ontvangen_op timestamptz NOT NULL DEFAULT now()
      )`);

    // the local stand-ins (development and tests only); the dev page reads these
    await q.query(`
      CREATE TABLE dev_mails (
        id bigserial PRIMARY KEY,
        message_id text UNIQUE,
        van text,
        aan text[] NOT NULL,
        onderwerp text,
        tekst text,
        ontvangen_op timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE dev_sms (
        id bigserial PRIMARY KEY,
        referentie text NOT NULL UNIQUE,
        naar text NOT NULL,
        tekst text NOT NULL,
        verzonden_op timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['dev_sms', 'dev_mails', 'sms_inkomend', 'berichten', 'post_batches', 'notificaties']) await q.query(`DROP TABLE IF EXISTS ${t}`);
  }
}
