import { aandeel, aanvullen, alsZichtbaar, telTabel } from './tabel';

const groepen = [
  { code: 'a', label: 'A' },
  { code: 'b', label: 'B' },
  { code: 'c', label: 'C' },
];

describe('published tables', () => {
  it('fills zeros, keeps known columns first and adds unknown ones found in the data', () => {
    expect(aanvullen(['zelf', 'makelaar'], ['systeem', 'zelf', 'anders'])).toEqual(['zelf', 'makelaar', 'anders', 'systeem']);
    const t = telTabel(
      groepen,
      ['zelf', 'makelaar'],
      [
        { groep: 'a', kolom: 'zelf', n: 10 },
        { groep: 'a', kolom: 'makelaar', n: 10 },
        { groep: 'b', kolom: 'zelf', n: 6 },
        { groep: 'b', kolom: 'makelaar', n: 7 },
      ],
    );
    expect(t.rijen.map((r) => [r.groep, r.cellen, r.totaal])).toEqual([
      ['a', [10, 10], 20],
      ['b', [6, 7], 13],
      ['c', [0, 0], 0],
    ]);
    expect([t.kolomTotalen, t.totaal]).toEqual([[16, 17], 33]);
  });

  it('hides a small cell and enough others that no sum gives it away', () => {
    const t = telTabel(
      groepen,
      ['aantal'],
      [
        { groep: 'a', kolom: 'aantal', n: 20 },
        { groep: 'b', kolom: 'aantal', n: 3 },
        { groep: 'c', kolom: 'aantal', n: 9 },
      ],
    );
    // b is small; c (the smallest other) is hidden too, or 32 − 20 − c would reveal b
    expect(t.rijen.map((r) => r.cellen[0])).toEqual([20, '<5', '<5']);
    expect(t.totaal).toBe(32);
    expect(t.onderdrukt).toMatchObject({ primair: 2 });
  });

  it('suppresses overlapping columns one by one and publishes no row total', () => {
    const t = telTabel(
      groepen,
      ['bewoner', 'vrijwilliger'],
      [
        { groep: 'a', kolom: 'bewoner', n: 8 },
        { groep: 'a', kolom: 'vrijwilliger', n: 2 },
        { groep: 'b', kolom: 'bewoner', n: 8 },
      ],
      true,
    );
    expect(t.rijen.map((r) => [r.cellen, r.totaal])).toEqual([
      [[8, '<5'], null],
      [[8, 0], null],
      [[0, 0], null],
    ]);
    expect([t.kolomTotalen, t.totaal]).toEqual([[16, '<5'], null]);
  });

  it('derives shares and values only from published counts', () => {
    expect(aandeel(5, 10)).toBe(0.5);
    expect(aandeel('<5', 10)).toBeNull();
    expect(aandeel(5, '<5')).toBeNull();
    expect(aandeel(0, 0)).toBeNull();
    expect(alsZichtbaar(7, 12.5)).toBe(12.5);
    expect(alsZichtbaar('<5', 12.5)).toBeNull();
  });
});
