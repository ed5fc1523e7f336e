import type { Client } from 'pg';

/** Residents who prefer SMS (mobile numbers), each with one open request: the events' recipients. */
export async function zaai(db: Client, n: number): Promise<string[]> {
  const [{ gid, wijk, lat, lon }] = (
    await db.query(`SELECT g.id AS gid, w.code AS wijk, w.lat, w.lon FROM gemeenten g JOIN wijken w ON w.gemeente_id = g.id ORDER BY g.code, w.code LIMIT 1`)
  ).rows;
  await db.query(
    `INSERT INTO deelnemers (gemeente_id, rollen, voornaam, telefoon, contact_voorkeur, wijk_code, lat, lon)
     SELECT $1, '{bewoner}', 'Bewoner ' || i, '06' || lpad(i::text, 8, '0'), 'sms', $2, $3, $4 FROM generate_series(1, $5) i`,
    [gid, wijk, lat, lon, n],
  );
  const { rows } = await db.query(
    `INSERT INTO hulpvragen (gemeente_id, referentie, deelnemer_id, kanaal, categorie, titel, omschrijving, wijk_code, lat, lon, venster_soort, venster_start, venster_eind, duur_minuten)
     SELECT d.gemeente_id, 'B-' || row_number() OVER (), d.id, 'web', 'boodschappen', 'Boodschappen doen', 'bench', d.wijk_code, d.lat, d.lon, 'eenmalig',
            now() + interval '2 days', now() + interval '2 days 2 hours', 60
       FROM deelnemers d WHERE d.voornaam LIKE 'Bewoner %' RETURNING id`,
  );
  return rows.map((r: { id: string }) => r.id);
}
