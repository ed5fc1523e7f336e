import { MinHeap } from './heap';
import { maakToewijzing, valideerToewijzing, type Rand, type Toewijzing } from './types';

/**
 * Exact maximum-weight assignment: every request gets at most one helper, every helper at most its
 * capacity, and the summed weight is as large as possible.
 *
 * Method: min-cost flow by successive shortest paths, adding one request at a time (the Hungarian
 * "add a row" step). Costs are `W - weight` with W the largest weight, and every request also has a
 * "leave open" arc of cost W into an unlimited dummy helper, so the objective equals maximum weight and
 * leaving a request open is just another option of weight 0. After each request the assignment is optimal
 * for the requests added so far, so the final one is optimal overall.
 *
 * Each search is a Dijkstra on reduced costs (Johnson potentials) from the new request only, stopping at
 * the first helper with spare capacity (or the dummy). A path may move earlier requests to other helpers.
 * Stopping at the first spare helper is exact: a path passing through a spare helper (or the dummy) and
 * ending elsewhere would imply a negative cycle in an optimal residual graph. Only settled nodes get their
 * potential updated (`π += d - D`), which differs from the textbook update by a constant shift for all
 * nodes and so keeps every reduced cost non-negative while keeping each search local.
 */
export function assign(aantalRequests: number, capaciteit: ArrayLike<number>, randen: readonly Rand[]): Toewijzing {
  valideerToewijzing(aantalRequests, capaciteit, randen);
  const R = aantalRequests;
  const C = capaciteit.length;
  const DUMMY = C;

  // Adjacency per request (CSR); only edges with positive weight are ever worth taking.
  let W = 1;
  const graad = new Int32Array(R + 1);
  const kandidaatGraad = new Int32Array(C);
  for (const r of randen) {
    if (r.weight <= 0) continue;
    graad[r.request + 1]++;
    kandidaatGraad[r.candidate]++;
    if (r.weight > W) W = r.weight;
  }
  for (let i = 0; i < R; i++) graad[i + 1] += graad[i];
  const adjKandidaat = new Int32Array(graad[R]);
  const adjKosten = new Float64Array(graad[R]);
  const vul = graad.slice(0, R);
  for (const r of randen) {
    if (r.weight <= 0) continue;
    const e = vul[r.request]++;
    adjKandidaat[e] = r.candidate;
    adjKosten[e] = W - r.weight;
  }

  // Assigned requests per helper in fixed slots; capacity beyond the helper's degree can never be used.
  const cap = new Int32Array(C);
  const slotStart = new Int32Array(C + 1);
  for (let j = 0; j < C; j++) {
    cap[j] = Math.min(capaciteit[j], kandidaatGraad[j]);
    slotStart[j + 1] = slotStart[j] + cap[j];
  }
  const slots = new Int32Array(slotStart[C]);
  const bezet = new Int32Array(C);

  const toegewezen = new Int32Array(R).fill(-1);
  const toegewezenKosten = new Float64Array(R);
  // Nodes: requests 0..R-1, helpers R..R+C-1, dummy R+C.
  const N = R + C + 1;
  const pot = new Float64Array(N);
  const dist = new Float64Array(N);
  const ronde = new Int32Array(N).fill(-1);
  const klaar = new Int32Array(N).fill(-1);
  const vorigeRequest = new Int32Array(C + 1);
  const vorigeKosten = new Float64Array(C + 1);
  const afgehandeld: number[] = [];
  const heap = new MinHeap();

  // Shortest known distance to any sink in this search: nodes at or beyond it cannot lead to a shorter
  // path, so they are not queued (this prunes most heap traffic when helpers are scarce).
  let grens = Infinity;
  const isSink = (knoop: number): boolean => knoop === R + DUMMY || (knoop >= R && bezet[knoop - R] < cap[knoop - R]);
  const ontspan = (knoop: number, d: number, r: number): boolean => {
    if (d >= grens || (ronde[knoop] === r && dist[knoop] <= d)) return false;
    if (isSink(knoop)) grens = d;
    ronde[knoop] = r;
    dist[knoop] = d;
    heap.push(d, knoop);
    return true;
  };

  for (let s = 0; s < R; s++) {
    // Potential of the new request: the cheapest reduced arc out of it becomes exactly 0.
    let ps = pot[R + DUMMY] - W;
    for (let e = graad[s]; e < graad[s + 1]; e++) ps = Math.max(ps, pot[R + adjKandidaat[e]] - adjKosten[e]);
    pot[s] = ps;

    heap.wis();
    afgehandeld.length = 0;
    grens = Infinity;
    ontspan(s, 0, s);
    let doel = -1;
    let D = 0;
    while (!heap.leeg) {
      const x = heap.pop();
      const d = heap.sleutel;
      if (klaar[x] === s || d > dist[x]) continue;
      klaar[x] = s;
      if (x >= R) {
        const j = x - R;
        if (j === DUMMY || bezet[j] < cap[j]) {
          doel = j;
          D = d;
          break;
        }
        afgehandeld.push(x);
        // Backward arcs: a request on this helper may move elsewhere.
        for (let t = slotStart[j]; t < slotStart[j] + bezet[j]; t++) {
          const i = slots[t];
          ontspan(i, d - toegewezenKosten[i] + pot[x] - pot[i], s);
        }
      } else {
        afgehandeld.push(x);
        const huidig = toegewezen[x];
        for (let e = graad[x]; e < graad[x + 1]; e++) {
          const j = adjKandidaat[e];
          if (j === huidig) continue;
          if (ontspan(R + j, d + adjKosten[e] + pot[x] - pot[R + j], s)) {
            vorigeRequest[j] = x;
            vorigeKosten[j] = adjKosten[e];
          }
        }
        if (huidig !== DUMMY && ontspan(R + DUMMY, d + W + pot[x] - pot[R + DUMMY], s)) {
          vorigeRequest[DUMMY] = x;
          vorigeKosten[DUMMY] = W;
        }
      }
    }
    for (const x of afgehandeld) pot[x] += dist[x] - D;

    // Augment along the path back from the target: each request on it moves to the next helper.
    let j = doel;
    let vertrekt = -1;
    for (;;) {
      const i = vorigeRequest[j];
      const vanaf = toegewezen[i];
      if (j !== DUMMY) {
        if (vertrekt < 0) slots[slotStart[j] + bezet[j]++] = i;
        else slots[slots.indexOf(vertrekt, slotStart[j])] = i;
      }
      toegewezen[i] = j;
      toegewezenKosten[i] = vorigeKosten[j];
      if (vanaf < 0) break;
      vertrekt = i;
      j = vanaf;
    }
  }

  const kandidaat = new Int32Array(R);
  const gewicht = new Float64Array(R);
  for (let i = 0; i < R; i++) {
    const open = toegewezen[i] === DUMMY;
    kandidaat[i] = open ? -1 : toegewezen[i];
    gewicht[i] = open ? 0 : W - toegewezenKosten[i];
  }
  return maakToewijzing(kandidaat, gewicht);
}
