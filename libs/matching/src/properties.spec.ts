import fc from 'fast-check';
import { context, CENTRUM } from './__fixtures__/builders';
import { assign } from './assignment/min-cost-flow';
import { assignReferentie } from './assignment/reference-hungarian';
import { scoreGewicht, type Rand } from './assignment/types';
import { afstandMeter } from './distance';
import { rank } from './rank';
import { score } from './score';
import type { Hulpvraag, Kandidaat, MatchContext, Weekdag } from './types';

/**
 * Properties over random requests and helpers drawn from small pools, so every hard constraint is hit
 * often. Requests are one-off appointments in May 2025 (summer time, +02:00) so an independent oracle can
 * read weekday and hours directly.
 */
const CTX = context();

// CI runs a fixed seed so a red build is reproducible; FC_SEED=<n> explores others.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });
const CATEGORIEEN = ['tuin', 'boodschappen', 'schilderen', 'vervoer'];
const VAARDIGHEDEN = ['tuinieren', 'snoeien', 'koken'];
const TALEN = ['nl', 'tr', 'ar'];
const BEWONERS = ['b1', 'b2', 'd1'];
const METER_PER_GRAAD = 111_195;

const deelVan = <T>(xs: readonly T[]) => fc.subarray([...xs]);
/** Mostly the permissive value, so a good share of random pairs is feasible and every rule still fires. */
const meestal = <T>(ruim: T, arb: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof({ arbitrary: fc.constant(ruim), weight: 3 }, { arbitrary: arb, weight: 1 });
const ALTIJD = ([1, 2, 3, 4, 5, 6, 7] as const).map((dag) => ({ dag, van: '07:00', tot: '24:00' }));
const datum = (dag: number) => `2025-05-${String(dag).padStart(2, '0')}`;
const plek = fc.record({ n: fc.integer({ min: -4000, max: 4000 }), o: fc.integer({ min: -4000, max: 4000 }) }).map(({ n, o }) => ({
  lat: CENTRUM.lat + n / METER_PER_GRAAD,
  lon: CENTRUM.lon + o / (METER_PER_GRAAD * Math.cos((CENTRUM.lat * Math.PI) / 180)),
}));

/** Appointment on 5..25 May 2025 (5 May is a Monday), 1–3 hours between 07:00 and 22:00. */
interface Afspraak {
  dag: number;
  uur: number;
  uren: number;
}

const hulpvraagArb: fc.Arbitrary<Hulpvraag & { afspraak: Afspraak }> = fc
  .record({
    id: fc.constantFrom('h1', 'h2', 'h3'),
    bewonerId: fc.constantFrom(...BEWONERS),
    categorie: fc.constantFrom(...CATEGORIEEN),
    vereisteVaardigheden: fc.subarray(VAARDIGHEDEN, { maxLength: 2 }),
    gewensteVaardigheden: fc.subarray(VAARDIGHEDEN, { maxLength: 2 }),
    locatie: plek,
    afspraak: fc.record({ dag: fc.integer({ min: 5, max: 25 }), uur: fc.integer({ min: 7, max: 19 }), uren: fc.integer({ min: 1, max: 3 }) }),
    vogVereist: fc.boolean(),
    talen: deelVan(TALEN),
    taalVereist: fc.boolean(),
    fysiekZwaar: fc.boolean(),
    urgentie: fc.constantFrom('laag' as const, 'normaal' as const, 'hoog' as const),
  })
  .map(({ afspraak, ...h }) => ({
    ...h,
    afspraak,
    gemeenteId: 'haarlem',
    duurMinuten: afspraak.uren * 60,
    venster: {
      soort: 'eenmalig' as const,
      start: `${datum(afspraak.dag)}T${String(afspraak.uur).padStart(2, '0')}:00:00+02:00`,
      eind: `${datum(afspraak.dag)}T${String(afspraak.uur + afspraak.uren).padStart(2, '0')}:00:00+02:00`,
    },
  }));

const kandidaatArb: fc.Arbitrary<Kandidaat> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 3 }),
    deelnemerId: fc.constantFrom('d1', 'd2', 'd3'),
    wijkservice: fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: fc.boolean(), weight: 1 }),
    categorieen: meestal(CATEGORIEEN, deelVan(CATEGORIEEN)),
    vaardigheden: meestal(VAARDIGHEDEN, deelVan(VAARDIGHEDEN)),
    locatie: plek,
    maxAfstandMeter: fc.integer({ min: 500, max: 12_000 }),
    vervoer: fc.constantFrom('lopen' as const, 'fiets' as const, 'auto' as const, 'ov' as const),
    beschikbaarheid: meestal(
      ALTIJD,
      fc.array(
        fc
          .record({ dag: fc.integer({ min: 1, max: 7 }), van: fc.integer({ min: 6, max: 20 }), lengte: fc.integer({ min: 1, max: 6 }) })
          .map(({ dag, van, lengte }) => ({
            dag: dag as Weekdag,
            van: `${String(van).padStart(2, '0')}:00`,
            tot: `${String(Math.min(24, van + lengte)).padStart(2, '0')}:00`,
          })),
        { maxLength: 4 },
      ),
    ),
    uitzonderingen: fc.array(
      fc
        .record({ van: fc.integer({ min: 1, max: 25 }), lengte: fc.integer({ min: 0, max: 7 }) })
        .map(({ van, lengte }) => ({ van: datum(van), tot: datum(Math.min(31, van + lengte)) })),
      { maxLength: 1 },
    ),
    capaciteit: meestal(
      { maxActieveMatches: 3, actieveMatches: 0, maxUrenPerWeek: 10, urenDezeWeek: 0 },
      fc.record({
        maxActieveMatches: fc.integer({ min: 0, max: 3 }),
        actieveMatches: fc.integer({ min: 0, max: 3 }),
        maxUrenPerWeek: fc.integer({ min: 0, max: 10 }),
        urenDezeWeek: fc.integer({ min: 0, max: 10 }),
      }),
    ),
    vog: meestal<{ geldigTot?: string } | null>(
      {},
      fc.option(
        fc.integer({ min: 1, max: 31 }).map((d) => ({ geldigTot: datum(d) })),
        { nil: null },
      ),
    ),
    talen: meestal(TALEN, deelVan(TALEN)),
    recenteMatches: fc.integer({ min: 0, max: 10 }),
    eerderGeholpen: fc.array(fc.record({ bewonerId: fc.constantFrom(...BEWONERS), positief: fc.boolean() }), { maxLength: 2 }),
    betrouwbaarheid: fc.record({ noShows: fc.nat(3), lateAnnuleringen: fc.nat(3), afgerond: fc.nat(20) }),
    geblokkeerdeBewoners: fc.array(fc.record({ bewonerId: fc.constantFrom(...BEWONERS), reden: fc.constantFrom('klacht' as const) }), { maxLength: 1 }),
  })
  .map(({ wijkservice, ...k }): Kandidaat =>
    wijkservice === undefined ? { ...k, soort: 'vrijwilliger' } : { ...k, soort: 'wijkservice', grenzen: { geenFysiekZwaarWerk: wijkservice } },
  );

