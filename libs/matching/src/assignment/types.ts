import { OngeldigeInvoer } from '../errors';

/** One feasible (non-excluded) pair: indices into the request list and the candidate list, and an integer weight. */
export interface Rand {
  request: number;
  candidate: number;
  /** Integer; usually `scoreGewicht(score.total)`. Pairs with weight ≤ 0 are never worth assigning. */
  weight: number;
}

export interface Toewijzing {
  /** Per request the assigned candidate index, or -1 when leaving it open is better (or nothing fits). */
  kandidaatPerRequest: Int32Array;
  /** Sum of the weights of the assigned pairs. */
  totaal: number;
  aantalToegewezen: number;
}

/** Scores are rounded to 4 decimals, so this scaling is exact and integer. */
export const SCORE_SCHAAL = 10_000;
export const scoreGewicht = (total: number): number => Math.round(total * SCORE_SCHAAL);

/** Checks sizes and integrality once, so the solvers can trust their typed arrays. */
export function valideerToewijzing(aantalRequests: number, capaciteit: ArrayLike<number>, randen: readonly Rand[]): void {
  if (!Number.isInteger(aantalRequests) || aantalRequests < 0)
    throw new OngeldigeInvoer('requests', 'het aantal hulpvragen moet een geheel getal van 0 of meer zijn');
  for (let j = 0; j < capaciteit.length; j++) {
    const c = capaciteit[j];
    if (!Number.isInteger(c) || c < 0) throw new OngeldigeInvoer(`capaciteit[${j}]`, `capaciteit[${j}] moet een geheel getal van 0 of meer zijn, kreeg ${c}`);
  }
  for (let e = 0; e < randen.length; e++) {
    const { request, candidate, weight } = randen[e];
    if (!Number.isInteger(request) || request < 0 || request >= aantalRequests)
      throw new OngeldigeInvoer(`randen[${e}].request`, `randen[${e}].request ligt buiten 0..${aantalRequests - 1}`);
    if (!Number.isInteger(candidate) || candidate < 0 || candidate >= capaciteit.length) {
      throw new OngeldigeInvoer(`randen[${e}].candidate`, `randen[${e}].candidate ligt buiten 0..${capaciteit.length - 1}`);
    }
    if (!Number.isSafeInteger(weight)) throw new OngeldigeInvoer(`randen[${e}].weight`, `randen[${e}].weight moet een geheel getal zijn, kreeg ${weight}`);
  }
}

export function maakToewijzing(kandidaatPerRequest: Int32Array, gewichtPerRequest: ArrayLike<number>): Toewijzing {
  let totaal = 0;
  let aantalToegewezen = 0;
  for (let i = 0; i < kandidaatPerRequest.length; i++) {
    if (kandidaatPerRequest[i] < 0) continue;
    totaal += gewichtPerRequest[i];
    aantalToegewezen++;
  }
  return { kandidaatPerRequest, totaal, aantalToegewezen };
}
