import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tenancy, areas, categories, locations, people, accounts, consent, audit and complaints (issue: Deelnemers…). */
export class DeelnemersEnGebieden1763900100000 implements MigrationInterface {
  name = 'DeelnemersEnGebieden1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE gemeenten (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^GM[0-9]{4}$'),
        naam text NOT NULL,
        telefoon text,
        instellingen jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Reference areas (CBS). Codes are national, so they are unique across tenants; gemeente_id scopes lists.
    await q.query(`
      CREATE TABLE wijken (
        code text PRIMARY KEY,
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        naam text NOT NULL,
        stadsdeel text NOT NULL,
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        inwoners int,
        geometrie jsonb
      )`);
    await q.query(`CREATE INDEX wijken_gemeente ON wijken (gemeente_id, naam)`);
    await q.query(`
      CREATE TABLE buurten (
        code text PRIMARY KEY,
        wijk_code text NOT NULL REFERENCES wijken(code),
        naam text NOT NULL,
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        geometrie jsonb
      )`);
    await q.query(`CREATE INDEX buurten_wijk ON buurten (wijk_code)`);
    await q.query(`
      CREATE TABLE postcodegebieden (
        pc4 char(4) PRIMARY KEY,
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        wijk_code text NOT NULL REFERENCES wijken(code),
        buurt_code text REFERENCES buurten(code),
        lat double precision NOT NULL,
        lon double precision NOT NULL,
        plaats text
      )`);
    await q.query(`
      CREATE TABLE werkgebieden (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        naam text NOT NULL,
        telefoon text,
        wijk_codes text[] NOT NULL,
        UNIQUE (gemeente_id, naam)
      )`);
    await q.query(`CREATE INDEX werkgebieden_wijken ON werkgebieden USING gin (wijk_codes)`);

    await q.query(`
      CREATE TABLE categorieen (
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9-]{1,40}$'),
        naam text NOT NULL,
        pictogram text NOT NULL,
        vog_vereist boolean NOT NULL DEFAULT false,
        wijkservice_open boolean NOT NULL DEFAULT false,
        betaald_werk boolean NOT NULL DEFAULT false,
        volgorde int NOT NULL DEFAULT 0,
        actief boolean NOT NULL DEFAULT true,
        PRIMARY KEY (gemeente_id, code)
      )`);

    await q.query(`
      CREATE TABLE locaties (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        naam text NOT NULL,
        adres text NOT NULL,
        telefoon text,
        email text,
        wijk_codes text[] NOT NULL DEFAULT '{}',
        spreekuren jsonb NOT NULL DEFAULT '[]'::jsonb,
        bijgewerkt_op timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX locaties_gemeente ON locaties (gemeente_id)`);

    // A person. Exact address and phone are shown to a helper only after a match is accepted.
    await q.query(`
      CREATE TABLE deelnemers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        rollen text[] NOT NULL DEFAULT '{}',
        voornaam text,
        achternaam text,
        telefoon text,
        email text,
        straat text,
        huisnummer text,
        postcode text,
        wijk_code text REFERENCES wijken(code),
        buurt_code text REFERENCES buurten(code),
        lat double precision,
        lon double precision,
        locatie_bron text NOT NULL DEFAULT 'pc4',
        geboortedatum date,
        talen text[] NOT NULL DEFAULT '{nl}',
        mobiliteit text[] NOT NULL DEFAULT '{}',
        contact_voorkeur text NOT NULL DEFAULT 'telefoon',
        vog_status text NOT NULL DEFAULT 'geen',
        vog_datum date,
        offline boolean NOT NULL DEFAULT false,
        notities text,
        instroom_datum date NOT NULL DEFAULT current_date,
        instroom_reden text,
        levensdomein text,
        uitstroom_datum date,
        uitstroom_reden text,
        aangemaakt_door uuid,
        gepseudonimiseerd_op timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX deelnemers_gemeente_wijk ON deelnemers (gemeente_id, wijk_code)`);
    await q.query(`CREATE UNIQUE INDEX deelnemers_email ON deelnemers (gemeente_id, lower(email)) WHERE email IS NOT NULL`);

    await q.query(`
      CREATE TABLE accounts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        email text NOT NULL,
        wachtwoord_hash text NOT NULL,
        rollen text[] NOT NULL,
        deelnemer_id uuid REFERENCES deelnemers(id),
        naam text,
        mislukte_pogingen int NOT NULL DEFAULT 0,
        geblokkeerd_tot timestamptz,
        token_versie int NOT NULL DEFAULT 0,
        actief boolean NOT NULL DEFAULT true,
        laatst_ingelogd timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX accounts_email ON accounts (lower(email))`);
    await q.query(`CREATE INDEX accounts_deelnemer ON accounts (deelnemer_id)`);
    await q.query(`
      CREATE TABLE account_werkgebieden (
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        werkgebied_id uuid NOT NULL REFERENCES werkgebieden(id) ON DELETE CASCADE,
        PRIMARY KEY (account_id, werkgebied_id)
      )`);
    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        familie uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        verloopt_op timestamptz NOT NULL,
        gebruikt_op timestamptz,
        ingetrokken_op timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_tokens_familie ON refresh_tokens (familie)`);
    await q.query(`
      CREATE TABLE wachtwoord_herstel (
        token_hash text PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        verloopt_op timestamptz NOT NULL,
        gebruikt_op timestamptz
      )`);

    // Consent per purpose and per third party; withdrawal keeps the record (who, when, channel).
    await q.query(`
      CREATE TABLE toestemmingen (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        deelnemer_id uuid NOT NULL REFERENCES deelnemers(id) ON DELETE CASCADE,
        doel text NOT NULL,
        derde text,
        gegeven_op timestamptz NOT NULL DEFAULT now(),
        gegeven_via text NOT NULL,
        vastgelegd_door uuid,
        ingetrokken_op timestamptz,
        ingetrokken_via text,
        ingetrokken_door uuid
      )`);
    await q.query(`CREATE INDEX toestemmingen_deelnemer ON toestemmingen (deelnemer_id, doel)`);
    await q.query(`
      CREATE TABLE gemachtigden (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        deelnemer_id uuid NOT NULL REFERENCES deelnemers(id) ON DELETE CASCADE,
        account_id uuid REFERENCES accounts(id),
        naam text NOT NULL,
        relatie text NOT NULL,
        telefoon text,
        toestemming_id uuid REFERENCES toestemmingen(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        beeindigd_op timestamptz
      )`);
    await q.query(`CREATE INDEX gemachtigden_account ON gemachtigden (account_id) WHERE beeindigd_op IS NULL`);

    // Every staff read and change of personal data. Append-only by convention and by privilege in production.
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        gemeente_id uuid NOT NULL,
        account_id uuid,
        rollen text[] NOT NULL DEFAULT '{}',
        actie text NOT NULL,
        object_type text NOT NULL,
        object_id text,
        deelnemer_id uuid,
        request_id text,
        details jsonb,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX audit_log_gemeente_at ON audit_log (gemeente_id, at DESC)`);
    await q.query(`CREATE INDEX audit_log_deelnemer ON audit_log (deelnemer_id, at DESC)`);

    await q.query(`
      CREATE TABLE klachten (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        nummer int NOT NULL,
        ontvangen_op date NOT NULL DEFAULT current_date,
        aard text NOT NULL,
        omschrijving text NOT NULL,
        deelnemer_id uuid REFERENCES deelnemers(id) ON DELETE SET NULL,
        behandeling text,
        opvolging text,
        lessen text,
        status text NOT NULL DEFAULT 'ontvangen',
        afgehandeld_op date,
        geregistreerd_door uuid,
        UNIQUE (gemeente_id, nummer)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'klachten',
      'audit_log',
      'gemachtigden',
      'toestemmingen',
      'wachtwoord_herstel',
      'refresh_tokens',
      'account_werkgebieden',
      'accounts',
      'deelnemers',
      'locaties',
      'categorieen',
      'werkgebieden',
      'postcodegebieden',
      'buurten',
      'wijken',
      'gemeenten',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
