import { berekenComponenten } from './components';
import { uitsluitingen } from './constraints';
import { gewogenGemiddelde } from './gewichten';
import { bereidHulpvraagVoor, bereidKandidaatVoor, paarFeiten, valideerContext, type VoorbereideHulpvraag, type VoorbereideKandidaat } from './prepare';
import { redenen } from './reasons';
import type { Hulpvraag, Kandidaat, MatchContext, Score } from './types';

/** A score with what ranking needs besides it: the total the pair would have had without exclusions. */
export interface Beoordeling {
  score: Score;
  totaalZonderUitsluiting: number;
  h: VoorbereideHulpvraag;
  k: VoorbereideKandidaat;
}

/** Scores prepared inputs; the context must already be validated. */
export function beoordeel(h: VoorbereideHulpvraag, k: VoorbereideKandidaat, ctx: MatchContext): Beoordeling {
  const feiten = paarFeiten(h, k, ctx);
  const components = berekenComponenten(feiten);
  const totaal = gewogenGemiddelde(components, ctx.gewichten);
  const excludedBy = uitsluitingen(feiten);
  const score: Score = {
    hulpvraagId: h.vraag.id,
    kandidaatId: k.kandidaat.id,
    total: excludedBy.length ? 0 : totaal,
    components,
    reasons: redenen(feiten),
    ...(excludedBy.length ? { excludedBy } : {}),
  };
  return { score, totaalZonderUitsluiting: totaal, h, k };
}

/**
 * How well `kandidaat` fits `hulpvraag`: soft components (0..1), their weighted mean, Dutch reasons and,
 * when a hard constraint is violated, `excludedBy` with `total` 0. Pure: same input, same output.
 * @throws OngeldigeGewichten when a weight is outside 0..1 (or all are 0)
 * @throws OngeldigeInvoer when a date, time, RRULE or the horizon cannot be read
 */
export function score(hulpvraag: Hulpvraag, kandidaat: Kandidaat, context: MatchContext): Score {
  valideerContext(context);
  return beoordeel(bereidHulpvraagVoor(hulpvraag, context), bereidKandidaatVoor(kandidaat), context).score;
}
