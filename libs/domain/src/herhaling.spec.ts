import fc from 'fast-check';
import { leesHerhaling, minstensEenDagTussen, omschrijfHerhaling, valideerHerhaling, volgendeKeren } from './herhaling';
import { kalenderdag, naarWandklok } from './tijdzone';

const nu = new Date('2025-03-01T09:00:00Z');
const start = new Date('2025-03-04T09:00:00Z'); // Tuesday 10:00 in Amsterdam

describe('leesHerhaling', () => {
  it.each([
    ['FREQ=WEEKLY;BYDAY=XX', 'BYDAY is ongeldig'],
    ['FREQ=WEEKLY;COUNT=x', 'COUNT moet een heel getal'],
    ['FREQ=WEEKLY;INTERVAL=0', 'INTERVAL moet een heel getal'],
    ['FREQ=FOO', 'Geef aan hoe vaak'],
    ['BYDAY=MO', 'Geef aan hoe vaak'],
    ['bla', 'begrijpen we niet'],
    ['FREQ=WEEKLY;FREQ=DAILY', 'twee keer'],
    ['FREQ=WEEKLY;X-NAME=1', 'kennen we niet'],
    ['FREQ=WEEKLY;COUNT=3;UNTIL=20250601', 'niet allebei'],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'BYMONTHDAY is ongeldig'],
    ['FREQ=DAILY;BYHOUR=24', 'BYHOUR is ongeldig'],
    ['', 'Vul een herhaling in'],
    ['FREQ=WEEKLY;BYMONTHDAY=3', 'maandelijkse of jaarlijkse'],
    ['FREQ=DAILY;BYDAY=1MO', 'maandelijkse of jaarlijkse'],
    ['FREQ=MONTHLY;BYDAY=6MO', 'hoogstens 5 keer'],
  ])('refuses %p in Dutch', (regel, bericht) => {
    const r = leesHerhaling(regel);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.fouten[0].veld).toBe('herhaling');
      expect(r.fouten.map((f) => f.bericht).join(' ')).toContain(bericht);
    }
  });

  it('reads a rule with an RRULE: prefix, any case', () => {
    expect(leesHerhaling('RRULE:freq=weekly;byday=tu,th;interval=2')).toMatchObject({
      ok: true,
      waarde: { freq: 'WEEKLY', interval: 2, byday: [{ dag: 'TU' }, { dag: 'TH' }] },
    });
  });
});

describe('valideerHerhaling', () => {
  it('accepts weekly and daily help', () => {
    expect(valideerHerhaling('FREQ=WEEKLY;BYDAY=TU', start, nu).ok).toBe(true);
    expect(valideerHerhaling('FREQ=DAILY', start, nu).ok).toBe(true);
  });

  it.each(['FREQ=HOURLY', 'FREQ=MINUTELY;INTERVAL=1440', 'FREQ=DAILY;BYHOUR=9,17', 'FREQ=WEEKLY;BYMINUTE=0,30', 'FREQ=SECONDLY;INTERVAL=9999'])(
    'refuses more than once a day: %p',
    (regel) => {
      expect(valideerHerhaling(regel, start, nu)).toMatchObject({ ok: false, fouten: [{ veld: 'herhaling', code: 'te-vaak' }] });
    },
  );

  it('checks that occurrences are at least a day apart on the clock', () => {
    const d = (x: string): Date => new Date(x);
    expect(minstensEenDagTussen([d('2025-03-03T23:00:00Z'), d('2025-03-04T10:00:00Z')])).toBe(false);
    expect(minstensEenDagTussen([d('2025-03-03T10:00:00Z'), d('2025-03-04T10:00:00Z'), d('2025-03-06T09:00:00Z')])).toBe(true);
    expect(minstensEenDagTussen([])).toBe(true);
    // Monday and Tuesday at 23:00 are exactly a day apart: allowed.
    expect(valideerHerhaling('FREQ=WEEKLY;BYDAY=MO,TU;BYHOUR=23', start, nu).ok).toBe(true);
  });

  it('refuses a rule that lies entirely in the past', () => {
    const vroeger = new Date('2024-01-02T09:00:00Z');
    expect(valideerHerhaling('FREQ=WEEKLY;COUNT=4', vroeger, nu)).toMatchObject({ ok: false, fouten: [{ code: 'in-verleden' }] });
    expect(valideerHerhaling('FREQ=WEEKLY;UNTIL=20240301', vroeger, nu)).toMatchObject({ ok: false, fouten: [{ code: 'in-verleden' }] });
    expect(valideerHerhaling('FREQ=WEEKLY', vroeger, nu).ok).toBe(true);
  });

  // the 5-year horizon bounds the search (rrule alone would search to the year 9999, ~15 s); speed itself is not asserted
  it('refuses an impossible rule within the horizon', () => {
    expect(valideerHerhaling('FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30', start, nu)).toMatchObject({ ok: false, fouten: [{ code: 'geen-keren' }] });
    expect(valideerHerhaling('FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31', start, nu)).toMatchObject({ ok: false, fouten: [{ code: 'geen-keren' }] });
  });
});

