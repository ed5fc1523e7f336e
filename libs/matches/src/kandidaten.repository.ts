import { Injectable } from '@nestjs/common';
import { escapeLiteral } from 'pg';
import { DataSource } from 'typeorm';
import { AARDSTRAAL_METER, STANDAARD_GEWICHTEN, type Gewichten, type Hulpvraag, type Kandidaat, type MatchContext, type Tijdslot } from '@app/matching';
import { bolpuntSql, voorbereid } from '@app/persistence';
import type { HulpvraagRow } from './rows';

/** The furthest any helper is searched for, whatever their own maximum (a bounded, index-backed search). */
export const ZOEKSTRAAL_M = 25_000;
/**
 * The engine's haversine (`afstandMeter`) in SQL, from a row's (lat, lon) to a parameter point. Plain float
 * arithmetic costs ~0.3 µs a row where earthdistance's `earth_distance(ll_to_earth(…))` costs ~6 µs (its `earth`
 * domain checks run on every call): that was 5 ms of a suggestion. Same radius and formula as the engine, so a
 * prefilter bound of `max + 1` metre can never drop someone the engine accepts.
 */
export function afstandSql(lat: string, lon: string, refLat: string, refLon: string): string {
  return `(${2 * AARDSTRAAL_METER} * asin(least(1, sqrt(power(sin(radians(${lat} - ${refLat}) / 2), 2)
    + cos(radians(${refLat})) * cos(radians(${lat})) * power(sin(radians(${lon} - ${refLon}) / 2), 2)))))`;
}
/**
 * The index box around a parameter point that holds everything within `straal` metres by the engine's measure, on
 * the unit sphere of bolpuntSql: two points that far apart along the engine's sphere are at most 2·sin(d / 2R)
 * apart in a straight line, so in no coordinate further (+1 m, as the distance bound).
 */
export function zoekBoxSql(refLat: string, refLon: string, straal: string): string {
  return `cube_enlarge(${bolpuntSql(refLat, refLon)}, 2 * sin((${straal} + 1) / ${2 * AARDSTRAAL_METER}), 3)`;
}
const AFSTAND_A = afstandSql('a.lat', 'a.lon', '$2', '$3');
const AFSTAND_H = afstandSql('h.lat', 'h.lon', '$2', '$3');
const POSITIE_A = bolpuntSql('a.lat', 'a.lon');
/** The statuses of a running match: what counts against a helper's capacity (matches and hours). */
const LOPEND = `('geaccepteerd', 'bevestigd', 'actief')`;

/** At most this many candidates per request are scored, nearest first: a makelaar needs the best ten, and 250 keeps a suggestion within tens of milliseconds where a dense city has a thousand helpers in reach. */
export const MAX_KANDIDATEN = 250;

/** The offer and the person (VOG, mobility) as the engine reads them, from `aanbod a JOIN deelnemers d`. */
const BASIS_KOLOMMEN = `a.id, a.deelnemer_id, a.soort, a.categorieen, a.vaardigheden, a.lat, a.lon, a.max_afstand_m, a.vervoer, a.beschikbaarheid,
  a.uitzonderingen, a.max_actieve_matches, a.max_uren_week, a.talen, d.voornaam, d.vog_status, d.vog_datum::text AS vog_datum, d.mobiliteit`;
/** The same columns read back from a CTE (alias `a`) that already selected them. */
const BASIS_UIT_CTE = BASIS_KOLOMMEN.replace(/\bd\./g, 'a.');

/**
 * What comes on top per helper (alias `a` must have `deelnemer_id`; `st` is `stats`): active matches and hours,
 * recent matches (fairness), who they helped well (continuity), reliability, blocks, the Wijkservice agreement.
 */
