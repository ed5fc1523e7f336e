/**
 * What each figure counts, as SQL fragments for `telSql`. Definitions (also in docs/monitoring.md):
 * events are dated by their own timestamp (a match by `geaccepteerd_op`, completion by `afgerond_op`);
 * outcomes without a timestamp of their own (unmet demand, no-shows, repeat help) follow the cohort of
 * the request or match made in the period. Repeated help is one match row, so counting rows counts it once.
 */
import { dagInPeriode, inPeriode, lokaal, T_TOT, T_VAN, type Bron } from './telling-sql';

export const ROLLEN = ['bewoner', 'vrijwilliger', 'wijkservice'] as const;
export const HELPER_ROLLEN = `ARRAY['vrijwilliger', 'wijkservice']`;
export const GEMAAKT_VIA = ['zelf', 'makelaar', 'systeem'] as const;
export const ONVERVULD = ['verlopen', 'ingetrokken', 'doorverwezen'] as const;

const metRol = `deelnemers x CROSS JOIN LATERAL unnest(x.rollen) r(rol)`;
const rolKolom = `r.rol`;
const rolFilter = `r.rol IN ('bewoner', 'vrijwilliger', 'wijkservice')`;
/** Taking part at some moment in the period: joined before its end, not left before its start. */
const actiefInPeriode = `x.instroom_datum <= $3::date AND (x.uitstroom_datum IS NULL OR x.uitstroom_datum >= $2::date)`;

export const bronnen = {
  geregistreerd: { van: metRol, waar: `${dagInPeriode('x.instroom_datum')} AND ${rolFilter}`, maand: 'x.instroom_datum', categorie: false, kolom: rolKolom },
  actief: { van: metRol, waar: `${actiefInPeriode} AND ${rolFilter}`, categorie: false, kolom: rolKolom },
  instroom: {
    van: 'deelnemers x',
    waar: dagInPeriode('x.instroom_datum'),
    maand: 'x.instroom_datum',
    categorie: false,
    kolom: `COALESCE(x.instroom_reden, 'onbekend')`,
  },
  levensdomein: {
    van: 'deelnemers x',
    waar: dagInPeriode('x.instroom_datum'),
    maand: 'x.instroom_datum',
    categorie: false,
    kolom: `COALESCE(x.levensdomein, 'onbekend')`,
  },
  uitstroom: {
    van: 'deelnemers x',
    waar: `x.uitstroom_datum IS NOT NULL AND ${dagInPeriode('x.uitstroom_datum')}`,
    maand: 'x.uitstroom_datum',
    categorie: false,
    kolom: `COALESCE(x.uitstroom_reden, 'onbekend')`,
  },
  hulpvragen: { van: 'hulpvragen x', waar: `${inPeriode('x.created_at')} AND x.status <> 'concept'`, maand: lokaal('x.created_at'), categorie: true },
  onvervuld: {
    van: 'hulpvragen x',
    waar: `${inPeriode('x.created_at')} AND x.status IN ('verlopen', 'ingetrokken', 'doorverwezen')`,
    maand: lokaal('x.created_at'),
    categorie: true,
    kolom: `x.status || ':' || COALESCE(x.status_reden, 'onbekend')`,
  },
  /** Per request: Amsterdam day made and day of first contact, for the 5-working-day norm. */
  norm: {
    van: 'hulpvragen x',
    waar: `${inPeriode('x.created_at')} AND x.status <> 'concept'`,
    maand: lokaal('x.created_at'),
    categorie: true,
    kolom: `to_char(${lokaal('x.created_at')}, 'YYYY-MM-DD') || '|' || COALESCE(to_char(${lokaal('x.eerste_contact_op')}, 'YYYY-MM-DD'), '')`,
  },
  matches: {
    van: 'matches x',
    waar: `x.geaccepteerd_op IS NOT NULL AND ${inPeriode('x.geaccepteerd_op')}`,
    maand: lokaal('x.geaccepteerd_op'),
    categorie: true,
    kolom: 'x.gemaakt_via',
  },
  afgerond: {
    van: 'matches x',
    waar: `x.afgerond_op IS NOT NULL AND ${inPeriode('x.afgerond_op')} AND x.status = 'afgerond'`,
    maand: lokaal('x.afgerond_op'),
    categorie: true,
  },
  herhaald: {
    van: 'matches x',
    waar: `x.geaccepteerd_op IS NOT NULL AND ${inPeriode('x.geaccepteerd_op')}
      AND EXISTS (SELECT 1 FROM match_keren k WHERE k.match_id = x.id AND k.status = 'gedaan' OFFSET 1)`,
    maand: lokaal('x.geaccepteerd_op'),
    categorie: true,
  },
  nietVerschenen: {
    van: 'matches x',
    waar: `x.geaccepteerd_op IS NOT NULL AND ${inPeriode('x.geaccepteerd_op')} AND x.status = 'niet-verschenen'`,
    maand: lokaal('x.geaccepteerd_op'),
    categorie: true,
    kolom: `COALESCE(x.niet_verschenen, 'onbekend')`,
  },
  /** Occurrences done in the period by a helper who takes part through Wijkservice. */
  wijkservice: {
    van: `matches x JOIN match_keren k ON k.match_id = x.id AND k.status = 'gedaan' JOIN deelnemers h ON h.id = x.helper_id AND 'wijkservice' = ANY (h.rollen)`,
    waar: `x.geaccepteerd_op < ${T_TOT} AND ${inPeriode('k.datum')}`,
    maand: lokaal('k.datum'),
    categorie: true,
  },
  signaleringenOntvangen: { van: 'signaleringen x', waar: inPeriode('x.created_at'), maand: lokaal('x.created_at'), categorie: false },
  signaleringenGesloten: {
    van: 'signaleringen x',
    waar: `x.gesloten_op IS NOT NULL AND ${inPeriode('x.gesloten_op')}`,
    maand: lokaal('x.gesloten_op'),
    categorie: false,
  },
  /** Active volunteers (incl. Wijkservice) and whether they helped in a match accepted, running or completed in the period. */
  benutting: {
    van: 'deelnemers x',
    waar: `${actiefInPeriode} AND x.rollen && ${HELPER_ROLLEN}`,
    categorie: false,
    kolom: `CASE WHEN EXISTS (SELECT 1 FROM matches m WHERE m.helper_id = x.id AND m.geaccepteerd_op < ${T_TOT}
        AND (m.geaccepteerd_op >= ${T_VAN} OR m.status IN ('geaccepteerd', 'bevestigd', 'actief') OR m.afgerond_op >= ${T_VAN}))
      THEN 'met-match' ELSE 'zonder-match' END`,
  },
  /** Time from request to first contact and to match, for requests made in the period. */
  doorlooptijd: { van: 'hulpvragen x', waar: `${inPeriode('x.created_at')} AND x.status <> 'concept'`, maand: lokaal('x.created_at'), categorie: true },
} satisfies Record<string, Bron>;

/** Median and p90 from one sort per measure (`percentile_cont` with an array of fractions): [mediaan, p90]. */
export const DOORLOOPTIJD_AGGREGATEN = {
  contactN: 'count(x.eerste_contact_op)::int',
  contact: `percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM x.eerste_contact_op - x.created_at) / 3600)`,
  matchN: 'count(x.gematcht_op)::int',
  match: `percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM x.gematcht_op - x.created_at) / 86400)`,
};

export const WIJKSERVICE_AGGREGATEN = { n: 'count(DISTINCT x.helper_id)::int', uren: 'COALESCE(sum(k.uren), 0)::float8' };