/** Independent reading of the hard constraints, written from the rules rather than from the engine. */
function schendt(h: Hulpvraag & { afspraak: Afspraak }, k: Kandidaat, ctx: MatchContext): boolean {
  const { dag, uur, uren } = h.afspraak;
  const weekdag = ((dag - 5) % 7) + 1;
  const kanVaardigheid = (v: string) =>
    k.vaardigheden.includes(v) || (v === 'tuinieren' && k.vaardigheden.includes('snoeien')) || (v === 'snoeien' && k.vaardigheden.includes('tuinieren'));
  const vrij = k.uitzonderingen.some((u) => u.van <= datum(dag) && datum(dag) <= u.tot);
  const beschikbaar = !vrij && k.beschikbaarheid.some((s) => s.dag === weekdag && Number(s.van.slice(0, 2)) < uur + uren && Number(s.tot.slice(0, 2)) > uur);
  return (
    k.deelnemerId === h.bewonerId ||
    k.geblokkeerdeBewoners.some((b) => b.bewonerId === h.bewonerId) ||
    (k.soort === 'wijkservice' &&
      (ctx.betaaldWerkCategorieen.includes(h.categorie) ||
        !ctx.wijkserviceCategorieen.includes(h.categorie) ||
        (k.grenzen.geenFysiekZwaarWerk && h.fysiekZwaar))) ||
    !k.categorieen.includes(h.categorie) ||
    !h.vereisteVaardigheden.every(kanVaardigheid) ||
    afstandMeter(h.locatie, k.locatie) > k.maxAfstandMeter ||
    !beschikbaar ||
    k.capaciteit.actieveMatches >= k.capaciteit.maxActieveMatches ||
    k.capaciteit.urenDezeWeek + uren > k.capaciteit.maxUrenPerWeek ||
    (h.vogVereist && (k.vog === null || (k.vog.geldigTot !== undefined && k.vog.geldigTot < datum(dag)))) ||
    (h.taalVereist && h.talen.length > 0 && !h.talen.some((t) => k.talen.includes(t)))
  );
}

