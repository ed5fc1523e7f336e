import { context, hulpvraag, noordVan, vrijwilliger, CENTRUM } from './__fixtures__/builders';
import { OngeldigeInvoer } from './errors';
import { rank, rankHulpvragenVoorKandidaat } from './rank';

const kandidaten = [
  vrijwilliger({ id: 'k-ver', locatie: noordVan(CENTRUM, 2000) }),
  vrijwilliger({ id: 'k-dichtbij', locatie: noordVan(CENTRUM, 100) }),
  vrijwilliger({ id: 'k-b', locatie: noordVan(CENTRUM, 600) }),
  vrijwilliger({ id: 'k-a', locatie: noordVan(CENTRUM, 600) }),
  vrijwilliger({ id: 'k-uit-1', maxAfstandMeter: 100 }),
  vrijwilliger({ id: 'k-uit-2', maxAfstandMeter: 100, categorieen: [] }),
  vrijwilliger({ id: 'k-uit-3', categorieen: [], locatie: noordVan(CENTRUM, 50), maxAfstandMeter: 10 }),
];

describe('rank', () => {
  it('sorts by total, ties by id, and leaves excluded helpers out', () => {
    const r = rank(hulpvraag(), kandidaten, context());
    expect(r.suggesties.map((s) => s.kandidaatId)).toEqual(['k-dichtbij', 'k-a', 'k-b', 'k-ver']);
    expect(r.aantalBeoordeeld).toBe(7);
    expect(r.aantalUitgesloten).toBe(3);
    expect(r.uitsluitingenPerCode).toEqual({ TE_VER_WEG: 3, CATEGORIE_NIET_AANGEBODEN: 2 });
  });

  it('lists excluded helpers closest to qualifying first', () => {
    const r = rank(hulpvraag(), kandidaten, context());
    expect(r.uitgesloten.map((s) => s.kandidaatId)).toEqual(['k-uit-1', 'k-uit-3', 'k-uit-2']);
    expect(r.uitgesloten[0].excludedBy?.[0].code).toBe('TE_VER_WEG');
  });

  it('honours the limits', () => {
    const r = rank(hulpvraag(), kandidaten, context(), { limit: 2, uitgeslotenLimit: 1 });
    expect(r.suggesties.map((s) => s.kandidaatId)).toEqual(['k-dichtbij', 'k-a']);
    expect(r.uitgesloten).toHaveLength(1);
    expect(() => rank(hulpvraag(), kandidaten, context(), { limit: -1 })).toThrow(OngeldigeInvoer);
  });

  it('does not depend on the order of the candidates', () => {
    const r1 = rank(hulpvraag(), kandidaten, context());
    const r2 = rank(hulpvraag(), [...kandidaten].reverse(), context());
    expect(r2).toEqual(r1);
  });
});

describe('rankHulpvragenVoorKandidaat', () => {
  it('suggests fitting requests for a helper, urgent first on equal scores', () => {
    const hulpvragen = [
      hulpvraag({ id: 'h-normaal', urgentie: 'normaal' }),
      hulpvraag({ id: 'h-hoog', urgentie: 'hoog' }),
      hulpvraag({ id: 'h-ver', locatie: noordVan(CENTRUM, 2500) }),
      hulpvraag({ id: 'h-vervoer', categorie: 'vervoer' }),
    ];
    const r = rankHulpvragenVoorKandidaat(vrijwilliger(), hulpvragen, context());
    expect(r.suggesties.map((s) => s.hulpvraagId)).toEqual(['h-hoog', 'h-normaal', 'h-ver']);
    expect(r.uitgesloten.map((s) => [s.hulpvraagId, s.excludedBy?.[0].code])).toEqual([['h-vervoer', 'CATEGORIE_NIET_AANGEBODEN']]);
  });
});
