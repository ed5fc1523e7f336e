import type { Rand } from '@app/matching';
import { prng } from './prng';

/**
 * Seeded assignment instances shaped like the SQL prefilter's output: every request has 50–200 feasible
 * helpers, its nearest ones, with a weight that mixes closeness and the rest of the fit.
 * - `regio`: 20 towns over 60 × 60 km, requests and helpers spread over them (many components).
 * - `stad`: one 8 × 8 km city (one connected component).
 * - `schaars`: requests crowd into three wijken and every helper takes one request, so around a hotspot
 *   there are fewer helper slots than requests; otherwise helpers take 1–3 requests.
 */
export interface InstantieSpec {
  naam: string;
  requests: number;
  kandidaten: number;
  gebied: 'regio' | 'stad';
  schaars: boolean;
  seed: number;
}

export interface Instantie {
  spec: InstantieSpec;
  capaciteit: Int32Array;
  randen: Rand[];
}

const CEL_KM = 0.5;

export function genereer(spec: InstantieSpec): Instantie {
  const rnd = prng(spec.seed);
  const normaal = () => Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const centra: [number, number][] = spec.gebied === 'regio' ? Array.from({ length: 20 }, () => [rnd() * 60, rnd() * 60]) : [[4, 4]];
  const spreiding = spec.gebied === 'regio' ? 2 : 2.5;
  const rond = ([x, y]: [number, number], s: number): [number, number] => [x + normaal() * s, y + normaal() * s];
  const kandidaatPos = Array.from({ length: spec.kandidaten }, () => rond(centra[Math.floor(rnd() * centra.length)], spreiding));
  const hotspots = spec.schaars ? Array.from({ length: 3 }, () => rond(centra[Math.floor(rnd() * centra.length)], 1)) : centra;
  const requestPos = Array.from({ length: spec.requests }, () => rond(hotspots[Math.floor(rnd() * hotspots.length)], spec.schaars ? 0.15 : spreiding));
  const capaciteit = Int32Array.from({ length: spec.kandidaten }, () => (spec.schaars ? 1 : 1 + Math.floor(rnd() * 3)));

  // Grid of helpers so each request finds its nearest ones without scanning all of them.
  const raster = new Map<string, number[]>();
  const cel = (x: number, y: number) => `${Math.floor(x / CEL_KM)},${Math.floor(y / CEL_KM)}`;
  kandidaatPos.forEach(([x, y], j) => {
    const k = cel(x, y);
    const lijst = raster.get(k);
    if (lijst) lijst.push(j);
    else raster.set(k, [j]);
  });

  const randen: Rand[] = [];
  requestPos.forEach(([x, y], i) => {
    const graad = 50 + Math.floor(rnd() * 151);
    const cx = Math.floor(x / CEL_KM);
    const cy = Math.floor(y / CEL_KM);
    let gevonden: number[] = [];
    for (let straal = 0; gevonden.length < 2 * graad && straal < 200; straal++) {
      gevonden = [];
      for (let dx = -straal; dx <= straal; dx++) for (let dy = -straal; dy <= straal; dy++) gevonden.push(...(raster.get(`${cx + dx},${cy + dy}`) ?? []));
    }
    const afstand = (j: number) => Math.hypot(kandidaatPos[j][0] - x, kandidaatPos[j][1] - y);
    const dichtst = gevonden
      .map((j) => [j, afstand(j)] as const)
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .slice(0, graad);
    for (const [j, km] of dichtst) randen.push({ request: i, candidate: j, weight: Math.round(10_000 * (0.5 * Math.exp(-km / 2) + 0.5 * rnd())) });
  });
  return { spec, capaciteit, randen };
}

/** Helper slots that at least one request can use, against the number of requests. */
export function slotsPerRequest({ spec, capaciteit, randen }: Instantie): number {
  const bereikbaar = new Uint8Array(capaciteit.length);
  for (const r of randen) bereikbaar[r.candidate] = 1;
  let slots = 0;
  for (let j = 0; j < capaciteit.length; j++) if (bereikbaar[j]) slots += capaciteit[j];
  return slots / spec.requests;
}
