import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Matches and their occurrences, blocked pairs, the makelaar's werkvoorraad, contactmomenten and signaleringen. */
export class MatchesEnTaken1763900400000 implements MigrationInterface {
  name = 'MatchesEnTaken1763900400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE matches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        hulpvraag_id uuid NOT NULL REFERENCES hulpvragen(id),
        aanbod_id uuid NOT NULL REFERENCES aanbod(id),
        helper_id uuid NOT NULL REFERENCES deelnemers(id),
        bewoner_id uuid NOT NULL REFERENCES deelnemers(id),
        wijk_code text NOT NULL,
        categorie text NOT NULL,
        gemaakt_via text NOT NULL CHECK (gemaakt_via IN ('zelf', 'makelaar', 'systeem')),
        gemaakt_door uuid REFERENCES accounts(id),
        status text NOT NULL DEFAULT 'voorgesteld',
        score numeric(6,4),
        redenen jsonb NOT NULL DEFAULT '[]'::jsonb,
        cascade_id uuid,
        cascade_positie int,
        aangeboden_op timestamptz,
        verloopt_op timestamptz,
        geaccepteerd_op timestamptz,
        bevestigd_op timestamptz,
        gestart_op timestamptz,
        afgerond_op timestamptz,
        geannuleerd_door text,
        annuleer_reden text,
        niet_verschenen text,
        uitkomst_bewoner text,
        uitkomst_helper text,
        feedback_bewoner text,
        feedback_helper text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // exactly one helper per request: the database refuses a second accepted match, whatever the race
    await q.query(`CREATE UNIQUE INDEX matches_een_helper ON matches (hulpvraag_id) WHERE status IN ('geaccepteerd', 'bevestigd', 'actief', 'afgerond')`);
    await q.query(`CREATE UNIQUE INDEX matches_paar_open ON matches (hulpvraag_id, aanbod_id) WHERE status IN ('voorgesteld', 'aangeboden')`);
    await q.query(`CREATE INDEX matches_helper_actief ON matches (helper_id) WHERE status IN ('geaccepteerd', 'bevestigd', 'actief')`);
    await q.query(`CREATE INDEX matches_aanbod ON matches (aanbod_id, status)`);
    await q.query(`CREATE INDEX matches_hulpvraag ON matches (hulpvraag_id, status)`);
    await q.query(`CREATE INDEX matches_bewoner ON matches (bewoner_id)`);
    await q.query(`CREATE INDEX matches_cascade ON matches (cascade_id, cascade_positie) WHERE cascade_id IS NOT NULL`);
    await q.query(`CREATE INDEX matches_monitoring ON matches (gemeente_id, geaccepteerd_op) WHERE geaccepteerd_op IS NOT NULL`);

    // repeated help is one match; each date is an occurrence
    await q.query(`
      CREATE TABLE match_keren (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_id uuid NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
        datum timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland', 'gedaan', 'overgeslagen')),
        uren numeric(4,2),
        bevestigd_bewoner boolean,
        bevestigd_helper boolean,
        UNIQUE (match_id, datum)
      )`);

    await q.query(`
      CREATE TABLE blokkades (
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        helper_id uuid NOT NULL REFERENCES deelnemers(id),
        bewoner_id uuid NOT NULL REFERENCES deelnemers(id),
        reden text NOT NULL CHECK (reden IN ('eerder_afgewezen', 'klacht', 'wens_bewoner')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (helper_id, bewoner_id)
      )`);

    await q.query(`
      CREATE TABLE taken (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        soort text NOT NULL,
        prioriteit text NOT NULL DEFAULT 'normaal',
        status text NOT NULL DEFAULT 'open',
        titel text NOT NULL,
        instructie text,
        wijk_code text,
        deelnemer_id uuid REFERENCES deelnemers(id),
        hulpvraag_id uuid REFERENCES hulpvragen(id),
        match_id uuid REFERENCES matches(id),
        signalering_id uuid,
        toegewezen_aan uuid REFERENCES accounts(id),
        vervalt_op timestamptz,
        uitgesteld_tot timestamptz,
        uitstel_reden text,
        uitkomst text,
        toelichting text,
        sleutel text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        afgerond_op timestamptz
      )`);
    await q.query(`CREATE INDEX taken_werkvoorraad ON taken (gemeente_id, wijk_code, status, vervalt_op)`);

    await q.query(`
      CREATE TABLE contactmomenten (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        deelnemer_id uuid REFERENCES deelnemers(id),
        hulpvraag_id uuid REFERENCES hulpvragen(id),
        match_id uuid REFERENCES matches(id),
        kanaal text NOT NULL,
        samenvatting text NOT NULL,
        opvolging_nodig boolean NOT NULL DEFAULT false,
        door uuid REFERENCES accounts(id),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX contactmomenten_deelnemer ON contactmomenten (deelnemer_id, at DESC)`);

    await q.query(`
      CREATE TABLE signaleringen (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        referentie text NOT NULL DEFAULT 'S-' || nextval('referentie_seq'),
        wijk_code text REFERENCES wijken(code),
        over jsonb NOT NULL DEFAULT '{}'::jsonb,
        zorg text NOT NULL,
        urgent boolean NOT NULL DEFAULT false,
        melder jsonb,
        status text NOT NULL DEFAULT 'ontvangen',
        partner text,
        grondslag text,
        toelichting text,
        ingevoerd_door uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        gesloten_op timestamptz
      )`);
    await q.query(`CREATE INDEX signaleringen_gemeente ON signaleringen (gemeente_id, status, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['signaleringen', 'contactmomenten', 'taken', 'blokkades', 'match_keren', 'matches']) await q.query(`DROP TABLE ${t}`);
  }
}