const AFGELEIDE_KOLOMMEN = `
  COALESCE(st.actief, 0) AS actief,
  -- hours of the running matches: only for the helpers that have any (a visit to each request, for its duration)
  CASE WHEN st.actief > 0 THEN (SELECT sum(h.duur_minuten) FROM matches r JOIN hulpvragen h ON h.id = r.hulpvraag_id
                                 WHERE r.helper_id = a.deelnemer_id AND r.status IN ${LOPEND}) / 60.0
       ELSE 0 END AS uren,
  COALESCE(st.recent, 0) AS recent, COALESCE(st.no_shows, 0) AS no_shows,
  COALESCE(st.laat_geannuleerd, 0) AS laat_geannuleerd, COALESCE(st.afgerond, 0) AS afgerond, COALESCE(st.geholpen, '[]') AS geholpen,
  COALESCE((SELECT json_agg(json_build_object('bewonerId', b.bewoner_id, 'reden', b.reden)) FROM blokkades b WHERE b.helper_id = a.deelnemer_id), '[]') AS blokkades,
  (SELECT json_build_object('urenPerWeek', w.uren_per_week, 'lopend', w.status = 'actief' AND (w.einddatum IS NULL OR w.einddatum >= current_date),
                            'geenFysiekZwaarWerk', w.geen_fysiek_zwaar, 'maxReisafstandMeter', w.max_reisafstand_m)
     FROM wijkservice_deelnemers w WHERE w.deelnemer_id = a.deelnemer_id) AS wijkservice`;

/** Everything the engine needs about a helper, in one query over `aanbod a JOIN deelnemers d ... ${stats()}`. */
const KANDIDAAT_KOLOMMEN = `${BASIS_KOLOMMEN}, ${AFGELEIDE_KOLOMMEN}`;

/**
 * From the helper's matches alone (index-only on matches_helper_historie). The 90-day cutoff is a sub-select so
 * it is computed once per query: a prepared statement's generic plan cannot fold now(). `bewonerParam`: list only
 * the completed matches with that resident in `geholpen` (continuity only asks about the request's own resident);
 * without it, every resident they helped.
 */
const stats = (bewonerParam?: string) => `
  LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE m.status IN ${LOPEND})::int AS actief,
           count(*) FILTER (WHERE m.geaccepteerd_op > (SELECT now() - interval '90 days'))::int AS recent,
           count(*) FILTER (WHERE m.status = 'niet-verschenen' AND m.niet_verschenen = 'helper')::int AS no_shows,
           count(*) FILTER (WHERE m.status = 'geannuleerd' AND m.geannuleerd_door = 'helper')::int AS laat_geannuleerd,
           count(*) FILTER (WHERE m.status = 'afgerond')::int AS afgerond,
           json_agg(json_build_object('bewonerId', m.bewoner_id, 'positief', m.uitkomst_bewoner IS DISTINCT FROM 'negatief'))
             FILTER (WHERE m.status = 'afgerond'${bewonerParam ? ` AND m.bewoner_id = ${bewonerParam}` : ''}) AS geholpen
      FROM matches m
     WHERE m.helper_id = a.deelnemer_id) st ON true`;

export interface KandidaatRow {
  id: string;
  deelnemer_id: string;
  soort: 'vrijwilliger' | 'wijkservice';
  categorieen: string[];
  vaardigheden: string[];
  lat: number;
  lon: number;
  max_afstand_m: number;
  vervoer: Kandidaat['vervoer'];
  beschikbaarheid: Tijdslot[];
  uitzonderingen: { van: string; tot: string }[];
  max_actieve_matches: number;
  max_uren_week: string;
  talen: string[];
  voornaam: string | null;
  vog_status: string;
  /** YYYY-MM-DD (as text: node-pg would make a local-midnight Date of a `date`) */
  vog_datum: string | null;
  mobiliteit: string[];
  actief: number;
  uren: string | number;
  recent: number;
  no_shows: number;
  laat_geannuleerd: number;
  afgerond: number;
  /** Completed matches by resident; from voorHulpvraag only those with the request's own resident. */
  geholpen: { bewonerId: string; positief: boolean }[];
  blokkades: { bewonerId: string; reden: 'eerder_afgewezen' | 'klacht' | 'wens_bewoner' }[];
  /** The Wijkservice agreement (intake), null for volunteers and for a participant without one. */
  wijkservice: { urenPerWeek: number; lopend: boolean; geenFysiekZwaarWerk: boolean; maxReisafstandMeter: number } | null;
}

