import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { inPeriode, leesPeriode } from './periode';
import { WijkserviceToegang } from './toegang';

export type UrenStand = 'bevestigd' | 'betwist' | 'open';
export interface Telling {
  bevestigd: number;
  betwist: number;
  open: number;
  totaal: number;
}

interface Regel {
  bron: 'keer' | 'groepstaak';
  id: string;
  titel: string;
  taak: string;
  uren: number;
  status: UrenStand;
  datum: string;
  maand: string;
  week: string;
  week_van: string;
}

/**
 * Every registered hour of the participant this year, newest first: occurrences of Wijkservice matches with hours
 * (confirmed by both sides, disputed while a dispute is open, otherwise open) and attended group tasks (confirmed by
 * the coordinator's attendance).
 */
const REGELS_SQL = `
  WITH r AS (
    SELECT 'keer'::text AS bron, k.id, k.datum AS moment, h.titel, COALESCE(c.naam, mt.categorie) AS taak, k.uren::float AS uren,
           CASE WHEN EXISTS (SELECT 1 FROM wijkservice_uren_geschillen g WHERE g.keer_id = k.id AND g.status = 'open') THEN 'betwist'
                WHEN k.bevestigd_bewoner AND k.bevestigd_helper THEN 'bevestigd' ELSE 'open' END AS status
      FROM match_keren k JOIN matches mt ON mt.id = k.match_id JOIN aanbod a ON a.id = mt.aanbod_id JOIN hulpvragen h ON h.id = mt.hulpvraag_id
      LEFT JOIN categorieen c ON c.gemeente_id = mt.gemeente_id AND c.code = mt.categorie
     WHERE mt.helper_id = $1 AND a.soort = 'wijkservice' AND k.status = 'gedaan' AND k.uren IS NOT NULL AND ${inPeriode('k.datum')}
    UNION ALL
    SELECT 'groepstaak', g.id, g.datum, g.titel, 'Groepstaak: ' || COALESCE(lower(c.naam), 'wijkonderhoud'), COALESCE(am.uren, g.duur_minuten / 60.0)::float, 'bevestigd'
      FROM wijkservice_aanmeldingen am JOIN wijkservice_groepstaken g ON g.id = am.groepstaak_id
      LEFT JOIN categorieen c ON c.gemeente_id = g.gemeente_id AND c.code = g.categorie
     WHERE am.deelnemer_id = $1 AND am.aanwezig AND ${inPeriode('g.datum')}
  )
  SELECT bron, id, titel, taak, uren, status,
         to_char(moment AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS datum,
         to_char(moment AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM') AS maand,
         to_char(moment AT TIME ZONE 'Europe/Amsterdam', 'IYYY-"W"IW') AS week,
         to_char(date_trunc('week', moment AT TIME ZONE 'Europe/Amsterdam'), 'YYYY-MM-DD') AS week_van
    FROM r ORDER BY moment DESC, id`;

const rond = (u: number) => Math.round(u * 100) / 100;
const leeg = (): Telling => ({ bevestigd: 0, betwist: 0, open: 0, totaal: 0 });
const plus = (t: Telling, r: Regel) => {
  t[r.status] = rond(t[r.status] + r.uren);
  t.totaal = rond(t.totaal + r.uren);
};
const dagErbij = (dag: string, n: number) => new Date(Date.parse(`${dag}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Sums per key in the order the keys first appear (the rows come newest first). */
function perSleutel<K extends string>(regels: Regel[], sleutel: (r: Regel) => K): Map<K, Telling> {
  const uit = new Map<K, Telling>();
  for (const r of regels) {
    const k = sleutel(r);
    let t = uit.get(k);
    if (!t) uit.set(k, (t = leeg()));
    plus(t, r);
  }
  return uit;
}

/** The participant's own hours: what "Mijn overzicht" shows, and what the makelaar or klantmanager sees of them. */
@Injectable()
export class UrenOverzichtService {
  constructor(
    private readonly ds: DataSource,
    private readonly toegang: WijkserviceToegang,
    private readonly audit: AuditService,
  ) {}

  async overzicht(p: Principal, deelnemerId: string, nu = new Date()) {
    const w = await this.toegang.laad(p, deelnemerId);
    const periode = leesPeriode({}, nu);
    const regels = ((await this.ds.query(REGELS_SQL, [deelnemerId, periode.van, periode.tot])) as Regel[]).map((r) => ({ ...r, uren: Number(r.uren) }));
    const [toestemming] = await this.ds.query(
      `SELECT 1 FROM toestemmingen WHERE deelnemer_id = $1 AND doel = 'wijkservice-verklaring' AND ingetrokken_op IS NULL`,
      [deelnemerId],
    );
    const zelf = p.deelnemerId === deelnemerId;
    // what was done, for the participant and the makelaar; the klantmanager sees kinds of tasks, like on the statement
    const metTitel = zelf || p.rollen.includes('makelaar') || p.rollen.includes('beheerder');
    await this.audit.record(p, 'lezen', 'wijkservice-uren', deelnemerId, deelnemerId);
    const maanden = perSleutel(regels, (r) => r.maand);
    return {
      deelnemerId,
      periode,
      afspraak: { modus: w.modus, urenPerWeek: Number(w.uren_per_week) },
      dezeMaand: maanden.get(periode.tot.slice(0, 7)) ?? leeg(),
      ditJaar: perSleutel(regels, () => 'jaar').get('jaar') ?? leeg(),
      perMaand: [...maanden].map(([maand, t]) => ({ maand, ...t })),
      perWeek: [...perSleutel(regels, (r) => r.week_van)].map(([van, t]) => ({
        week: regels.find((r) => r.week_van === van)!.week,
        van,
        tot: dagErbij(van, 6),
        ...t,
      })),
      taken: regels.map((r) => ({ soort: r.bron, id: r.id, datum: r.datum, titel: metTitel ? r.titel : null, taak: r.taak, uren: r.uren, status: r.status })),
      /** may the caller print the statement: always their own; staff only with the participant's consent */
      verklaring: zelf || !!toestemming,
    };
  }
}
