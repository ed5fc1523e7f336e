/**
 * One SQL shape for every figure: the rows of one gemeente in a period, filtered by area and category,
 * grouped by the requested dimension and split by a column. Parameters are fixed so every query takes the
 * same list: $1 gemeente id, $2 first day, $3 last day (Amsterdam days, inclusive), $4 wijk, $5 stadsdeel,
 * $6 categorie (null: no filter). Unnamed statements are planned with their values, so the `IS NULL`
 * branches fold away and the range scans use the monitoring indexes.
 */
import { TIJDZONE } from '@app/domain';
import type { Filters, Groepering, Periode } from './verzoek';

/** Start of the first day and of the day after the last, as instants. */
export const T_VAN = `($2::date::timestamp AT TIME ZONE '${TIJDZONE}')`;
export const T_TOT = `(($3::date + 1)::timestamp AT TIME ZONE '${TIJDZONE}')`;
export const inPeriode = (kolom: string): string => `${kolom} >= ${T_VAN} AND ${kolom} < ${T_TOT}`;
export const dagInPeriode = (kolom: string): string => `${kolom} BETWEEN $2::date AND $3::date`;
/** Amsterdam wall-clock time of an instant (for days and months). */
export const lokaal = (kolom: string): string => `(${kolom} AT TIME ZONE '${TIJDZONE}')`;

export interface Bron {
  /** FROM clause; the counted rows are aliased `x` and have `gemeente_id` and `wijk_code`. */
  readonly van: string;
  /** Condition tying a row to the period (use `inPeriode`/`dagInPeriode`), plus any other condition. */
  readonly waar: string;
  /** Date or local timestamp whose month groups by `maand`; absent: this figure has no month. */
  readonly maand?: string;
  /** Whether `x.categorie` exists (requests, matches); people and signaleringen have no category. */
  readonly categorie: boolean;
  /** Expression splitting the figure into columns; default a single column `aantal`. */
  readonly kolom?: string;
}

export const ENKELE_KOLOM = 'aantal';

/** The grouping a figure can honour: a request for a dimension it lacks falls back to `none`. */
export function effectieveGroepering(bron: Bron, groepeer: Groepering): Groepering {
  if (groepeer === 'categorie' && !bron.categorie) return 'none';
  if (groepeer === 'maand' && !bron.maand) return 'none';
  return groepeer;
}

function groepExpr(bron: Bron, groepering: Groepering): string {
  switch (groepering) {
    case 'none':
      return `'totaal'`;
    case 'wijk':
      return `COALESCE(x.wijk_code, 'onbekend')`;
    case 'stadsdeel':
      return `COALESCE(w.stadsdeel, 'onbekend')`;
    case 'categorie':
      return 'x.categorie';
    case 'maand':
      return `to_char(${bron.maand}, 'YYYY-MM')`;
  }
}

/**
 * `SELECT groep, kolom, <aggregates>` for a figure. A figure that has no category is not asked with a
 * category filter (the caller leaves it out), so `categorie` is only filtered where it exists.
 */
export function telSql(bron: Bron, groepering: Groepering, aggregaten: Record<string, string> = { n: 'count(*)::int' }): string {
  const velden = Object.entries(aggregaten)
    .map(([naam, expr]) => `${expr} AS "${naam}"`)
    .join(', ');
  return `SELECT ${groepExpr(bron, groepering)} AS groep, ${bron.kolom ?? `'${ENKELE_KOLOM}'`} AS kolom, ${velden}
    FROM ${bron.van} LEFT JOIN wijken w ON w.code = x.wijk_code
    WHERE x.gemeente_id = $1 AND ${bron.waar}
      AND ($4::text IS NULL OR x.wijk_code = $4::text) AND ($5::text IS NULL OR w.stadsdeel = $5::text)
      AND ${bron.categorie ? `($6::text IS NULL OR x.categorie = $6::text)` : `$6::text IS NULL`}
    GROUP BY 1, 2`;
}

export const telParams = (gemeenteId: string, p: Periode, f: Filters): (string | null)[] => [
  gemeenteId,
  p.van,
  p.tot,
  f.wijk ?? null,
  f.stadsdeel ?? null,
  f.categorie ?? null,
];
