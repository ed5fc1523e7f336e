import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor } from '../common/cursor';
import type { PrikbordQuery } from './marktplaats.dto';
import { beschikbaarheidTekst, wanneerTekst } from './venster';

export interface PrikbordItem {
  type: 'hulpvraag' | 'aanbod';
  id: string;
  referentie: string;
  titel: string;
  omschrijving: string;
  categorie: string;
  categorieen: string[];
  wijk: { code: string; naam: string };
  wanneer: string;
  geplaatstOp: string;
}

interface Row {
  type: 'hulpvraag' | 'aanbod';
  id: string;
  referentie: string;
  titel: string;
  omschrijving: string;
  categorieen: string[];
  wijk_code: string;
  wijk_naam: string;
  created_at: Date;
  /** created_at as text: full microsecond precision for the cursor */
  sleutel: string;
  venster_soort: string | null;
  venster_start: Date | null;
  venster_eind: Date | null;
  rrule: string | null;
  beschikbaarheid: { dag: number; van: string; tot: string }[] | null;
}

// Each branch uses its partial index (gemeente, wijk, created_at, id) and stops at LIMIT; the outer merge is tiny.
const branch = (type: 'hulpvraag' | 'aanbod') => {
  const h = type === 'hulpvraag';
  return `(SELECT '${type}' AS type, t.id, t.referentie, t.titel, t.omschrijving, ${h ? 'ARRAY[t.categorie]' : 't.categorieen'} AS categorieen,
      t.wijk_code, w.naam AS wijk_naam, t.created_at, t.created_at::text AS sleutel,
      ${
        h
          ? 't.venster_soort, t.venster_start, t.venster_eind, t.rrule, NULL::jsonb AS beschikbaarheid'
          : 'NULL::text AS venster_soort, NULL::timestamptz AS venster_start, NULL::timestamptz AS venster_eind, NULL::text AS rrule, t.beschikbaarheid'
      }
    FROM ${h ? 'hulpvragen' : 'aanbod'} t JOIN wijken w ON w.code = t.wijk_code
   WHERE t.gemeente_id = $1 AND t.status = '${h ? 'open' : 'actief'}'
     AND ($2::text IS NULL OR t.wijk_code = $2)
     AND ($3::text IS NULL OR ${h ? 't.categorie = $3' : '$3 = ANY(t.categorieen)'})
     AND ($4::text IS NULL OR (t.titel || ' ' || t.omschrijving) ILIKE '%' || $4 || '%' OR $4 <% (t.titel || ' ' || t.omschrijving))
     AND ($5::timestamptz IS NULL OR (t.created_at, t.id) < ($5, $6::uuid))
   ORDER BY t.created_at DESC, t.id DESC LIMIT $7)`;
};
export const PRIKBORD_SQL = {
  beide: `SELECT * FROM (${branch('hulpvraag')} UNION ALL ${branch('aanbod')}) u ORDER BY created_at DESC, id DESC LIMIT $7`,
  hulpvraag: branch('hulpvraag'),
  aanbod: branch('aanbod'),
};

/**
 * The public notice board: open requests and active offers of a wijk, without names or addresses.
 * Stable keyset cursors (created_at, id), so a new post never shifts a page.
 */
@Injectable()
export class PrikbordService {
  constructor(private readonly ds: DataSource) {}

  async lijst(gemeenteId: string, q: PrikbordQuery): Promise<{ items: PrikbordItem[]; volgende: string | null }> {
    const limit = q.limit ?? 20;
    const after = q.cursor ? decodeCursor<[string, string]>(q.cursor, 'cursor') : null;
    const raw: Row[] = await this.ds.query(PRIKBORD_SQL[q.type ?? 'beide'], [
      gemeenteId,
      q.wijk ?? null,
      q.categorie ?? null,
      q.q?.trim() || null,
      after?.[0] ?? null,
      after?.[1] ?? null,
      limit + 1,
    ]);
    const page = raw.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({
        type: r.type,
        id: r.id,
        referentie: r.referentie,
        titel: r.titel,
        omschrijving: r.omschrijving,
        categorie: r.categorieen[0],
        categorieen: r.categorieen,
        wijk: { code: r.wijk_code, naam: r.wijk_naam },
        wanneer:
          r.type === 'hulpvraag'
            ? wanneerTekst({ soort: r.venster_soort!, start: r.venster_start!, eind: r.venster_eind, rrule: r.rrule })
            : beschikbaarheidTekst(r.beschikbaarheid ?? []),
        geplaatstOp: r.created_at.toISOString(),
      })),
      volgende: raw.length > limit && last ? encodeCursor([last.sleutel, last.id]) : null,
    };
  }
}
