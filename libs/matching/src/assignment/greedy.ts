import { maakToewijzing, valideerToewijzing, type Rand, type Toewijzing } from './types';

/** Edge order: heaviest first, ties by request then candidate, so the result never depends on input order. */
function volgorde(randen: readonly Rand[]): Uint32Array {
  const idx = Uint32Array.from({ length: randen.length }, (_, e) => e);
  return idx.sort((a, b) => {
    const x = randen[a];
    const y = randen[b];
    return y.weight - x.weight || x.request - y.request || x.candidate - y.candidate;
  });
}

/**
 * Baseline: take pairs from the heaviest down while request and candidate are free. Fast and often close,
 * but it falls well short when helpers are scarce; `assign` is the exact method.
 */
export function assignGreedy(aantalRequests: number, capaciteit: ArrayLike<number>, randen: readonly Rand[]): Toewijzing {
  valideerToewijzing(aantalRequests, capaciteit, randen);
  const rest = Int32Array.from(capaciteit);
  const kandidaat = new Int32Array(aantalRequests).fill(-1);
  const gewicht = new Float64Array(aantalRequests);
  for (const e of volgorde(randen)) {
    const { request, candidate, weight } = randen[e];
    if (weight <= 0) break;
    if (kandidaat[request] >= 0 || rest[candidate] === 0) continue;
    kandidaat[request] = candidate;
    gewicht[request] = weight;
    rest[candidate]--;
  }
  return maakToewijzing(kandidaat, gewicht);
}
