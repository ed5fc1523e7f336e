import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Hulpvragen, aanbod, their change history and idempotency keys (issue: Hulpvragen and aanbod…). */
export class Marktplaats1763900300000 implements MigrationInterface {
  name = 'Marktplaats1763900300000';

  async up(q: QueryRunner): Promise<void> {
    // short, readable reference numbers for notice-board tear-offs and phone calls (H-1042, A-77)
    await q.query(`CREATE SEQUENCE referentie_seq START 1000`);

    await q.query(`
      CREATE TABLE hulpvragen (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        referentie text NOT NULL DEFAULT 'H-' || nextval('referentie_seq'),
        deelnemer_id uuid NOT NULL REFERENCES deelnemers(id),
        ingevoerd_door uuid REFERENCES accounts(id),
        kanaal text NOT NULL,
        namens jsonb,
        categorie text NOT NULL,
        titel text NOT NULL,
        omschrijving text NOT NULL DEFAULT '',
        wijk_code text NOT NULL REFERENCES wijken(code),
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        venster_soort text NOT NULL CHECK (venster_soort IN ('eenmalig', 'flexibel', 'terugkerend')),
        venster_start timestamptz NOT NULL,
        venster_eind timestamptz,
        rrule text,
        duur_minuten int NOT NULL CHECK (duur_minuten BETWEEN 5 AND 1440),
        urgentie text NOT NULL DEFAULT 'normaal',
        eisen jsonb NOT NULL DEFAULT '{}'::jsonb,
        status text NOT NULL DEFAULT 'open',
        status_reden text,
        status_toelichting text,
        eerste_contact_op timestamptz,
        gematcht_op timestamptz,
        laatste_activiteit timestamptz NOT NULL DEFAULT now(),
        verloop_gemeld_op timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (gemeente_id, categorie) REFERENCES categorieen (gemeente_id, code)
      )`);
    await q.query(`CREATE UNIQUE INDEX hulpvragen_referentie ON hulpvragen (gemeente_id, referentie)`);
    // the prikbord: open requests of one wijk (or gemeente), newest first, keyset-paginated
    await q.query(`CREATE INDEX hulpvragen_prikbord ON hulpvragen (gemeente_id, wijk_code, created_at DESC, id DESC) WHERE status = 'open'`);
    await q.query(`CREATE INDEX hulpvragen_prikbord_gemeente ON hulpvragen (gemeente_id, created_at DESC, id DESC) WHERE status = 'open'`);
    await q.query(`CREATE INDEX hulpvragen_zoek ON hulpvragen USING gin ((titel || ' ' || omschrijving) gin_trgm_ops) WHERE status = 'open'`);
    await q.query(`CREATE INDEX hulpvragen_geo ON hulpvragen USING gist (ll_to_earth(lat, lon)) WHERE status = 'open'`);
    await q.query(`CREATE INDEX hulpvragen_deelnemer ON hulpvragen (deelnemer_id, created_at DESC)`);
    await q.query(`CREATE INDEX hulpvragen_verloop ON hulpvragen (laatste_activiteit) WHERE status = 'open'`);

    await q.query(`
      CREATE TABLE aanbod (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        referentie text NOT NULL DEFAULT 'A-' || nextval('referentie_seq'),
        deelnemer_id uuid NOT NULL REFERENCES deelnemers(id),
        ingevoerd_door uuid REFERENCES accounts(id),
        kanaal text NOT NULL,
        soort text NOT NULL DEFAULT 'vrijwilliger' CHECK (soort IN ('vrijwilliger', 'wijkservice')),
        categorieen text[] NOT NULL,
        vaardigheden text[] NOT NULL DEFAULT '{}',
        titel text NOT NULL,
        omschrijving text NOT NULL DEFAULT '',
        beschikbaarheid jsonb NOT NULL DEFAULT '[]'::jsonb,
        uitzonderingen jsonb NOT NULL DEFAULT '[]'::jsonb,
        max_afstand_m int NOT NULL CHECK (max_afstand_m BETWEEN 100 AND 100000),
        vervoer text NOT NULL,
        max_actieve_matches int NOT NULL DEFAULT 2 CHECK (max_actieve_matches BETWEEN 1 AND 50),
        max_uren_week numeric(5,1) NOT NULL DEFAULT 4 CHECK (max_uren_week > 0 AND max_uren_week <= 60),
        talen text[] NOT NULL DEFAULT '{nl}',
        voorkeur text NOT NULL DEFAULT 'beide',
        status text NOT NULL DEFAULT 'actief' CHECK (status IN ('actief', 'gepauzeerd', 'beeindigd')),
        wijk_code text NOT NULL REFERENCES wijken(code),
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX aanbod_referentie ON aanbod (gemeente_id, referentie)`);
    await q.query(`CREATE INDEX aanbod_prikbord ON aanbod (gemeente_id, wijk_code, created_at DESC, id DESC) WHERE status = 'actief'`);
    await q.query(`CREATE INDEX aanbod_prikbord_gemeente ON aanbod (gemeente_id, created_at DESC, id DESC) WHERE status = 'actief'`);
    await q.query(`CREATE INDEX aanbod_zoek ON aanbod USING gin ((titel || ' ' || omschrijving) gin_trgm_ops) WHERE status = 'actief'`);
    // candidate retrieval for matching: nearby active offers in a category
    await q.query(`CREATE INDEX aanbod_geo ON aanbod USING gist (ll_to_earth(lat, lon)) WHERE status = 'actief'`);
    await q.query(`CREATE INDEX aanbod_categorieen ON aanbod USING gin (categorieen) WHERE status = 'actief'`);
    await q.query(`CREATE INDEX aanbod_deelnemer ON aanbod (deelnemer_id)`);

    // who changed what, when and via which channel (hulpvragen, aanbod, later matches)
    await q.query(`
      CREATE TABLE wijzigingen (
        id bigserial PRIMARY KEY,
        gemeente_id uuid NOT NULL,
        object_type text NOT NULL,
        object_id uuid NOT NULL,
        account_id uuid,
        kanaal text NOT NULL,
        actie text NOT NULL,
        details jsonb,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX wijzigingen_object ON wijzigingen (object_id, at)`);

    await q.query(`
      CREATE TABLE idempotentie (
        scope text NOT NULL,
        sleutel text NOT NULL,
        status int NOT NULL,
        body jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, sleutel)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['idempotentie', 'wijzigingen', 'aanbod', 'hulpvragen']) await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP SEQUENCE referentie_seq`);
  }
}