/**
 * The engine's view of a candidate row, built as one object: this runs 250 times per suggestion, and the spread
 * copies and per-slot copies it replaced were a tenth of ranking. `vog_datum` arrives as text (BASIS_KOLOMMEN).
 */
export function naarKandidaat(r: KandidaatRow): Kandidaat {
  const maxUren = Number(r.max_uren_week);
  const basis = {
    id: r.id,
    deelnemerId: r.deelnemer_id,
    categorieen: r.categorieen,
    vaardigheden: r.vaardigheden,
    locatie: { lat: r.lat, lon: r.lon },
    maxAfstandMeter: r.max_afstand_m,
    vervoer: r.vervoer,
    // as stored: the engine reads only dag, van and tot of each slot
    beschikbaarheid: r.beschikbaarheid,
    uitzonderingen: r.uitzonderingen,
    capaciteit: { maxActieveMatches: r.max_actieve_matches, actieveMatches: r.actief, maxUrenPerWeek: maxUren, urenDezeWeek: Number(r.uren) },
    // a VOG is valid for matching purposes for three years after its date
    vog: r.vog_status === 'geldig' ? { geldigTot: r.vog_datum ? addYears(r.vog_datum, 3) : undefined } : null,
    talen: r.talen,
    recenteMatches: r.recent,
    eerderGeholpen: r.geholpen,
    betrouwbaarheid: { noShows: r.no_shows, lateAnnuleringen: r.laat_geannuleerd, afgerond: r.afgerond },
    geblokkeerdeBewoners: r.blokkades,
  };
  if (r.soort !== 'wijkservice') return Object.assign(basis, { soort: 'vrijwilliger' as const });
  // The agreement's limits are hard: never further than agreed, never more hours a week than agreed. Without a
  // running agreement (none recorded, ended, or the participant stopped) nothing may be assigned: 0 hours left.
  const w = r.wijkservice;
  basis.maxAfstandMeter = Math.min(r.max_afstand_m, w?.maxReisafstandMeter ?? r.max_afstand_m);
  basis.capaciteit.maxUrenPerWeek = w?.lopend ? Math.min(maxUren, Number(w.urenPerWeek)) : 0;
  return Object.assign(basis, { soort: 'wijkservice' as const, grenzen: { geenFysiekZwaarWerk: w?.geenFysiekZwaarWerk ?? true } });
}

function addYears(d: string, n: number): string {
  return `${Number(d.slice(0, 4)) + n}${d.slice(4)}`;
}

export function naarHulpvraag(h: HulpvraagRow, bewonerTalen: string[]): Hulpvraag {
  const e = h.eisen as {
    vaardigheden?: string[];
    gewensteVaardigheden?: string[];
    vog?: boolean;
    talen?: string[];
    taalVereist?: boolean;
    fysiekZwaar?: boolean;
  };
  const iso = (d: Date) => d.toISOString();
  const venster: Hulpvraag['venster'] =
    h.venster_soort === 'terugkerend'
      ? { soort: 'terugkerend', rrule: h.rrule!, start: iso(h.venster_start) }
      : { soort: h.venster_soort, start: iso(h.venster_start), eind: iso(h.venster_eind ?? new Date(h.venster_start.getTime() + h.duur_minuten * 60_000)) };
  return {
    id: h.id,
    gemeenteId: h.gemeente_id,
    bewonerId: h.deelnemer_id,
    categorie: h.categorie,
    vereisteVaardigheden: e.vaardigheden ?? [],
    gewensteVaardigheden: e.gewensteVaardigheden ?? [],
    locatie: { lat: h.lat, lon: h.lon },
    venster,
    duurMinuten: h.duur_minuten,
    vogVereist: e.vog ?? false,
    talen: e.talen?.length ? e.talen : bewonerTalen,
    taalVereist: e.taalVereist ?? false,
    fysiekZwaar: e.fysiekZwaar ?? false,
    urgentie: h.urgentie === 'spoed' ? 'hoog' : (h.urgentie as Hulpvraag['urgentie']),
  };
}

@Injectable()
export class KandidatenRepository {
  constructor(private readonly ds: DataSource) {}

