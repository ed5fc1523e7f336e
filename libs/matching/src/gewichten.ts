import { OngeldigeGewichten } from './errors';
import { COMPONENTEN, type Gewichten } from './types';

/** Sensible defaults for a new gemeente: fit and distance first, fairness and continuity close behind. */
export const STANDAARD_GEWICHTEN: Gewichten = {
  vaardigheden: 1,
  afstand: 0.8,
  beschikbaarheid: 0.8,
  capaciteitEnEerlijkheid: 0.5,
  continuiteit: 0.6,
  betrouwbaarheid: 0.3,
  taal: 0.4,
};

/** Throws `OngeldigeGewichten` naming the first bad field; called once per score/rank call. */
export function valideerGewichten(gewichten: Gewichten): void {
  let som = 0;
  for (const naam of COMPONENTEN) {
    const w: unknown = gewichten[naam];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > 1) {
      throw new OngeldigeGewichten(`gewichten.${naam}`, `gewicht ${naam} moet een getal van 0 tot en met 1 zijn, kreeg ${String(w)}`);
    }
    som += w;
  }
  if (som === 0) throw new OngeldigeGewichten('gewichten', 'minstens één gewicht moet groter dan 0 zijn');
}

/** Weighted mean rounded to 4 decimals, so `Math.round(total * 10000)` is an exact integer weight. */
export function gewogenGemiddelde(components: Readonly<Record<(typeof COMPONENTEN)[number], number>>, gewichten: Gewichten): number {
  let teller = 0;
  let noemer = 0;
  for (const naam of COMPONENTEN) {
    teller += gewichten[naam] * components[naam];
    noemer += gewichten[naam];
  }
  return Math.round((teller / noemer) * 10000) / 10000;
}
