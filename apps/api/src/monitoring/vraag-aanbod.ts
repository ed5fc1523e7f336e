/**
 * Supply against demand per wijk and category: new requests in the period against offers that were active
 * at its end (offers keep no history, so "active" is today's status of offers made before the end).
 * Both are suppressed as wijk × category tables; the ratio is only shown where both cells are published.
 */
import type { DataSource } from 'typeorm';
import { isOnderdrukt, suppress, type Cel } from '@app/domain';
import { bronnen } from './bronnen';
import type { Referentie } from './referentie';
import { MIN_CEL, matrix, type Telrij } from './tabel';
import { T_TOT } from './telling-sql';
import type { KerncijfersVerzoek } from './verzoek';

export interface VraagEnAanbod {
  readonly wijken: { code: string; label: string }[];
  readonly categorieen: string[];
  readonly hulpvragen: Cel[][];
  readonly aanbod: Cel[][];
  /** Offers per request, 2 decimals; null where either cell is hidden or there was no request. */
  readonly verhouding: (number | null)[][];
}

const VRAAG_SQL = `SELECT x.wijk_code AS groep, x.categorie AS kolom, count(*)::int AS n FROM hulpvragen x LEFT JOIN wijken w ON w.code = x.wijk_code
  WHERE x.gemeente_id = $1 AND ${bronnen.hulpvragen.waar}
    AND ($4::text IS NULL OR x.wijk_code = $4::text) AND ($5::text IS NULL OR w.stadsdeel = $5::text) AND ($6::text IS NULL OR x.categorie = $6::text)
  GROUP BY 1, 2`;

const AANBOD_SQL = `SELECT x.wijk_code AS groep, c.categorie AS kolom, count(*)::int AS n
  FROM aanbod x CROSS JOIN LATERAL unnest(x.categorieen) c(categorie) LEFT JOIN wijken w ON w.code = x.wijk_code
  WHERE x.gemeente_id = $1 AND x.status = 'actief' AND x.created_at < ${T_TOT} AND $2::date IS NOT NULL
    AND ($4::text IS NULL OR x.wijk_code = $4::text) AND ($5::text IS NULL OR w.stadsdeel = $5::text) AND ($6::text IS NULL OR c.categorie = $6::text)
  GROUP BY 1, 2`;

export async function vraagEnAanbod(ds: DataSource, ref: Referentie, v: KerncijfersVerzoek, params: (string | null)[]): Promise<VraagEnAanbod> {
  const f = v.filters;
  const wijken = ref.wijken.filter((w) => (!f.wijk || w.code === f.wijk) && (!f.stadsdeel || w.stadsdeel === f.stadsdeel));
  const categorieen = ref.categorieen.map((c) => c.code).filter((c) => !f.categorie || c === f.categorie);
  const [vraag, aanbod] = (await Promise.all([ds.query(VRAAG_SQL, params), ds.query(AANBOD_SQL, params)])) as Telrij[][];
  const codes = wijken.map((w) => w.code);
  // offers may name a category the gemeente has since retired: outside this table
  const binnen = (rijen: Telrij[]) => rijen.filter((r) => codes.includes(r.groep) && categorieen.includes(r.kolom));
  const h = suppress(matrix(binnen(vraag), codes, categorieen), { min: MIN_CEL }).cellen;
  const a = suppress(matrix(binnen(aanbod), codes, categorieen), { min: MIN_CEL }).cellen;
  const ratio = (x: Cel, y: Cel): number | null => (isOnderdrukt(x) || isOnderdrukt(y) || y === 0 ? null : Math.round((x / y) * 100) / 100);
  return {
    wijken: wijken.map((w) => ({ code: w.code, label: w.naam })),
    categorieen,
    hulpvragen: h,
    aanbod: a,
    verhouding: a.map((rij, i) => rij.map((cel, j) => ratio(cel, h[i][j]))),
  };
}