describe('volgendeKeren', () => {
  it('keeps 10:00 Amsterdam time across the DST change', () => {
    const keren = volgendeKeren('FREQ=WEEKLY;BYDAY=TU', start, nu, 6);
    expect(keren.map((k) => k.toISOString())).toEqual([
      '2025-03-04T09:00:00.000Z',
      '2025-03-11T09:00:00.000Z',
      '2025-03-18T09:00:00.000Z',
      '2025-03-25T09:00:00.000Z',
      '2025-04-01T08:00:00.000Z', // CEST
      '2025-04-08T08:00:00.000Z',
    ]);
  });

  it('starts from `van` and honours COUNT from the start', () => {
    const keren = volgendeKeren('FREQ=WEEKLY;COUNT=3', start, new Date('2025-03-10T00:00:00Z'), 10);
    expect(keren.map(kalenderdag)).toEqual(['2025-03-11', '2025-03-18']);
  });

  it('includes the whole UNTIL day', () => {
    expect(volgendeKeren('FREQ=WEEKLY;UNTIL=20250318', start, start, 10).map(kalenderdag)).toEqual(['2025-03-04', '2025-03-11', '2025-03-18']);
  });

  it('expands monthly rules on a weekday position', () => {
    expect(volgendeKeren('FREQ=MONTHLY;BYDAY=-1FR', start, start, 3).map(kalenderdag)).toEqual(['2025-03-28', '2025-04-25', '2025-05-30']);
  });

  it('throws on an unreadable rule', () => {
    expect(() => volgendeKeren('FREQ=NOOIT', start, start, 1)).toThrow(RangeError);
  });

  it('gives sorted occurrences at or after van, on the wall-clock time of the start (property)', () => {
    const regels = ['FREQ=DAILY', 'FREQ=WEEKLY;BYDAY=MO,TH', 'FREQ=WEEKLY;INTERVAL=2', 'FREQ=MONTHLY;BYMONTHDAY=1,15', 'FREQ=MONTHLY;BYDAY=2WE'];
    fc.assert(
      fc.property(
        fc.constantFrom(...regels),
        fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 400 }),
        (regel, begin, dagenLater) => {
          const van = new Date(begin.getTime() + dagenLater * 86_400_000);
          const keren = volgendeKeren(regel, begin, van, 20);
          expect(keren).toHaveLength(20);
          const klok = naarWandklok(begin).toISOString().slice(11, 16);
          keren.forEach((k, i) => {
            expect(k.getTime()).toBeGreaterThanOrEqual(van.getTime() - 1000);
            if (i > 0) expect(k.getTime()).toBeGreaterThan(keren[i - 1].getTime());
            // on the spring-forward day 02:00-03:00 does not exist in Amsterdam: such a time is an hour later. The
            // clock jumped within the last 2 hours only for an occurrence in that gap (01:00-02:00 UTC that day)
            const offset = (d: Date) => naarWandklok(d).getTime() - d.getTime();
            const gat = klok.startsWith('02:') && offset(k) > offset(new Date(k.getTime() - 2 * 3_600_000));
            expect(naarWandklok(k).toISOString().slice(11, 16)).toBe(gat ? `03:${klok.slice(3)}` : klok);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('omschrijfHerhaling', () => {
  it.each([
    ['FREQ=WEEKLY;BYDAY=TU', 'elke dinsdag'],
    ['FREQ=WEEKLY;BYDAY=TU,TH', 'elke week op dinsdag en donderdag'],
    ['FREQ=WEEKLY;BYDAY=MO,WE,FR', 'elke week op maandag, woensdag en vrijdag'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', 'elke 2 weken op maandag'],
    ['FREQ=WEEKLY', 'elke week'],
    ['FREQ=MONTHLY;BYMONTHDAY=3', 'elke maand op de 3e'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15', 'elke maand op de 1e en 15e'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', 'elke maand op de laatste dag'],
    ['FREQ=MONTHLY;BYDAY=1TU', 'elke maand op de 1e dinsdag'],
    ['FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1', 'elke maand op de laatste vrijdag'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=10', 'elke 3 maanden op de 10e'],
    ['FREQ=DAILY', 'elke dag'],
    ['FREQ=DAILY;INTERVAL=2', 'elke 2 dagen'],
    ['FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=5', 'elk jaar in december op de 5e'],
    ['FREQ=WEEKLY;BYDAY=SA;BYHOUR=10;BYMINUTE=30', 'elke zaterdag om 10:30'],
    ['FREQ=WEEKLY;BYDAY=TU;COUNT=6', 'elke dinsdag, 6 keer'],
    ['FREQ=WEEKLY;BYDAY=TU;UNTIL=20250601', 'elke dinsdag, tot en met 1 juni 2025'],
  ])('%p → %p', (regel, tekst) => {
    expect(omschrijfHerhaling(regel)).toBe(tekst);
  });
});
