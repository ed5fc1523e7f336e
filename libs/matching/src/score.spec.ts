import { context, hulpvraag, vrijwilliger } from './__fixtures__/builders';
import { OngeldigeGewichten, OngeldigeInvoer } from './errors';
import { STANDAARD_GEWICHTEN } from './gewichten';
import { score } from './score';
import { COMPONENTEN, type Gewichten } from './types';

describe('score', () => {
  it('is the weighted mean of the components, rounded to 4 decimals', () => {
    const gewichten: Gewichten = { ...STANDAARD_GEWICHTEN, afstand: 1, beschikbaarheid: 0.25 };
    const s = score(hulpvraag({ gewensteVaardigheden: ['koken'] }), vrijwilliger(), context({ gewichten }));
    const som = COMPONENTEN.reduce((t, n) => t + gewichten[n] * s.components[n], 0);
    const noemer = COMPONENTEN.reduce((t, n) => t + gewichten[n], 0);
    expect(s.total).toBe(Math.round((som / noemer) * 10000) / 10000);
    expect(s.total).toBeLessThan(1);
  });

  it('equals one component when only that one has weight', () => {
    const gewichten = Object.fromEntries(COMPONENTEN.map((n) => [n, n === 'afstand' ? 0.7 : 0])) as Gewichten;
    const s = score(hulpvraag(), vrijwilliger(), context({ gewichten }));
    expect(s.total).toBe(Math.round(s.components.afstand * 10000) / 10000);
  });

  it('keeps components and reasons for an excluded pair but scores it 0', () => {
    const s = score(hulpvraag(), vrijwilliger({ maxAfstandMeter: 100 }), context());
    expect(s.total).toBe(0);
    expect(s.components.afstand).toBeGreaterThan(0);
    expect(s.reasons).toContain('woont 600 m verderop');
  });

  it.each([
    ['afstand', 1.5],
    ['taal', -0.1],
    ['continuiteit', Number.NaN],
  ])('rejects weight %s = %d with OngeldigeGewichten naming the field', (veld, waarde) => {
    const ctx = context({ gewichten: { ...STANDAARD_GEWICHTEN, [veld]: waarde } });
    expect(() => score(hulpvraag(), vrijwilliger(), ctx)).toThrow(OngeldigeGewichten);
    expect(() => score(hulpvraag(), vrijwilliger(), ctx)).toThrow(expect.objectContaining({ veld: `gewichten.${veld}`, code: 'ONGELDIGE_GEWICHTEN' }));
  });

  it('rejects all-zero weights', () => {
    const gewichten = Object.fromEntries(COMPONENTEN.map((n) => [n, 0])) as Gewichten;
    expect(() => score(hulpvraag(), vrijwilliger(), context({ gewichten }))).toThrow(expect.objectContaining({ veld: 'gewichten' }));
  });

  it('rejects a horizon outside 1..366 days', () => {
    expect(() => score(hulpvraag(), vrijwilliger(), context({ horizonDagen: 0 }))).toThrow(OngeldigeInvoer);
  });

  it('depends on the injected clock, not on the wall clock', () => {
    const h = hulpvraag({ venster: { soort: 'terugkerend', rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '2025-05-06T10:00:00+02:00' }, vogVereist: true });
    const k = vrijwilliger({ vog: { geldigTot: '2025-06-01' } });
    expect(score(h, k, context({ nu: new Date('2025-05-01T00:00:00Z') })).excludedBy).toBeUndefined();
    expect(score(h, k, context({ nu: new Date('2025-06-04T00:00:00Z') })).excludedBy?.map((u) => u.code)).toEqual(['VOG_VERLOPEN']);
  });
});
