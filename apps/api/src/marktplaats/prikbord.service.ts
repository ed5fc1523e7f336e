import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { pgPool } from '@app/persistence';
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

export interface PrikbordFilters {
  gemeenteId: string;
  type?: 'hulpvraag' | 'aanbod';
  wijk?: string;
  categorie?: string;
  q?: string;
  /** `exact`: substring (ILIKE, cheap); `fuzzy`: trigram word similarity, only when exact finds nothing */
  zoek?: 'exact' | 'fuzzy';
  na?: [string, string];
  limit: number;
}

/**
 * How many of a gemeente's newest posts a search term is tested on before the trigram index is asked: a
 * substring test costs ~1 µs an entry, a word similarity (the fuzzy second try) ~30 µs.
 */
const WANDELING = { exact: 400, fuzzy: 150 } as const;

/**
 * The SQL for one combination of filters, with only the clauses that apply: a catch-all `$n IS NULL OR …` would
 * need a fresh plan per call to use the partial (gemeente, wijk, created_at, id) indexes. The statement is named
 * per combination, so PostgreSQL plans it once per connection. Each branch stops at LIMIT; the merge is tiny.
 */
export function prikbordQuery(f: PrikbordFilters): { name: string; text: string; values: unknown[] } {
  const values: unknown[] = [f.gemeenteId];
  const param = (v: unknown) => {
    values.push(v);
    return `$${values.length}`;
  };
  const wijk = f.wijk ? param(f.wijk) : undefined;
  const cat = f.categorie ? param(f.categorie) : undefined;
  const q = f.q ? param(f.q) : undefined;
  const na = f.na ? [param(f.na[0]), param(f.na[1])] : undefined;
  const limit = param(f.limit);
  const branch = (type: 'hulpvraag' | 'aanbod') => {
    const h = type === 'hulpvraag';
    const tabel = h ? 'hulpvragen' : 'aanbod';
    // the search term ($n in `q`), on alias `a`
    const term = (a: string) => {
      const tekst = `(${a}.titel || ' ' || ${a}.omschrijving)`;
      return f.zoek === 'fuzzy' ? `${q} <% ${tekst}` : `${tekst} ILIKE '%' || ${q} || '%'`;
    };
    // the filters, on alias `a`; `metTerm: false` leaves out the search term
    const where = (a: string, metTerm = true) => {
      const w = [`${a}.gemeente_id = $1`, `${a}.status = '${h ? 'open' : 'actief'}'`];
      if (wijk) w.push(`${a}.wijk_code = ${wijk}`);
      if (cat) w.push(h ? `${a}.categorie = ${cat}` : `${cat} = ANY(${a}.categorieen)`);
      if (q && metTerm) w.push(term(a));
      if (na) w.push(`(${a}.created_at, ${a}.id) < (${na[0]}::timestamptz, ${na[1]}::uuid)`);
      return w.join(' AND ');
    };
    const nieuwsteEerst = (a: string) => `ORDER BY ${a}.created_at DESC, ${a}.id DESC`;
    // with a search term, the page's ids first, then only those rows are read. In a wijk (and without a category)
    // the term is tested on the index entries (*_prikbord_zoek carries titel and omschrijving), newest first until
    // the page is full. Across a whole gemeente that walk is cheap for a common word and costs thousands of tests
    // for a rare one, where the (gemeente, trigram) index is the other way round: walk the newest WANDELING posts,
    // and only when they do not fill the page ask the trigram index (a one-time filter skips it otherwise). Both
    // give the exact newest matches: the walk's only when it is full.
    const ids = !q
      ? undefined
      : wijk
        ? `(SELECT s.id FROM ${tabel} s WHERE ${where('s')} ${nieuwsteEerst('s')} LIMIT ${limit})`
        : `(WITH wandeling AS (
             SELECT s.id, s.created_at FROM (SELECT v.id, v.created_at, v.titel, v.omschrijving FROM ${tabel} v WHERE ${where('v', false)}
                                             ${nieuwsteEerst('v')} LIMIT ${WANDELING[f.zoek ?? 'exact']}) s
              WHERE ${term('s')} ${nieuwsteEerst('s')} LIMIT ${limit})
           SELECT id FROM wandeling WHERE (SELECT count(*) FROM wandeling) = ${limit}
           UNION ALL
           -- ordered by a row value, which no btree offers: else the planner walks the whole gemeente (it cannot see
           -- that testing the term is expensive) instead of asking the trigram index and sorting its few matches
           (SELECT s.id FROM ${tabel} s WHERE ${where('s')} AND (SELECT count(*) FROM wandeling) < ${limit}
             ORDER BY (s.created_at, s.id) DESC LIMIT ${limit}))`;
    const bron = ids ? `${ids} p JOIN ${tabel} t ON t.id = p.id` : `${tabel} t`;
    const filter = q ? '' : `WHERE ${where('t')}`;
    return `(SELECT '${type}' AS type, t.id, t.referentie, t.titel, t.omschrijving, ${h ? 'ARRAY[t.categorie]' : 't.categorieen'} AS categorieen,
        t.wijk_code, w.naam AS wijk_naam, t.created_at, t.created_at::text AS sleutel,
        ${
          h
            ? 't.venster_soort, t.venster_start, t.venster_eind, t.rrule, NULL::jsonb AS beschikbaarheid'
            : 'NULL::text AS venster_soort, NULL::timestamptz AS venster_start, NULL::timestamptz AS venster_eind, NULL::text AS rrule, t.beschikbaarheid'
        }
      FROM ${bron} JOIN wijken w ON w.code = t.wijk_code ${filter}
     ${nieuwsteEerst('t')} LIMIT ${limit})`;
  };
  const text = f.type
    ? branch(f.type)
    : `SELECT * FROM (${branch('hulpvraag')} UNION ALL ${branch('aanbod')}) u ORDER BY created_at DESC, id DESC LIMIT ${limit}`;
  const name = `prikbord:${f.type ?? 'beide'}:${wijk ? 'w' : ''}${cat ? 'c' : ''}${q ? (f.zoek === 'fuzzy' ? 'f' : 'q') : ''}${na ? 'n' : ''}`;
  return { name, text, values };
}

/**
 * The public notice board: open requests and active offers of a wijk, without names or addresses.
 * Stable keyset cursors (created_at, id), so a new post never shifts a page.
 */
@Injectable()
export class PrikbordService {
  private readonly pool: Pool;

  constructor(ds: DataSource) {
    // the driver's pg pool: named (prepared) statements, which TypeORM's query() does not offer
    this.pool = pgPool(ds);
  }

  async lijst(gemeenteId: string, q: PrikbordQuery): Promise<{ items: PrikbordItem[]; volgende: string | null }> {
    const limit = q.limit ?? 20;
    const na = q.cursor ? decodeCursor<[string, string]>(q.cursor, 'cursor') : undefined;
    const filters: PrikbordFilters = { gemeenteId, type: q.type, wijk: q.wijk, categorie: q.categorie, q: q.q?.trim() || undefined, na, limit: limit + 1 };
    let raw = (await this.pool.query<Row>(prikbordQuery(filters))).rows;
    // a typo ("boodschapen") finds nothing by substring: only then pay for trigram similarity
    if (filters.q && !raw.length && !na) raw = (await this.pool.query<Row>(prikbordQuery({ ...filters, zoek: 'fuzzy' }))).rows;
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
