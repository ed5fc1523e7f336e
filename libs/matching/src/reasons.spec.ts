import { context, hulpvraag, noordVan, vrijwilliger, wijkserviceDeelnemer, CENTRUM } from './__fixtures__/builders';
import { score } from './score';
import type { Hulpvraag, Kandidaat } from './types';

const redenen = (h: Hulpvraag, k: Kandidaat): string[] => score(h, k, context()).reasons;

describe('reasons', () => {
  it('reads the baseline pair as short Dutch sentences', () => {
    expect(redenen(hulpvraag({ vereisteVaardigheden: ['tuinieren'] }), vrijwilliger())).toEqual([
      'heeft ervaring met tuinieren',
      'woont 600 m verderop',
      'kan op dinsdagochtend',
    ]);
  });

  it.each([
    [40, 'woont 100 m verderop'],
    [1240, 'woont 1,2 km verderop'],
  ])('rounds %d m sensibly', (meter, zin) => {
    expect(redenen(hulpvraag(), vrijwilliger({ locatie: noordVan(CENTRUM, meter) }))).toContain(zin);
  });

  it('names a vaste buuv first', () => {
    expect(redenen(hulpvraag(), vrijwilliger({ eerderGeholpen: [{ bewonerId: 'b1', positief: true }] }))[0]).toBe('heeft deze bewoner eerder geholpen');
    expect(redenen(hulpvraag(), vrijwilliger({ eerderGeholpen: [{ bewonerId: 'b1', positief: false }] }))).not.toContain('heeft deze bewoner eerder geholpen');
  });

  it('names a related skill the helper actually has', () => {
    expect(redenen(hulpvraag({ gewensteVaardigheden: ['tuinieren', 'koken'] }), vrijwilliger({ vaardigheden: ['snoeien', 'koken'] }))).toContain(
      'heeft ervaring met snoeien en koken',
    );
  });

  it('describes a recurring request the helper can only partly do', () => {
    const h = hulpvraag({ venster: { soort: 'terugkerend', rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '2025-05-06T10:00:00+02:00' }, duurMinuten: 60 });
    const ctx = context({ horizonDagen: 28 });
    expect(score(h, vrijwilliger(), ctx).reasons).toContain('kan op dinsdagochtend');
    expect(score(h, vrijwilliger({ uitzonderingen: [{ van: '2025-05-12', tot: '2025-05-14' }] }), ctx).reasons).toContain('kan 3 van de 4 keer');
  });

  it('mentions a shared language other than Dutch, a valid VOG and experience', () => {
    const h = hulpvraag({ talen: ['tr', 'nl'], vogVereist: true });
    const k = vrijwilliger({ talen: ['nl', 'tr'], vog: { geldigTot: '2026-01-01' }, betrouwbaarheid: { afgerond: 12, noShows: 0, lateAnnuleringen: 1 } });
    expect(redenen(h, k)).toEqual(expect.arrayContaining(['spreekt Turks', 'heeft een geldige VOG', 'heeft al 12 keer iemand geholpen']));
  });

  it('never reveals that a helper takes part through Wijkservice', () => {
    const h = hulpvraag({ gewensteVaardigheden: ['tuinieren'] });
    const w = redenen(h, wijkserviceDeelnemer({ eerderGeholpen: [{ bewonerId: 'b1', positief: true }] }));
    expect(w).toEqual(redenen(h, vrijwilliger({ eerderGeholpen: [{ bewonerId: 'b1', positief: true }] })));
    expect(w.join(' ')).not.toMatch(/wijkservice|uitkering|tegenprestatie/i);
  });
});