  /**
   * The SQL prefilter: active offers in the gemeente that offer the category, within their own maximum
   * distance, with capacity left. Everything finer (availability, VOG, Wijkservice rules) is the engine's.
   * Walks the category's GiST index nearest first within the 25 km box, and stops at MAX_KANDIDATEN; the
   * resident's earlier helpers (positive, completed) are added whatever their rank. `limiet`: only for
   * bench:kandidatenlimiet, which measures what the limit costs in quality.
   *
   * A named statement per category: planning this query cost 2–3 ms of every suggestion. The category is a
   * literal (escaped) because a generic plan with it as a parameter cannot use the category's partial index.
   */
  async voorHulpvraag(h: HulpvraagRow, limiet = MAX_KANDIDATEN): Promise<KandidaatRow[]> {
    const n = Math.trunc(limiet);
    // what both sources of candidates ask of an offer: active in the gemeente, its person not erased, the category
    // (@>, not = ANY: that matches the per-category partial indexes of migration 1763901200000), capacity left
    const beschikbaar = `a.gemeente_id = $1 AND a.status = 'actief' AND d.gepseudonimiseerd_op IS NULL
            AND a.categorieen @> ARRAY[${escapeLiteral(h.categorie)}::text]
            AND (SELECT count(*) FROM matches x WHERE x.helper_id = a.deelnemer_id AND x.status IN ${LOPEND}) < a.max_actieve_matches`;
    // the bounded set first (index-backed, with only a cheap capacity count), then the full per-helper
    // statistics for those few rows: computing them for every helper in reach cost most of a suggestion
    return voorbereid<KandidaatRow>(
      this.ds,
      `kandidaten:${n}:${h.categorie}`,
      `WITH dichtbij AS (
         SELECT ${BASIS_KOLOMMEN}, ${AFSTAND_A} AS afstand
           FROM aanbod a JOIN deelnemers d ON d.id = a.deelnemer_id
          WHERE ${beschikbaar}
            -- the box only serves the index (zoekBoxSql: a superset of the engine's circle)
            AND ${zoekBoxSql('$2', '$3', '$4')} @> ${POSITIE_A}
            -- 1 m over: float rounding between SQL and the engine; the engine makes the exact call
            AND ${AFSTAND_A} <= a.max_afstand_m + 1
          -- nearest first straight from the GiST index (KNN: the chord distance orders like the great-circle one),
          -- so the scan stops at the limit instead of reading every offer in the box. Offers at exactly the same
          -- distance (one PC4 centroid) that straddle the limit come in index order: adding ", a.id" makes
          -- PostgreSQL sort every offer in range (2x slower), so that tie stays unbroken.
          ORDER BY ${POSITIE_A} <-> ${bolpuntSql('$2', '$3')}
          LIMIT ${n}),
       -- continuity: a helper who already helped this resident well is always scored, however many are nearer
       eerder AS (
         SELECT ${BASIS_KOLOMMEN}, ${AFSTAND_A} AS afstand
           FROM aanbod a JOIN deelnemers d ON d.id = a.deelnemer_id
          WHERE a.deelnemer_id IN (SELECT m.helper_id FROM matches m
                                    WHERE m.bewoner_id = $5 AND m.status = 'afgerond' AND m.uitkomst_bewoner IS DISTINCT FROM 'negatief')
            AND ${beschikbaar}
            AND ${AFSTAND_A} <= LEAST(a.max_afstand_m + 1, $4)),
       -- the CTEs carry the columns: reading each candidate's offer and person again cost ~2 ms
       kandidaten AS (SELECT * FROM dichtbij UNION ALL SELECT * FROM eerder e WHERE e.id NOT IN (SELECT id FROM dichtbij))
       SELECT ${BASIS_UIT_CTE}, ${AFGELEIDE_KOLOMMEN}
         FROM kandidaten a ${stats('$5')}
        ORDER BY a.afstand, a.id`,
      [h.gemeente_id, h.lat, h.lon, ZOEKSTRAAL_M, h.deelnemer_id],
    );
  }

