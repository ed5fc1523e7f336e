import { maakToewijzing, valideerToewijzing, type Rand, type Toewijzing } from './types';

/**
 * Independent exact check for tests and benchmarks: the textbook O(n²·m) Hungarian method on the expanded
 * matrix (one column per unit of capacity, plus one "leave open" column of weight 0 per request). Slow and
 * memory-hungry on purpose-simple code; use `assign` in production.
 */
export function assignReferentie(aantalRequests: number, capaciteit: ArrayLike<number>, randen: readonly Rand[]): Toewijzing {
  valideerToewijzing(aantalRequests, capaciteit, randen);
  const n = aantalRequests;
  // One column per usable unit of capacity: never more than the helper's number of edges.
  const graad = new Int32Array(capaciteit.length);
  for (const r of randen) graad[r.candidate]++;
  const kolomKandidaat: number[] = [];
  for (let j = 0; j < capaciteit.length; j++) for (let c = 0; c < Math.min(capaciteit[j], graad[j]); c++) kolomKandidaat.push(j);
  const echteKolommen = kolomKandidaat.length;
  const m = echteKolommen + n;
  // Best weight per (request, candidate); absent pairs are forbidden.
  const beste = new Map<number, number>();
  for (const { request, candidate, weight } of randen) {
    const sleutel = request * capaciteit.length + candidate;
    beste.set(sleutel, Math.max(beste.get(sleutel) ?? -Infinity, weight));
  }
  const VERBODEN = Number.MAX_SAFE_INTEGER / 4;
  const kosten = (i: number, k: number): number => {
    if (k >= echteKolommen) return 0;
    const w = beste.get(i * capaciteit.length + kolomKandidaat[k]);
    return w === undefined ? VERBODEN : -w;
  };
  // 1-based potentials u (rows), v (columns); p[col] = row matched to col; way = predecessor column.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(Infinity);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = kosten(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const kandidaat = new Int32Array(n).fill(-1);
  const gewicht = new Float64Array(n);
  for (let k = 1; k <= echteKolommen; k++) {
    const i = p[k] - 1;
    if (i < 0) continue;
    kandidaat[i] = kolomKandidaat[k - 1];
    gewicht[i] = -kosten(i, k - 1);
  }
  return maakToewijzing(kandidaat, gewicht);
}
