import { dekking, isBeschikbaar, maakRooster, maakTijdvraag } from './availability';
import { OngeldigeInvoer } from './errors';
import { lokaleMinuten, weekdag } from './tijd';
import type { Tijdslot, Venster } from './types';

const NU = new Date('2025-05-01T08:00:00Z');
const tijdvraag = (venster: Venster, duurMinuten = 120, horizon = 90) => maakTijdvraag({ venster, duurMinuten }, NU, horizon);
const rooster = (slots: Tijdslot[], uitzonderingen: { van: string; tot: string }[] = []) => maakRooster(slots, uitzonderingen);
const DINSDAG_OCHTEND: Tijdslot = { dag: 2, van: '09:00', tot: '13:00' };

describe('Dutch local time', () => {
  it('switches to summer time on the last Sunday of March at 01:00 UTC', () => {
    expect(lokaleMinuten(Date.parse('2025-03-30T00:59:00Z')) % 1440).toBe(1 * 60 + 59);
    expect(lokaleMinuten(Date.parse('2025-03-30T01:00:00Z')) % 1440).toBe(3 * 60);
    expect(lokaleMinuten(Date.parse('2025-10-26T00:59:00Z')) % 1440).toBe(2 * 60 + 59);
    expect(lokaleMinuten(Date.parse('2025-10-26T01:00:00Z')) % 1440).toBe(2 * 60);
  });

  it('numbers weekdays from maandag = 1', () => {
    expect(weekdag(0)).toBe(4); // 1970-01-01 was a Thursday
    expect(weekdag(Math.floor(lokaleMinuten(Date.parse('2025-05-13T10:00:00+02:00')) / 1440))).toBe(2);
  });
});

describe('maakTijdvraag', () => {
  it('keeps a weekly appointment at 10:00 local across the switch to winter time', () => {
    const t = tijdvraag({ soort: 'terugkerend', rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '2025-10-14T10:00:00+02:00' }, 60, 30);
    expect(t.momenten.map((m) => m[0].van)).toEqual([600, 600, 600, 600, 600]);
    expect(t.momenten.every((m) => weekdag(m[0].dagIndex) === 2)).toBe(true);
  });

  it('expands only within the horizon and from now on', () => {
    const t = tijdvraag({ soort: 'terugkerend', rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '2025-01-07T10:00:00+01:00' }, 60, 28);
    expect(t.momenten).toHaveLength(4); // 6, 13, 20, 27 May
  });

  it('counts hours per week from the busiest week of a recurrence', () => {
    const t = tijdvraag({ soort: 'terugkerend', rrule: 'FREQ=WEEKLY;BYDAY=TU,TH', start: '2025-05-06T10:00:00+02:00' }, 90);
    expect(t.urenPerWeek).toBe(3);
  });

  it('splits an appointment over midnight into two days', () => {
    const t = tijdvraag({ soort: 'eenmalig', start: '2025-05-13T23:00:00+02:00', eind: '2025-05-14T01:00:00+02:00' });
    expect(t.momenten[0]).toEqual([expect.objectContaining({ van: 1380, tot: 1440 }), expect.objectContaining({ van: 0, tot: 60 })]);
  });

  it.each<[Venster, string]>([
    [{ soort: 'terugkerend', rrule: 'ELKE DINSDAG', start: '2025-05-06T10:00:00+02:00' }, 'venster.rrule'],
    [{ soort: 'terugkerend', rrule: 'BYDAY=TU', start: '2025-05-06T10:00:00+02:00' }, 'venster.rrule'],
    [{ soort: 'eenmalig', start: '2025-05-13T10:00:00', eind: '2025-05-13T12:00:00+02:00' }, 'venster.start'],
    [{ soort: 'eenmalig', start: '2025-05-13T12:00:00+02:00', eind: '2025-05-13T10:00:00+02:00' }, 'venster.eind'],
  ])('rejects %j naming %s', (venster, veld) => {
    expect(() => tijdvraag(venster)).toThrow(OngeldigeInvoer);
    expect(() => tijdvraag(venster)).toThrow(expect.objectContaining({ veld }));
  });
});

