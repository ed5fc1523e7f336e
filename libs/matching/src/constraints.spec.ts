import { context, hulpvraag, noordVan, vrijwilliger, wijkserviceDeelnemer, CENTRUM } from './__fixtures__/builders';
import { score } from './score';
import type { Hulpvraag, Kandidaat, UitsluitingCode } from './types';

const codes = (h: Hulpvraag, k: Kandidaat): UitsluitingCode[] | undefined => score(h, k, context()).excludedBy?.map((u) => u.code);

describe('hard constraints', () => {
  it('accepts the baseline pair', () => {
    const s = score(hulpvraag(), vrijwilliger(), context());
    expect(s.excludedBy).toBeUndefined();
    expect(s.total).toBeGreaterThan(0);
  });

  it.each<[UitsluitingCode, Hulpvraag, Kandidaat]>([
    ['EIGEN_HULPVRAAG', hulpvraag({ bewonerId: 'd1' }), vrijwilliger()],
    ['PAAR_GEBLOKKEERD', hulpvraag(), vrijwilliger({ geblokkeerdeBewoners: [{ bewonerId: 'b1', reden: 'klacht' }] })],
    ['CATEGORIE_NIET_AANGEBODEN', hulpvraag({ categorie: 'vervoer' }), vrijwilliger()],
    ['VAARDIGHEID_ONTBREEKT', hulpvraag({ vereisteVaardigheden: ['tuinieren', 'klussen'] }), vrijwilliger()],
    ['TE_VER_WEG', hulpvraag(), vrijwilliger({ maxAfstandMeter: 500 })],
    ['NIET_BESCHIKBAAR', hulpvraag(), vrijwilliger({ beschikbaarheid: [{ dag: 3, van: '09:00', tot: '13:00' }] })],
    ['NIET_BESCHIKBAAR', hulpvraag(), vrijwilliger({ uitzonderingen: [{ van: '2025-05-13', tot: '2025-05-13' }] })],
    ['MAX_MATCHES_BEREIKT', hulpvraag(), vrijwilliger({ capaciteit: { maxActieveMatches: 2, actieveMatches: 2, maxUrenPerWeek: 8, urenDezeWeek: 0 } })],
    ['MAX_UREN_BEREIKT', hulpvraag(), vrijwilliger({ capaciteit: { maxActieveMatches: 3, actieveMatches: 0, maxUrenPerWeek: 8, urenDezeWeek: 7 } })],
    ['VOG_ONTBREEKT', hulpvraag({ vogVereist: true }), vrijwilliger()],
    ['VOG_VERLOPEN', hulpvraag({ vogVereist: true }), vrijwilliger({ vog: { geldigTot: '2025-05-12' } })],
    ['GEEN_GEMEENSCHAPPELIJKE_TAAL', hulpvraag({ talen: ['tr', 'ar'], taalVereist: true }), vrijwilliger()],
    ['WIJKSERVICE_CATEGORIE_NIET_OPEN', hulpvraag({ categorie: 'vervoer' }), wijkserviceDeelnemer({ categorieen: ['vervoer'] })],
    ['WIJKSERVICE_VERDRINGING', hulpvraag({ categorie: 'schilderen' }), wijkserviceDeelnemer({ categorieen: ['schilderen'] })],
    ['WIJKSERVICE_GRENS', hulpvraag({ fysiekZwaar: true }), wijkserviceDeelnemer({ grenzen: { geenFysiekZwaarWerk: true } })],
  ])('%s excludes with only that code', (code, h, k) => {
    expect(codes(h, k)).toEqual([code]);
    const s = score(h, k, context());
    expect(s.total).toBe(0);
    expect(s.excludedBy?.[0].zin).toMatch(/\w{3,}/);
  });

  it('names every violated constraint at once, in a fixed order', () => {
    const k = vrijwilliger({ maxAfstandMeter: 100, categorieen: ['boodschappen'], geblokkeerdeBewoners: [{ bewonerId: 'b1', reden: 'wens_bewoner' }] });
    expect(codes(hulpvraag(), k)).toEqual(['PAAR_GEBLOKKEERD', 'CATEGORIE_NIET_AANGEBODEN', 'TE_VER_WEG']);
  });

  it.each<[string, Hulpvraag, Kandidaat]>([
    ['exactly at the maximum distance', hulpvraag({ locatie: noordVan(CENTRUM, 600) }), vrijwilliger({ locatie: CENTRUM, maxAfstandMeter: 601 })],
    ['a related skill for a required one', hulpvraag({ vereisteVaardigheden: ['tuinieren'] }), vrijwilliger({ vaardigheden: ['snoeien'] })],
    [
      'hours that just fit (6 + 2 = 8)',
      hulpvraag(),
      vrijwilliger({ capaciteit: { maxActieveMatches: 3, actieveMatches: 2, maxUrenPerWeek: 8, urenDezeWeek: 6 } }),
    ],
    ['a VOG valid until the day itself', hulpvraag({ vogVereist: true }), vrijwilliger({ vog: { geldigTot: '2025-05-13' } })],
    ['a VOG without recorded expiry', hulpvraag({ vogVereist: true }), vrijwilliger({ vog: {} })],
    ['a second shared language', hulpvraag({ talen: ['tr', 'nl'], taalVereist: true }), vrijwilliger()],
    ['a language that is only preferred', hulpvraag({ talen: ['tr'], taalVereist: false }), vrijwilliger()],
    ['partial overlap with the appointment', hulpvraag(), vrijwilliger({ beschikbaarheid: [{ dag: 2, van: '11:00', tot: '15:00' }] })],
    ['heavy work for a volunteer', hulpvraag({ fysiekZwaar: true }), vrijwilliger()],
    ['Wijkservice in an open category', hulpvraag({ fysiekZwaar: true }), wijkserviceDeelnemer()],
    ['paid-work category for a volunteer', hulpvraag({ categorie: 'schilderen' }), vrijwilliger({ categorieen: ['schilderen'] })],
    ['a block for another resident', hulpvraag(), vrijwilliger({ geblokkeerdeBewoners: [{ bewonerId: 'b2', reden: 'klacht' }] })],
  ])('allows %s', (_naam, h, k) => {
    expect(codes(h, k)).toBeUndefined();
  });

  it('checks a recurring request against the participant hours per week including this request', () => {
    const h = hulpvraag({ venster: { soort: 'terugkerend', rrule: 'FREQ=WEEKLY;BYDAY=TU,FR', start: '2025-05-06T10:00:00+02:00' }, duurMinuten: 120 });
    const k = vrijwilliger({ beschikbaarheid: [{ dag: 2, van: '09:00', tot: '13:00' }] });
    expect(codes(h, { ...k, capaciteit: { ...k.capaciteit, urenDezeWeek: 4 } })).toBeUndefined();
    expect(codes(h, { ...k, capaciteit: { ...k.capaciteit, urenDezeWeek: 5 } })).toEqual(['MAX_UREN_BEREIKT']);
  });

  it('checks the VOG against the last day of a flexible window', () => {
    const h = hulpvraag({ vogVereist: true, venster: { soort: 'flexibel', start: '2025-05-12T00:00:00+02:00', eind: '2025-05-17T00:00:00+02:00' } });
    expect(codes(h, vrijwilliger({ vog: { geldigTot: '2025-05-16' } }))).toBeUndefined();
    expect(codes(h, vrijwilliger({ vog: { geldigTot: '2025-05-15' } }))).toEqual(['VOG_VERLOPEN']);
  });
});
