/* Exact assignment (min-cost flow) against greedy on seeded instances, checked against the independent
 * Hungarian method on smaller ones; then score() and rank() for one request over 2,000 helpers.
 *   node scripts/build.js && node dist/bench/matching/bench-assignment.js
 * BENCH_RUNS (default 3) sets the timed runs after one warm-up run; medians are reported. */
import { assign, assignGreedy, assignReferentie, rank, score, type Toewijzing } from '@app/matching';
import { percentile, report } from '../lib/report';
import { genereer, slotsPerRequest, type Instantie, type InstantieSpec } from './instances';
import { context, hulpvraag, kandidaten } from './kandidaten';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const GROOT: (InstantieSpec & { doelMs: number })[] = [
  { naam: 'regio', requests: 2000, kandidaten: 20_000, gebied: 'regio', schaars: false, seed: 1, doelMs: 500 },
  { naam: 'één stad', requests: 2000, kandidaten: 20_000, gebied: 'stad', schaars: false, seed: 2, doelMs: 500 },
  { naam: 'één stad, schaars', requests: 2000, kandidaten: 20_000, gebied: 'stad', schaars: true, seed: 3, doelMs: 500 },
  { naam: 'regio', requests: 5000, kandidaten: 50_000, gebied: 'regio', schaars: false, seed: 4, doelMs: 2000 },
  { naam: 'één stad', requests: 5000, kandidaten: 50_000, gebied: 'stad', schaars: false, seed: 5, doelMs: 2000 },
  { naam: 'één stad, schaars', requests: 5000, kandidaten: 50_000, gebied: 'stad', schaars: true, seed: 6, doelMs: 2000 },
];
const KLEIN: InstantieSpec[] = [
  { naam: 'controle regio', requests: 300, kandidaten: 3000, gebied: 'regio', schaars: false, seed: 11 },
  { naam: 'controle stad, schaars', requests: 300, kandidaten: 3000, gebied: 'stad', schaars: true, seed: 12 },
  { naam: 'controle stad, schaars', requests: 400, kandidaten: 1000, gebied: 'stad', schaars: true, seed: 13 },
];

type Oplosser = (requests: number, capaciteit: ArrayLike<number>, randen: Instantie['randen']) => Toewijzing;

/** Median wall time and median CPU time of this process (the latter shows the cost on a busy machine). */
function meet(inst: Instantie, los: Oplosser, runs: number): { ms: number; cpuMs: number; uitkomst: Toewijzing } {
  const tijden: number[] = [];
  const cpu: number[] = [];
  let uitkomst = los(inst.spec.requests, inst.capaciteit, inst.randen);
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    uitkomst = los(inst.spec.requests, inst.capaciteit, inst.randen);
    const c = process.cpuUsage(c0);
    tijden.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mediaan = (xs: number[]) =>
    percentile(
      xs.sort((a, b) => a - b),
      50,
    );
  return { ms: mediaan(tijden), cpuMs: mediaan(cpu), uitkomst };
}

function rij(inst: Instantie, runs: number, doelMs?: number): Record<string, string | number> {
  const exact = meet(inst, assign, runs);
  const greedy = meet(inst, assignGreedy, runs);
  const referentie = doelMs === undefined ? meet(inst, assignReferentie, 1).uitkomst.totaal : undefined;
  if (referentie !== undefined && referentie !== exact.uitkomst.totaal)
    throw new Error(`${inst.spec.naam}: exact ${exact.uitkomst.totaal} ≠ referentie ${referentie}`);
  return {
    instantie: `${inst.spec.requests}×${inst.spec.kandidaten} ${inst.spec.naam}`,
    randen: inst.randen.length,
    'plekken/vraag': slotsPerRequest(inst).toFixed(2),
    'exact ms': exact.ms.toFixed(0),
    'exact cpu ms': exact.cpuMs.toFixed(0),
    'doel ms': doelMs ?? '-',
    'greedy ms': greedy.ms.toFixed(0),
    optimum: exact.uitkomst.totaal,
    'greedy/optimum': (greedy.uitkomst.totaal / exact.uitkomst.totaal).toFixed(4),
    'gekoppeld exact/greedy': `${exact.uitkomst.aantalToegewezen}/${greedy.uitkomst.aantalToegewezen}`,
    Hongaars: referentie === undefined ? '-' : 'gelijk',
  };
}

function scoreRijen(): Record<string, string | number>[] {
  const helpers = kandidaten(2000, 99);
  const vensters = {
    eenmalig: { soort: 'eenmalig', start: '2025-05-13T10:00:00+02:00', eind: '2025-05-13T12:00:00+02:00' },
    'wekelijks (90 dagen)': { soort: 'terugkerend', rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', start: '2025-05-06T10:00:00+02:00' },
  } as const;
  return Object.entries(vensters).flatMap(([naam, venster]) => {
    const h = hulpvraag(venster);
    const rankMs: number[] = [];
    let passend = 0;
    // The first 10 runs warm up the JIT; the API process is long-lived.
    for (let r = 0; r < 10 + 10 * RUNS; r++) {
      const t0 = performance.now();
      const ranking = rank(h, helpers, context, { limit: 10 });
      if (r >= 10) rankMs.push(performance.now() - t0);
      passend = ranking.aantalBeoordeeld - ranking.aantalUitgesloten;
    }
    const scoreUs: number[] = [];
    for (const k of helpers) {
      const t0 = performance.now();
      score(h, k, context);
      scoreUs.push((performance.now() - t0) * 1000);
    }
    rankMs.sort((a, b) => a - b);
    scoreUs.sort((a, b) => a - b);
    return [
      {
        meting: `rank(), 1 hulpvraag × ${helpers.length} kandidaten, ${naam}`,
        p50: `${percentile(rankMs, 50).toFixed(1)} ms`,
        p95: `${percentile(rankMs, 95).toFixed(1)} ms`,
        passend,
      },
      { meting: `score(), 1 paar, ${naam}`, p50: `${percentile(scoreUs, 50).toFixed(0)} µs`, p95: `${percentile(scoreUs, 95).toFixed(0)} µs`, passend: '-' },
    ];
  });
}

function main(): void {
  const rows = [...GROOT.map((s) => rij(genereer(s), RUNS, s.doelMs)), ...KLEIN.map((s) => rij(genereer(s), RUNS))];
  report('matching-assignment', rows, { runs: RUNS });
  console.log();
  report('matching-score', scoreRijen(), { runs: 10 * RUNS });
}

main();
