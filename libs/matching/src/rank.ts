import { OngeldigeInvoer } from './errors';
import { bereidHulpvraagVoor, bereidKandidaatVoor, valideerContext } from './prepare';
import { beoordeel, type Beoordeling } from './score';
import type { Hulpvraag, Kandidaat, MatchContext, Score, UitsluitingCode, Urgentie } from './types';

export interface RankOpties {
  /** Suggestions to return (default 10). */
  limit?: number;
  /** Excluded pairs to return, closest to qualifying first (default 5). */
  uitgeslotenLimit?: number;
}

export interface Ranking {
  /** Feasible pairs, best first; ties broken by id so the order never depends on input order. */
  suggesties: Score[];
  /** Excluded pairs with the fewest violated constraints and best would-be score, so a makelaar sees what almost fits. */
  uitgesloten: Score[];
  aantalBeoordeeld: number;
  aantalUitgesloten: number;
  /** How often each hard constraint excluded someone ("34 te ver weg"). */
  uitsluitingenPerCode: Partial<Record<UitsluitingCode, number>>;
}

type Volgorde = (a: Beoordeling, b: Beoordeling) => number;

const vergelijkTekst = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const opKandidaatId: Volgorde = (a, b) => vergelijkTekst(a.score.kandidaatId, b.score.kandidaatId);
const URGENTIE: Readonly<Record<Urgentie, number>> = { hoog: 0, normaal: 1, laag: 2 };
const opUrgentieEnHulpvraagId: Volgorde = (a, b) =>
  URGENTIE[a.h.vraag.urgentie] - URGENTIE[b.h.vraag.urgentie] || vergelijkTekst(a.score.hulpvraagId, b.score.hulpvraagId);

function aantal(waarde: number | undefined, standaard: number, veld: string): number {
  const n = waarde ?? standaard;
  if (!Number.isInteger(n) || n < 0) throw new OngeldigeInvoer(veld, `${veld} moet een geheel getal van 0 of meer zijn, kreeg ${n}`);
  return n;
}

function rangschik(beoordelingen: readonly Beoordeling[], gelijkspel: Volgorde, opties: RankOpties): Ranking {
  const limit = aantal(opties.limit, 10, 'limit');
  const uitgeslotenLimit = aantal(opties.uitgeslotenLimit, 5, 'uitgeslotenLimit');
  const passend: Beoordeling[] = [];
  const uitgesloten: Beoordeling[] = [];
  const uitsluitingenPerCode: Ranking['uitsluitingenPerCode'] = {};
  for (const b of beoordelingen) {
    if (!b.score.excludedBy) {
      passend.push(b);
      continue;
    }
    uitgesloten.push(b);
    for (const u of b.score.excludedBy) uitsluitingenPerCode[u.code] = (uitsluitingenPerCode[u.code] ?? 0) + 1;
  }
  passend.sort((a, b) => b.score.total - a.score.total || gelijkspel(a, b));
  uitgesloten.sort(
    (a, b) =>
      (a.score.excludedBy?.length ?? 0) - (b.score.excludedBy?.length ?? 0) || b.totaalZonderUitsluiting - a.totaalZonderUitsluiting || gelijkspel(a, b),
  );
  return {
    suggesties: passend.slice(0, limit).map((b) => b.score),
    uitgesloten: uitgesloten.slice(0, uitgeslotenLimit).map((b) => b.score),
    aantalBeoordeeld: beoordelingen.length,
    aantalUitgesloten: uitgesloten.length,
    uitsluitingenPerCode,
  };
}

/** Suggested helpers for one request. The request's window is expanded once for all candidates. */
export function rank(hulpvraag: Hulpvraag, kandidaten: readonly Kandidaat[], context: MatchContext, opties: RankOpties = {}): Ranking {
  valideerContext(context);
  const h = bereidHulpvraagVoor(hulpvraag, context);
  return rangschik(
    kandidaten.map((k) => beoordeel(h, bereidKandidaatVoor(k), context)),
    opKandidaatId,
    opties,
  );
}

/** Suggested requests for one helper ("misschien iets voor u"); equal scores put urgent requests first. */
export function rankHulpvragenVoorKandidaat(kandidaat: Kandidaat, hulpvragen: readonly Hulpvraag[], context: MatchContext, opties: RankOpties = {}): Ranking {
  valideerContext(context);
  const k = bereidKandidaatVoor(kandidaat);
  return rangschik(
    hulpvragen.map((h) => beoordeel(bereidHulpvraagVoor(h, context), k, context)),
    opUrgentieEnHulpvraagId,
    opties,
  );
}