  /**
   * What a suggestion ranks: the request as the engine sees it (with the resident's languages), its candidates and
   * the gemeente's context. Three independent reads on their own pool connections: the candidates dominate, the
   * others ride along.
   */
  async voorSuggestie(h: HulpvraagRow): Promise<{ hulpvraag: Hulpvraag; kandidaten: KandidaatRow[]; context: MatchContext }> {
    const [[bewoner], kandidaten, context] = await Promise.all([
      this.ds.query(`SELECT talen FROM deelnemers WHERE id = $1`, [h.deelnemer_id]) as Promise<{ talen: string[] }[]>,
      this.voorHulpvraag(h),
      this.context(h.gemeente_id),
    ]);
    return { hulpvraag: naarHulpvraag(h, bewoner?.talen ?? ['nl']), kandidaten, context };
  }

  /** Every active offer of the gemeente, unfiltered: the reference the prefilter is tested against. */
  async alleVanGemeente(gemeenteId: string): Promise<KandidaatRow[]> {
    return this.ds.query(
      `SELECT ${KANDIDAAT_KOLOMMEN} FROM aanbod a JOIN deelnemers d ON d.id = a.deelnemer_id ${stats()} WHERE a.gemeente_id = $1 AND a.status = 'actief'`,
      [gemeenteId],
    );
  }

  async kandidaat(aanbodId: string, gemeenteId: string): Promise<KandidaatRow | undefined> {
    const [r] = await this.ds.query(
      `SELECT ${KANDIDAAT_KOLOMMEN} FROM aanbod a JOIN deelnemers d ON d.id = a.deelnemer_id ${stats()} WHERE a.id = $1 AND a.gemeente_id = $2`,
      [aanbodId, gemeenteId],
    );
    return r;
  }

  /** Open requests an offer could take: in its categories, within its maximum distance (reverse suggestions). */
  async hulpvragenVoorAanbod(k: KandidaatRow, gemeenteId: string): Promise<(HulpvraagRow & { bewoner_talen: string[] })[]> {
    return this.ds.query(
      `SELECT h.*, d.talen AS bewoner_talen FROM hulpvragen h JOIN deelnemers d ON d.id = h.deelnemer_id
        WHERE h.gemeente_id = $1 AND h.status = 'open'
          AND ${zoekBoxSql('$2', '$3', '$4')} @> ${bolpuntSql('h.lat', 'h.lon')}
          AND ${AFSTAND_H} <= $4 + 1
          AND h.categorie = ANY($5)
          AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.hulpvraag_id = h.id AND m.status IN ('geaccepteerd', 'bevestigd', 'actief', 'afgerond'))
        ORDER BY ${AFSTAND_H}, h.id
        LIMIT ${MAX_KANDIDATEN}`,
      [gemeenteId, k.lat, k.lon, k.max_afstand_m, k.categorieen],
    );
  }

  /** The per-gemeente matching context: weights, Wijkservice-open and paid-work categories. */
  async context(gemeenteId: string, nu = new Date()): Promise<MatchContext> {
    const [g] = await this.ds.query(`SELECT instellingen FROM gemeenten WHERE id = $1`, [gemeenteId]);
    const cats: { code: string; naam: string; wijkservice_open: boolean; betaald_werk: boolean }[] = await this.ds.query(
      `SELECT code, naam, wijkservice_open, betaald_werk FROM categorieen WHERE gemeente_id = $1`,
      [gemeenteId],
    );
    const inst = (g?.instellingen ?? {}) as { matchingGewichten?: Gewichten; gerelateerdeVaardigheden?: Record<string, string[]> };
    return {
      nu,
      gewichten: { ...STANDAARD_GEWICHTEN, ...(inst.matchingGewichten ?? {}) },
      wijkserviceCategorieen: cats.filter((c) => c.wijkservice_open && !c.betaald_werk).map((c) => c.code),
      betaaldWerkCategorieen: cats.filter((c) => c.betaald_werk).map((c) => c.code),
      gerelateerdeVaardigheden: inst.gerelateerdeVaardigheden ?? {},
      horizonDagen: 90,
      labels: Object.fromEntries(cats.map((c) => [c.code, c.naam.toLowerCase()])),
    };
  }
}
