import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { suppressList, type Cel, type SuppressedList } from '@app/domain';
import type { Principal } from '../auth/principal';
import { MODI } from './instellingen';
import { inPeriode, type Periode } from './periode';
import { OVERRIDEBAAR } from './regels';
import { WIJKSERVICE_UITSTROOM } from './wijkservice.dto';

/** Smallest count published, as in the general monitoring; smaller counts read "<5". */
export const MIN_CEL = 5;

/** Confirmed hours per participant and kind of task in the period (individual help and group tasks). */
const UREN_SQL = `
  SELECT mt.helper_id AS deelnemer, COALESCE(c.naam, mt.categorie) AS soort, k.uren::float AS uren
    FROM match_keren k JOIN matches mt ON mt.id = k.match_id JOIN aanbod a ON a.id = mt.aanbod_id
    LEFT JOIN categorieen c ON c.gemeente_id = mt.gemeente_id AND c.code = mt.categorie
   WHERE mt.gemeente_id = $1 AND a.soort = 'wijkservice' AND k.status = 'gedaan' AND k.bevestigd_bewoner AND k.bevestigd_helper AND ${inPeriode('k.datum')}
  UNION ALL
  SELECT am.deelnemer_id, 'Groepstaak', am.uren::float
    FROM wijkservice_aanmeldingen am JOIN wijkservice_groepstaken g ON g.id = am.groepstaak_id
   WHERE g.gemeente_id = $1 AND am.aanwezig AND ${inPeriode('g.datum')}`;

interface Lijst {
  labels: string[];
  waarden: Cel[];
  totaal: Cel;
}

const lijst = (labels: readonly string[], tellingen: readonly number[]): Lijst => {
  const s: SuppressedList = suppressList(tellingen, { min: MIN_CEL });
  return { labels: [...labels], waarden: s.waarden, totaal: s.totaal };
};

/**
 * Wijkservice figures for the gemeente: aggregate only, every count suppressed with its complements; hours are
 * published only when at least MIN_CEL participants contributed to them.
 */
@Injectable()
export class WijkserviceMonitoringService {
  constructor(private readonly ds: DataSource) {}

  async cijfers(p: Principal, periode: Periode) {
    const args = [p.gemeenteId, periode.van, periode.tot];
    const uren: { deelnemer: string; soort: string; uren: number }[] = await this.ds.query(UREN_SQL, args);
    const actief: { modus: string; n: number }[] = await this.ds.query(
      `SELECT modus, count(*)::int AS n FROM wijkservice_deelnemers
        WHERE gemeente_id = $1 AND startdatum <= $3::date AND COALESCE(uitstroom_datum, einddatum, 'infinity'::date) >= $2::date GROUP BY modus`,
      args,
    );
    const uit: { reden: string; n: number }[] = await this.ds.query(
      `SELECT uitstroom_reden AS reden, count(*)::int AS n FROM wijkservice_deelnemers
        WHERE gemeente_id = $1 AND uitstroom_datum BETWEEN $2::date AND $3::date GROUP BY 1`,
      args,
    );
    const overrides: { regel: string; n: number }[] = await this.ds.query(
      `SELECT regel, count(*)::int AS n FROM wijkservice_overrides, unnest(regels) AS regel WHERE gemeente_id = $1 AND ${inPeriode('at')} GROUP BY 1`,
      args,
    );
    const soorten = [...new Set(uren.map((u) => u.soort))].sort();
    const regels = [...OVERRIDEBAAR];
    const deelnemersMetUren = new Set(uren.map((u) => u.deelnemer)).size;
    return {
      periode,
      minimaleCelwaarde: MIN_CEL,
      uren: deelnemersMetUren >= MIN_CEL ? Math.round(uren.reduce((s, u) => s + u.uren, 0) * 100) / 100 : `<${MIN_CEL} deelnemers`,
      actieveDeelnemers: lijst(
        MODI,
        MODI.map((m) => actief.find((a) => a.modus === m)?.n ?? 0),
      ),
      takenGedaan: lijst(
        soorten,
        soorten.map((s) => uren.filter((u) => u.soort === s).length),
      ),
      uitstroomredenen: lijst(
        WIJKSERVICE_UITSTROOM,
        WIJKSERVICE_UITSTROOM.map((r) => uit.find((u) => u.reden === r)?.n ?? 0),
      ),
      overrides: lijst(
        regels,
        regels.map((r) => overrides.find((o) => o.regel === r)?.n ?? 0),
      ),
    };
  }
}
