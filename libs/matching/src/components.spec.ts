import { context, hulpvraag, noordVan, vrijwilliger, CENTRUM } from './__fixtures__/builders';
import { score } from './score';
import type { ComponentNaam, Hulpvraag, Kandidaat } from './types';

const component = (naam: ComponentNaam, h: Hulpvraag, k: Kandidaat): number => score(h, k, context()).components[naam];

describe('soft components', () => {
  describe('vaardigheden', () => {
    const h = hulpvraag({ vereisteVaardigheden: ['tuinieren'], gewensteVaardigheden: ['koken'] });
    it.each<[string[], number]>([
      [['tuinieren', 'koken'], 1],
      [['tuinieren'], 0.6],
      [['snoeien', 'koken'], 0.6 * 0.5 + 0.4],
      [['snoeien'], 0.3],
    ])('scores skills %j as %d (required 0.6, wished 0.4, related half)', (vaardigheden, verwacht) => {
      expect(component('vaardigheden', h, vrijwilliger({ vaardigheden }))).toBeCloseTo(verwacht);
    });

    it('is fully met when the request asks for no skills', () => {
      expect(component('vaardigheden', hulpvraag(), vrijwilliger({ vaardigheden: [] }))).toBe(1);
    });

    it('reads related skills both ways', () => {
      const omgekeerd = hulpvraag({ gewensteVaardigheden: ['snoeien'] });
      expect(component('vaardigheden', omgekeerd, vrijwilliger({ vaardigheden: ['tuinieren'] }))).toBe(0.5);
    });
  });

  describe('afstand', () => {
    it('decreases with distance', () => {
      const dichtbij = component('afstand', hulpvraag(), vrijwilliger({ locatie: noordVan(CENTRUM, 200) }));
      const verder = component('afstand', hulpvraag(), vrijwilliger({ locatie: noordVan(CENTRUM, 1500) }));
      expect(dichtbij).toBeGreaterThan(verder);
    });

    it('is lower on foot than by car at the same distance', () => {
      expect(component('afstand', hulpvraag(), vrijwilliger({ vervoer: 'lopen' }))).toBeLessThan(
        component('afstand', hulpvraag(), vrijwilliger({ vervoer: 'auto' })),
      );
    });
  });

  it('beschikbaarheid is the covered share of the appointment', () => {
    expect(component('beschikbaarheid', hulpvraag(), vrijwilliger())).toBe(1);
    expect(component('beschikbaarheid', hulpvraag(), vrijwilliger({ beschikbaarheid: [{ dag: 2, van: '11:00', tot: '13:00' }] }))).toBe(0.5);
  });

  describe('capaciteitEnEerlijkheid', () => {
    it('ranks fewer recent matches higher', () => {
      const weinig = component('capaciteitEnEerlijkheid', hulpvraag(), vrijwilliger({ recenteMatches: 0 }));
      const veel = component('capaciteitEnEerlijkheid', hulpvraag(), vrijwilliger({ recenteMatches: 6 }));
      expect(weinig).toBe(1);
      expect(veel).toBeCloseTo(0.5 / 3 + 0.5);
    });

    it('ranks more room left higher', () => {
      const capaciteit = { maxActieveMatches: 4, actieveMatches: 2, maxUrenPerWeek: 8, urenDezeWeek: 0 };
      expect(component('capaciteitEnEerlijkheid', hulpvraag(), vrijwilliger({ capaciteit }))).toBeCloseTo(0.5 + 0.25);
      expect(component('capaciteitEnEerlijkheid', hulpvraag(), vrijwilliger({ capaciteit: { ...capaciteit, urenDezeWeek: 6 } }))).toBeCloseTo(0.5 + 0.125);
    });
  });

  it.each<[string, Kandidaat['eerderGeholpen'], number]>([
    ['a good experience with this resident', [{ bewonerId: 'b1', positief: true }], 1],
    ['a stranger', [{ bewonerId: 'b2', positief: true }], 0.5],
    ['only bad experiences with this resident', [{ bewonerId: 'b1', positief: false }], 0],
  ])('continuiteit: %s', (_naam, eerderGeholpen, verwacht) => {
    expect(component('continuiteit', hulpvraag(), vrijwilliger({ eerderGeholpen }))).toBe(verwacht);
  });

  it.each<[Kandidaat['betrouwbaarheid'], number]>([
    [{ noShows: 0, lateAnnuleringen: 0, afgerond: 0 }, 1],
    [{ noShows: 1, lateAnnuleringen: 0, afgerond: 0 }, 2 / 3],
    [{ noShows: 1, lateAnnuleringen: 2, afgerond: 10 }, 12 / 14],
  ])('betrouwbaarheid of %j is %d (gentle for newcomers)', (betrouwbaarheid, verwacht) => {
    expect(component('betrouwbaarheid', hulpvraag(), vrijwilliger({ betrouwbaarheid }))).toBeCloseTo(verwacht);
  });

  it.each<[string[], string[], number]>([
    [['tr', 'nl'], ['tr'], 1],
    [['tr', 'nl'], ['nl'], 0.7],
    [['tr'], ['nl'], 0],
    [[], ['nl'], 1],
  ])('taal: resident %j, helper %j → %d', (gevraagd, gesproken, verwacht) => {
    expect(component('taal', hulpvraag({ talen: gevraagd }), vrijwilliger({ talen: gesproken }))).toBe(verwacht);
  });
});
