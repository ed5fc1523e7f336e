import type { EntityManager } from 'typeorm';

/**
 * Erasure (AVG art. 17) that keeps anonymous counts intact: the row stays with its wijk, roles and dates,
 * every field that identifies the person goes, consents are withdrawn, logins end. Idempotent.
 * Tables added later register their own clean-up in PSEUDONIMISERING_STAPPEN.
 */
export const PSEUDONIMISERING_STAPPEN: string[] = [
  `UPDATE deelnemers d SET voornaam = NULL, achternaam = NULL, telefoon = NULL, email = NULL, straat = NULL, huisnummer = NULL,
          postcode = left(postcode, 4), geboortedatum = NULL, notities = NULL,
          lat = COALESCE((SELECT w.lat FROM wijken w WHERE w.code = d.wijk_code), lat),
          lon = COALESCE((SELECT w.lon FROM wijken w WHERE w.code = d.wijk_code), lon), locatie_bron = 'wijk',
          uitstroom_datum = COALESCE(uitstroom_datum, current_date), uitstroom_reden = COALESCE(uitstroom_reden, $2),
          gepseudonimiseerd_op = COALESCE(gepseudonimiseerd_op, now()), updated_at = now()
    WHERE id = $1`,
  `UPDATE toestemmingen SET ingetrokken_op = now(), ingetrokken_via = 'verwijdering' WHERE deelnemer_id = $1 AND ingetrokken_op IS NULL`,
  `UPDATE gemachtigden SET beeindigd_op = now(), naam = 'verwijderd', telefoon = NULL WHERE deelnemer_id = $1`,
  `UPDATE refresh_tokens SET ingetrokken_op = now() WHERE ingetrokken_op IS NULL AND account_id IN (SELECT id FROM accounts WHERE deelnemer_id = $1)`,
  `UPDATE hulpvragen SET titel = '[verwijderd]', omschrijving = '', namens = NULL,
          status = CASE WHEN status IN ('concept', 'open') THEN 'ingetrokken' ELSE status END,
          status_reden = CASE WHEN status IN ('concept', 'open') THEN 'anders' ELSE status_reden END, updated_at = now()
    WHERE deelnemer_id = $1`,
  `UPDATE aanbod SET titel = '[verwijderd]', omschrijving = '', status = 'beeindigd', updated_at = now() WHERE deelnemer_id = $1`,
  `UPDATE accounts SET actief = false, email = 'verwijderd-' || id || '@invalid', naam = NULL, token_versie = token_versie + 1,
          wachtwoord_hash = '!' WHERE deelnemer_id = $1`,
];

export async function pseudonimiseer(m: EntityManager, deelnemerId: string, reden: string): Promise<void> {
  for (const sql of PSEUDONIMISERING_STAPPEN) {
    await m.query(sql, sql.includes('$2') ? [deelnemerId, reden] : [deelnemerId]);
  }
}