describe('maakRooster', () => {
  it('merges overlapping slots of one day', () => {
    const r = rooster([
      { dag: 1, van: '09:00', tot: '11:00' },
      { dag: 1, van: '10:00', tot: '12:00' },
      { dag: 1, van: '14:00', tot: '24:00' },
    ]);
    expect(r.perDag[1]).toEqual([
      [540, 720],
      [840, 1440],
    ]);
  });

  it('rejects a malformed time or weekday', () => {
    expect(() => rooster([{ dag: 1, van: '9:00', tot: '11:00' }])).toThrow(expect.objectContaining({ veld: 'beschikbaarheid.van' }));
    expect(() => rooster([{ dag: 8 as 1, van: '09:00', tot: '11:00' }])).toThrow(expect.objectContaining({ veld: 'beschikbaarheid.dag' }));
    for (const tot of ['11:60', '24:01', '25:00', '11-00', '11:0', '11:000', '1a:00', '+1:00', ' 9:00', '١١:٠٠', ''])
      expect(() => rooster([{ dag: 1, van: '09:00', tot }])).toThrow(expect.objectContaining({ veld: 'beschikbaarheid.tot' }));
  });

  it('reads times from 00:00 to 24:00 and drops a slot that ends before it starts', () => {
    const r = rooster([
      { dag: 3, van: '00:00', tot: '24:00' },
      { dag: 5, van: '23:59', tot: '24:00' },
      { dag: 6, van: '12:00', tot: '11:59' },
    ]);
    expect(r.perDag[3]).toEqual([[0, 1440]]);
    expect(r.perDag[5]).toEqual([[1439, 1440]]);
    expect(r.perDag[6]).toEqual([]);
    expect(r.perDag[1]).toEqual([]);
  });
});

describe('dekking', () => {
  const eenmalig = (van: string, tot: string) => tijdvraag({ soort: 'eenmalig', start: `2025-05-13T${van}:00+02:00`, eind: `2025-05-13T${tot}:00+02:00` });

  it('covers an appointment inside a slot fully', () => {
    const d = dekking(eenmalig('10:00', '12:00'), rooster([DINSDAG_OCHTEND]));
    expect(d).toMatchObject({ aandeel: 1, gedekteMomenten: 1, momenten: 1, voorbeelden: [{ dag: 2, minuut: 600 }] });
  });

  it('counts the covered share of minutes', () => {
    expect(dekking(eenmalig('12:00', '14:00'), rooster([DINSDAG_OCHTEND])).aandeel).toBe(0.5);
  });

  it('covers nothing on another weekday or on a day off', () => {
    const t = eenmalig('10:00', '12:00');
    expect(dekking(t, rooster([{ dag: 3, van: '09:00', tot: '13:00' }])).aandeel).toBe(0);
    const vakantie = dekking(t, rooster([DINSDAG_OCHTEND], [{ van: '2025-05-10', tot: '2025-05-13' }]));
    expect(isBeschikbaar(vakantie, 'eenmalig')).toBe(false);
  });

  it('needs one free stretch of the full duration for a flexible window', () => {
    const week = tijdvraag({ soort: 'flexibel', start: '2025-05-12T00:00:00+02:00', eind: '2025-05-19T00:00:00+02:00' }, 180);
    const kort = dekking(week, rooster([{ dag: 2, van: '09:00', tot: '11:00' }]));
    expect(isBeschikbaar(kort, 'flexibel')).toBe(false);
    const lang = dekking(week, rooster([{ dag: 2, van: '09:00', tot: '13:00' }]));
    expect(lang).toMatchObject({ gedekteMomenten: 1, momenten: 7 });
    expect(lang.aandeel).toBeCloseTo(1 / 3);
    const ruim = dekking(week, rooster([1, 2, 3].map((dag) => ({ dag: dag as 1, van: '09:00', tot: '13:00' }))));
    expect(ruim.aandeel).toBe(1);
  });

  it('counts recurring moments, skipping the holiday weeks', () => {
    const t = tijdvraag({ soort: 'terugkerend', rrule: 'FREQ=WEEKLY;BYDAY=TU', start: '2025-05-06T10:00:00+02:00' }, 60, 28);
    const d = dekking(t, rooster([DINSDAG_OCHTEND], [{ van: '2025-05-12', tot: '2025-05-21' }]));
    expect(d).toMatchObject({ gedekteMomenten: 2, momenten: 4, aandeel: 0.5 });
  });
});
