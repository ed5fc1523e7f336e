import fc from 'fast-check';
import { beginVanDag, isKalenderdag, kalenderdag, naarWandklok, vanWandklok, weekdagVan, dagnummer } from './tijdzone';

describe('Amsterdam calendar days', () => {
  it('maps an instant to its Amsterdam day, not the UTC day', () => {
    expect(kalenderdag(new Date('2025-03-03T23:30:00Z'))).toBe('2025-03-04'); // 00:30 CET
    expect(kalenderdag(new Date('2025-07-01T21:59:00Z'))).toBe('2025-07-01'); // 23:59 CEST
    expect(kalenderdag(new Date('2025-07-01T22:00:00Z'))).toBe('2025-07-02');
    expect(kalenderdag('2024-02-29')).toBe('2024-02-29');
    expect(() => kalenderdag('2025-02-29')).toThrow(RangeError);
    expect(() => kalenderdag(new Date('x'))).toThrow(RangeError);
  });

  it('finds Amsterdam midnight in winter and summer', () => {
    expect(beginVanDag('2025-01-15').toISOString()).toBe('2025-01-14T23:00:00.000Z');
    expect(beginVanDag('2025-07-15').toISOString()).toBe('2025-07-14T22:00:00.000Z');
    expect(beginVanDag('2025-03-30').toISOString()).toBe('2025-03-29T23:00:00.000Z'); // DST starts at 02:00 that day
  });

  it('handles the skipped spring hour and the doubled autumn hour', () => {
    expect(vanWandklok(new Date('2025-03-30T02:30:00Z')).toISOString()).toBe('2025-03-30T01:30:00.000Z'); // read as 03:30 CEST
    expect(vanWandklok(new Date('2025-10-26T02:30:00Z')).toISOString()).toBe('2025-10-26T00:30:00.000Z'); // first 02:30 (CEST)
  });

  it('round-trips instants through wall-clock time; only the doubled autumn hour maps to its first occurrence (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2060-01-01T00:00:00Z'), noInvalidDate: true }), (d) => {
        const terug = vanWandklok(naarWandklok(d));
        expect(naarWandklok(terug).getTime()).toBe(naarWandklok(d).getTime());
        expect([0, 3_600_000]).toContain(d.getTime() - terug.getTime());
      }),
    );
  });

  it('knows weekdays and valid dates', () => {
    expect(weekdagVan(dagnummer('1970-01-01'))).toBe(4);
    expect(weekdagVan(dagnummer('2025-06-15'))).toBe(0);
    expect(isKalenderdag('2025-13-01')).toBe(false);
    expect(isKalenderdag('25-01-01')).toBe(false);
    expect(isKalenderdag(20250101)).toBe(false);
  });
});
