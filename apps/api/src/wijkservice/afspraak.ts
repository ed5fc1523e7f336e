import type { EntityManager } from 'typeorm';
import { Problem } from '@app/common';

/** The agreement as the hour checks need it. */
export interface Afspraak {
  deelnemer_id: string;
  gemeente_id: string;
  uren_per_week: string;
  startdatum: Date | string;
  einddatum: Date | string | null;
  status: 'actief' | 'gestopt';
}

const dag = (d: Date | string): string => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const amsterdamDag = (d: Date): string => d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

export const bovenAfspraak = (message: string) => new Problem(422, 'boven-afspraak', `uren: ${message}`, { errors: [{ field: 'uren', message }] });

/** Hours already counted in the participant's week (Monday to Sunday, Dutch time), leaving out the item being changed. */
export async function urenInWeek(m: EntityManager, deelnemerId: string, moment: Date, zonder: { keerId?: string; groepstaakId?: string }): Promise<number> {
  const [r] = await m.query(
    `WITH week AS (SELECT date_trunc('week', $2::timestamptz AT TIME ZONE 'Europe/Amsterdam') AS begin)
     SELECT COALESCE((SELECT sum(k.uren) FROM match_keren k JOIN matches mt ON mt.id = k.match_id JOIN aanbod a ON a.id = mt.aanbod_id
                       WHERE mt.helper_id = $1 AND a.soort = 'wijkservice' AND k.status = 'gedaan' AND k.id IS DISTINCT FROM $3::uuid
                         AND date_trunc('week', k.datum AT TIME ZONE 'Europe/Amsterdam') = (SELECT begin FROM week)), 0)
          + COALESCE((SELECT sum(COALESCE(am.uren, g.duur_minuten / 60.0)) FROM wijkservice_aanmeldingen am JOIN wijkservice_groepstaken g ON g.id = am.groepstaak_id
                       WHERE am.deelnemer_id = $1 AND g.status <> 'geannuleerd' AND am.aanwezig IS DISTINCT FROM false AND g.id IS DISTINCT FROM $4::uuid
                         AND date_trunc('week', g.datum AT TIME ZONE 'Europe/Amsterdam') = (SELECT begin FROM week)), 0) AS uren`,
    [deelnemerId, moment, zonder.keerId ?? null, zonder.groepstaakId ?? null],
  );
  return Number(r.uren);
}

/**
 * The agreement caps everything: no work outside its dates or after the participant stopped, and never more hours
 * in a week than agreed (individual help and group tasks together). Violations are 422 `boven-afspraak`.
 */
export async function toetsAfspraak(
  m: EntityManager,
  a: Afspraak,
  moment: Date,
  uren: number,
  zonder: { keerId?: string; groepstaakId?: string },
): Promise<void> {
  if (a.status !== 'actief') throw bovenAfspraak('de Wijkservice-afspraak van deze deelnemer is beëindigd');
  const d = amsterdamDag(moment);
  if (d < dag(a.startdatum) || (a.einddatum && d > dag(a.einddatum))) throw bovenAfspraak(`${d} valt buiten de looptijd van de Wijkservice-afspraak`);
  const al = await urenInWeek(m, a.deelnemer_id, moment, zonder);
  const max = Number(a.uren_per_week);
  if (al + uren > max + 1e-9)
    throw bovenAfspraak(`afgesproken is hoogstens ${max} uur per week; deze week staat al ${al} uur, met deze ${uren} uur wordt het ${al + uren}`);
}

/** The agreement behind a match, when its helper offered through Wijkservice. */
export async function afspraakVanAanbod(m: EntityManager, aanbodId: string): Promise<Afspraak | undefined> {
  const [a] = await m.query(
    `SELECT w.* FROM aanbod a JOIN wijkservice_deelnemers w ON w.deelnemer_id = a.deelnemer_id WHERE a.id = $1 AND a.soort = 'wijkservice'`,
    [aanbodId],
  );
  return a;
}

export async function afspraakVanDeelnemer(m: EntityManager, deelnemerId: string): Promise<Afspraak | undefined> {
  const [a] = await m.query(`SELECT * FROM wijkservice_deelnemers WHERE deelnemer_id = $1`, [deelnemerId]);
  return a;
}
