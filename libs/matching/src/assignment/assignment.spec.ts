import fc from 'fast-check';
import { OngeldigeInvoer } from '../errors';
import { assignGreedy } from './greedy';
import { assign } from './min-cost-flow';
import { assignReferentie } from './reference-hungarian';
import type { Rand, Toewijzing } from './types';

interface Instantie {
  requests: number;
  capaciteit: number[];
  randen: Rand[];
}

/** Random sparse instances; `maxCapaciteit` 1 with few helpers makes helpers scarce. */
const instantie = (maxRequests: number, maxKandidaten: number, maxCapaciteit: number): fc.Arbitrary<Instantie> =>
  fc.record({ requests: fc.integer({ min: 1, max: maxRequests }), kandidaten: fc.integer({ min: 1, max: maxKandidaten }) }).chain(({ requests, kandidaten }) =>
    fc.record({
      requests: fc.constant(requests),
      capaciteit: fc.array(fc.integer({ min: 0, max: maxCapaciteit }), { minLength: kandidaten, maxLength: kandidaten }),
      randen: fc.array(
        fc.record({
          request: fc.integer({ min: 0, max: requests - 1 }),
          candidate: fc.integer({ min: 0, max: kandidaten - 1 }),
          weight: fc.integer({ min: 1, max: 10_000 }),
        }),
        { maxLength: requests * kandidaten },
      ),
    }),
  );

/** Every assigned pair is an edge, carries that edge's weight, and no helper exceeds its capacity. */
function controleer(t: Toewijzing, { requests, capaciteit, randen }: Instantie): void {
  const gebruikt = new Array<number>(capaciteit.length).fill(0);
  let totaal = 0;
  for (let i = 0; i < requests; i++) {
    const j = t.kandidaatPerRequest[i];
    if (j < 0) continue;
    gebruikt[j]++;
    const beste = Math.max(...randen.filter((r) => r.request === i && r.candidate === j).map((r) => r.weight));
    expect(beste).toBeGreaterThan(0);
    totaal += beste;
  }
  gebruikt.forEach((n, j) => expect(n).toBeLessThanOrEqual(capaciteit[j]));
  expect(t.totaal).toBe(totaal);
}

const los = (i: Instantie, f: typeof assign) => f(i.requests, i.capaciteit, i.randen);

describe('assign (exact)', () => {
  it('beats greedy where helpers are scarce', () => {
    // Greedy takes the 10-point pair and leaves request 1 alone; the optimum gives both a helper.
    const i: Instantie = {
      requests: 2,
      capaciteit: [1, 1],
      randen: [
        { request: 0, candidate: 0, weight: 10 },
        { request: 0, candidate: 1, weight: 9 },
        { request: 1, candidate: 0, weight: 8 },
      ],
    };
    expect(los(i, assignGreedy).totaal).toBe(10);
    const t = los(i, assign);
    expect(t.totaal).toBe(17);
    expect([...t.kandidaatPerRequest]).toEqual([1, 0]);
  });

  it('uses a helper up to its capacity, moving earlier requests when that is better', () => {
    const i: Instantie = {
      requests: 3,
      capaciteit: [2, 1],
      randen: [
        { request: 0, candidate: 1, weight: 5 },
        { request: 1, candidate: 1, weight: 9 },
        { request: 1, candidate: 0, weight: 8 },
        { request: 2, candidate: 1, weight: 7 },
        { request: 0, candidate: 0, weight: 4 },
      ],
    };
    const t = los(i, assign);
    controleer(t, i);
    expect(t.totaal).toBe(19);
    expect(t.aantalToegewezen).toBe(3);
  });

  it('leaves requests without edges open', () => {
    const t = assign(3, [1], [{ request: 1, candidate: 0, weight: 3 }]);
    expect([...t.kandidaatPerRequest]).toEqual([-1, 0, -1]);
    expect(t.aantalToegewezen).toBe(1);
  });

  it('ignores edges of weight 0 or less', () => {
    expect(assign(1, [1], [{ request: 0, candidate: 0, weight: 0 }]).aantalToegewezen).toBe(0);
  });

  it.each([
    [{ request: 2, candidate: 0, weight: 1 }, 'randen[0].request'],
    [{ request: 0, candidate: 0, weight: 1.5 }, 'randen[0].weight'],
  ])('rejects %j naming %s', (rand, veld) => {
    expect(() => assign(2, [1], [rand])).toThrow(OngeldigeInvoer);
    expect(() => assign(2, [1], [rand])).toThrow(expect.objectContaining({ veld }));
    expect(() => assign(2, [-1], [])).toThrow(expect.objectContaining({ veld: 'capaciteit[0]' }));
  });

  it.each([
    ['scarce helpers', instantie(9, 4, 1)],
    ['mixed capacities', instantie(8, 6, 3)],
    ['plentiful helpers', instantie(6, 10, 3)],
  ])('equals the independent Hungarian optimum with %s', (_naam, arb) => {
    fc.assert(
      fc.property(arb, (i) => {
        const exact = los(i, assign);
        controleer(exact, i);
        expect(exact.totaal).toBe(los(i, assignReferentie).totaal);
      }),
      { numRuns: 400 },
    );
  });

  it('is never beaten by greedy, and greedy respects capacities too', () => {
    fc.assert(
      fc.property(instantie(8, 6, 2), (i) => {
        const greedy = los(i, assignGreedy);
        controleer(greedy, i);
        expect(greedy.totaal).toBeLessThanOrEqual(los(i, assign).totaal);
      }),
      { numRuns: 300 },
    );
  });

  it('shows greedy falling several percent short on scarce random instances', () => {
    const verhoudingen = fc.sample(instantie(12, 5, 1), { numRuns: 200, seed: 42 }).map((i) => {
      const exact = los(i, assign).totaal;
      return exact ? los(i, assignGreedy).totaal / exact : 1;
    });
    expect(Math.min(...verhoudingen)).toBeLessThan(0.95);
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(instantie(8, 6, 3), (i) => {
        expect(los(i, assign)).toEqual(los(i, assign));
      }),
      { numRuns: 50 },
    );
  });
});