const beste = (h: Hulpvraag, ks: Kandidaat[]): number => rank(h, ks, CTX, { limit: 1 }).suggesties[0]?.total ?? 0;

describe('matching properties', () => {
  it('excludes a pair exactly when an independent oracle finds a hard constraint violated', () => {
    fc.assert(
      fc.property(hulpvraagArb, fc.uniqueArray(kandidaatArb, { selector: (k) => k.id, maxLength: 12 }), (h, ks) => {
        for (const k of ks) expect([k.id, Boolean(score(h, k, CTX).excludedBy)]).toEqual([k.id, schendt(h, k, CTX)]);
        for (const s of rank(h, ks, CTX, { limit: ks.length }).suggesties) {
          expect(
            schendt(
              h,
              ks.find((k) => k.id === s.kandidaatId)!,
              CTX,
            ),
          ).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds feasible pairs often enough for the previous property to mean something', () => {
    const paren = fc.sample(fc.tuple(hulpvraagArb, kandidaatArb), { numRuns: 3000, seed: 7 });
    const passend = paren.filter(([h, k]) => !schendt(h, k, CTX)).length;
    expect(passend).toBeGreaterThan(paren.length * 0.05);
    expect(paren.filter(([h, k]) => !score(h, k, CTX).excludedBy).length).toBe(passend);
  });

  it('scores and ranks deterministically, whatever the input order', () => {
    fc.assert(
      fc.property(hulpvraagArb, fc.uniqueArray(kandidaatArb, { selector: (k) => k.id, maxLength: 10 }), fc.nat(), (h, ks, draai) => {
        const kopie = structuredClone(ks);
        const gedraaid = [...kopie.slice(draai % (ks.length || 1)), ...kopie.slice(0, draai % (ks.length || 1))];
        expect(rank(structuredClone(h), gedraaid, CTX, { limit: 20 })).toEqual(rank(h, ks, CTX, { limit: 20 }));
        for (const k of ks) expect(score(h, k, CTX)).toEqual(score(h, structuredClone(k), CTX));
      }),
      { numRuns: 150 },
    );
  });

  it('never lowers the best score when a candidate is added', () => {
    fc.assert(
      fc.property(hulpvraagArb, fc.uniqueArray(kandidaatArb, { selector: (k) => k.id, maxLength: 8 }), kandidaatArb, (h, ks, extra) => {
        expect(beste(h, [...ks, extra])).toBeGreaterThanOrEqual(beste(h, ks));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same reasons whether a helper is a volunteer or a Wijkservice participant', () => {
    fc.assert(
      fc.property(hulpvraagArb, kandidaatArb, (h, k) => {
        const vrijwilliger: Kandidaat = { ...k, soort: 'vrijwilliger' };
        const deelnemer: Kandidaat = { ...k, soort: 'wijkservice', grenzen: { geenFysiekZwaarWerk: false } };
        expect(score(h, deelnemer, CTX).reasons).toEqual(score(h, vrijwilliger, CTX).reasons);
      }),
      { numRuns: 200 },
    );
  });

  it('assigns only feasible pairs, within capacity, at the independent optimum', () => {
    const hulpvragen = fc.uniqueArray(hulpvraagArb, { minLength: 1, maxLength: 3, selector: (h) => h.id });
    const kandidaten = fc.uniqueArray(kandidaatArb, { minLength: 1, maxLength: 8, selector: (k) => k.id });
    fc.assert(
      fc.property(hulpvragen, kandidaten, (hs, ks) => {
        const randen: Rand[] = [];
        hs.forEach((h, i) =>
          ks.forEach((k, j) => {
            const s = score(h, k, CTX);
            if (!s.excludedBy) randen.push({ request: i, candidate: j, weight: scoreGewicht(s.total) });
          }),
        );
        const capaciteit = ks.map((k) => Math.max(0, k.capaciteit.maxActieveMatches - k.capaciteit.actieveMatches));
        const t = assign(hs.length, capaciteit, randen);
        const gebruikt = new Array<number>(ks.length).fill(0);
        t.kandidaatPerRequest.forEach((j, i) => {
          if (j < 0) return;
          gebruikt[j]++;
          expect(schendt(hs[i], ks[j], CTX)).toBe(false);
        });
        gebruikt.forEach((n, j) => expect(n).toBeLessThanOrEqual(capaciteit[j]));
        expect(t.totaal).toBe(assignReferentie(hs.length, capaciteit, randen).totaal);
      }),
      { numRuns: 200 },
    );
  });
});
