import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wijkservice (issue 8): the participant's intake and agreement, group tasks with sign-up and attendance,
 * paid-work marks on single requests, verdringing overrides, disputes about hours and the recorded fees.
 */
export class Wijkservice1763900600000 implements MigrationInterface {
  name = 'Wijkservice1763900600000';

  async up(q: QueryRunner): Promise<void> {
    // One row per participant: what the klantmanager or makelaar agreed with them. `uitkering` is the benefit
    // status: shown only to the referring klantmanager, a beheerder and the person themselves.
    await q.query(`
      CREATE TABLE wijkservice_deelnemers (
        deelnemer_id uuid PRIMARY KEY REFERENCES deelnemers(id) ON DELETE CASCADE,
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        aanbod_id uuid REFERENCES aanbod(id),
        verwezen_door uuid REFERENCES accounts(id),
        modus text NOT NULL CHECK (modus IN ('vrijwillig', 'tegenprestatie')),
        uren_per_week numeric(4,1) NOT NULL CHECK (uren_per_week > 0 AND uren_per_week <= 40),
        startdatum date NOT NULL DEFAULT current_date,
        einddatum date,
        interesses text[] NOT NULL DEFAULT '{}',
        vaardigheden text[] NOT NULL DEFAULT '{}',
        voorkeurstaken text[] NOT NULL DEFAULT '{}',
        geen_fysiek_zwaar boolean NOT NULL DEFAULT false,
        gezondheid text,
        max_reisafstand_m int NOT NULL CHECK (max_reisafstand_m BETWEEN 100 AND 100000),
        vervoer text NOT NULL,
        uitkering text,
        status text NOT NULL DEFAULT 'actief' CHECK (status IN ('actief', 'gestopt')),
        uitstroom_datum date,
        uitstroom_reden text CHECK (uitstroom_reden IN ('werk', 'opleiding', 'zorg', 'anders')),
        uitstroom_toelichting text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (einddatum IS NULL OR einddatum >= startdatum)
      )`);
    await q.query(`CREATE INDEX wijkservice_deelnemers_gemeente ON wijkservice_deelnemers (gemeente_id, status)`);
    await q.query(`CREATE INDEX wijkservice_deelnemers_verwijzer ON wijkservice_deelnemers (verwezen_door)`);

    // A single request marked as normally-paid work (the category itself may be fine).
    await q.query(`
      CREATE TABLE betaald_werk_markeringen (
        hulpvraag_id uuid PRIMARY KEY REFERENCES hulpvragen(id) ON DELETE CASCADE,
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        reden text NOT NULL,
        gemarkeerd_door uuid REFERENCES accounts(id),
        at timestamptz NOT NULL DEFAULT now()
      )`);

    // A wijk onderhoudsploeg and the like: one date, one place, N spots, a coordinator.
    await q.query(`
      CREATE TABLE wijkservice_groepstaken (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        wijk_code text NOT NULL REFERENCES wijken(code),
        categorie text,
        titel text NOT NULL,
        omschrijving text NOT NULL DEFAULT '',
        plaats text NOT NULL,
        datum timestamptz NOT NULL,
        duur_minuten int NOT NULL CHECK (duur_minuten BETWEEN 15 AND 480),
        plekken int NOT NULL CHECK (plekken BETWEEN 1 AND 100),
        coordinator_id uuid NOT NULL REFERENCES accounts(id),
        betaald_werk boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland', 'afgerond', 'geannuleerd')),
        aangemaakt_door uuid REFERENCES accounts(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (gemeente_id, categorie) REFERENCES categorieen (gemeente_id, code)
      )`);
    await q.query(`CREATE INDEX wijkservice_groepstaken_wijk ON wijkservice_groepstaken (gemeente_id, wijk_code, datum)`);
    await q.query(`
      CREATE TABLE wijkservice_aanmeldingen (
        groepstaak_id uuid NOT NULL REFERENCES wijkservice_groepstaken(id) ON DELETE CASCADE,
        deelnemer_id uuid NOT NULL REFERENCES deelnemers(id) ON DELETE CASCADE,
        aangemeld_door uuid REFERENCES accounts(id),
        aangemeld_op timestamptz NOT NULL DEFAULT now(),
        aanwezig boolean,
        uren numeric(4,2),
        vastgelegd_door uuid REFERENCES accounts(id),
        vastgelegd_op timestamptz,
        PRIMARY KEY (groepstaak_id, deelnemer_id)
      )`);
    await q.query(`CREATE INDEX wijkservice_aanmeldingen_deelnemer ON wijkservice_aanmeldingen (deelnemer_id)`);

    // Every makelaar override of a verdringing rule, with its reason: reported to the gemeente in aggregate.
    await q.query(`
      CREATE TABLE wijkservice_overrides (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        regels text[] NOT NULL,
        reden text NOT NULL,
        match_id uuid REFERENCES matches(id) ON DELETE CASCADE,
        groepstaak_id uuid REFERENCES wijkservice_groepstaken(id) ON DELETE CASCADE,
        deelnemer_id uuid REFERENCES deelnemers(id) ON DELETE SET NULL,
        door uuid REFERENCES accounts(id),
        at timestamptz NOT NULL DEFAULT now(),
        CHECK (match_id IS NOT NULL OR groepstaak_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX wijkservice_overrides_gemeente ON wijkservice_overrides (gemeente_id, at)`);

    await q.query(`
      CREATE TABLE wijkservice_uren_geschillen (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        keer_id uuid NOT NULL REFERENCES match_keren(id) ON DELETE CASCADE,
        match_id uuid NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
        door text NOT NULL CHECK (door IN ('hulpvrager', 'helper')),
        uren_volgens numeric(4,2),
        toelichting text,
        taak_id uuid REFERENCES taken(id),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'opgelost')),
        opgelost_uren numeric(4,2),
        opgelost_door uuid REFERENCES accounts(id),
        opgelost_op timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX wijkservice_geschil_open ON wijkservice_uren_geschillen (keer_id) WHERE status = 'open'`);

    // The gemeente's fixed fee per task at the moment the task was confirmed (recorded only; nothing is paid here).
    await q.query(`
      CREATE TABLE wijkservice_vergoedingen (
        gemeente_id uuid NOT NULL REFERENCES gemeenten(id),
        deelnemer_id uuid NOT NULL REFERENCES deelnemers(id) ON DELETE CASCADE,
        bron text NOT NULL CHECK (bron IN ('keer', 'groepstaak')),
        bron_id uuid NOT NULL,
        datum date NOT NULL,
        bedrag_cent int NOT NULL CHECK (bedrag_cent >= 0),
        vastgelegd_op timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (bron, bron_id, deelnemer_id)
      )`);
    await q.query(`CREATE INDEX wijkservice_vergoedingen_deelnemer ON wijkservice_vergoedingen (deelnemer_id, datum)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'wijkservice_vergoedingen',
      'wijkservice_uren_geschillen',
      'wijkservice_overrides',
      'wijkservice_aanmeldingen',
      'wijkservice_groepstaken',
      'betaald_werk_markeringen',
      'wijkservice_deelnemers',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
