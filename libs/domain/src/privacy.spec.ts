import fc from 'fast-check';
import { bepaaldeOnbekenden, isOnderdrukt, suppress, suppressList, type Cel, type Som } from './privacy';

describe('suppress (table)', () => {
  it('hides a small cell and enough complements that it cannot be subtracted back', () => {
    const r = suppress([
      [3, 10],
      [8, 12],
    ]);
    expect(r.cellen).toEqual([
      ['<5', '<5'],
      ['<5', '<5'],
    ]);
    expect(r.rijTotalen).toEqual([13, 20]);
    expect(r.kolomTotalen).toEqual([11, 22]);
    expect(r.totaal).toBe(33);
    expect(r.onderdrukt).toEqual({ primair: 1, secundair: 3 });
  });

  it('publishes zeros and large counts untouched', () => {
    const r = suppress([
      [0, 7],
      [6, 0],
    ]);
    expect(r.cellen).toEqual([
      [0, 7],
      [6, 0],
    ]);
    expect(r.onderdrukt).toEqual({ primair: 0, secundair: 0 });
  });

  it('prefers the smallest non-zero complement and keeps totals when it can', () => {
    const r = suppress([[2, 0, 9, 30]]);
    // Row: 2 hidden, 9 is the smallest non-zero complement. Each column is one cell = its column total, so those go too.
    expect(r.cellen).toEqual([['<5', 0, '<5', 30]]);
    expect(r.kolomTotalen).toEqual(['<5', 0, '<5', 30]);
    expect(r.rijTotalen).toEqual([41]);
  });

  it('hides small totals too', () => {
    const r = suppress([
      [1, 0],
      [0, 20],
    ]);
    expect(r.rijTotalen[0]).toBe('<5');
    expect(r.kolomTotalen[0]).toBe('<5');
    expect(r.totaal).toBe(21);
  });

  it('uses the configured threshold in the marker', () => {
    expect(suppress([[9, 20, 30]], { min: 10 }).cellen[0][0]).toBe('<10');
  });

  it('rejects ragged tables, negatives, fractions and a bad min', () => {
    expect(() => suppress([[1, 2], [3]])).toThrow(RangeError);
    expect(() => suppress([[-1]])).toThrow(RangeError);
    expect(() => suppress([[1.5]])).toThrow(RangeError);
    expect(() => suppress([[1]], { min: 0 })).toThrow(RangeError);
  });

  it('widens a pattern where every row and column has two hidden cells but one cell is still determined', () => {
    // Two 2×2 blocks of small counts joined by one small cell (1,2): (rows 0+1) − (cols 0+1) reveals it.
    const t = [
      [1, 2, 50, 60],
      [3, 4, 2, 70],
      [80, 90, 3, 4],
      [60, 70, 1, 2],
    ];
    const r = suppress(t);
    expect(r.onderdrukt.primair).toBe(9);
    expect(r.onderdrukt.secundair).toBeGreaterThan(0);
    expect(bepaaldeOnbekenden(verborgenVan(r), sommenVan(4, 4))).toEqual([]);
  });
});

describe('bepaaldeOnbekenden', () => {
  const verberg = (cellen: [number, number][]): boolean[] => {
    const v = new Array<boolean>(25).fill(false);
    for (const [i, j] of cellen) v[i * 4 + j] = true;
    return v;
  };
  const blok: [number, number][] = [
    [0, 0],
    [0, 1],
    [1, 0],
    [1, 1],
  ];

  it('finds the bridge between two hidden cycles', () => {
    const tweeBlokken: [number, number][] = [...blok, [1, 2], [2, 2], [2, 3], [3, 2], [3, 3]];
    expect(bepaaldeOnbekenden(verberg(tweeBlokken), sommenVan(4, 4))).toEqual([1 * 4 + 2]);
  });

  it('finds nothing in a plain 2×2 cycle, and the single cell of a lone hidden count', () => {
    expect(bepaaldeOnbekenden(verberg(blok), sommenVan(4, 4))).toEqual([]);
    expect(bepaaldeOnbekenden(verberg([[2, 3]]), sommenVan(4, 4))).toEqual([2 * 4 + 3]);
  });
});

describe('suppressList (1-D with total)', () => {
  it('hides a small count with the smallest other non-zero count', () => {
    expect(suppressList([3, 10, 20])).toEqual({ waarden: ['<5', '<5', 20], totaal: 33, onderdrukt: { primair: 1, secundair: 1 } });
  });

  it('falls back to hiding the total when only zeros are left', () => {
    expect(suppressList([0, 7, 0])).toMatchObject({ waarden: [0, 7, 0], totaal: 7 });
    expect(suppressList([0, 3, 0])).toMatchObject({ waarden: [0, '<5', 0], totaal: '<5' });
    expect(suppressList([4, 0, 10])).toMatchObject({ waarden: ['<5', 0, '<5'], totaal: 14 });
    expect(suppressList([4, 0, 0, 0, 20])).toMatchObject({ waarden: ['<5', 0, 0, 0, '<5'], totaal: 24 });
  });
});

// --- helpers mirroring the published layout (cells, row totals, column totals, grand total) ---
function sommenVan(rijen: number, kolommen: number): Som[] {
  const r = [...Array(rijen).keys()];
  const k = [...Array(kolommen).keys()];
  const rt = (i: number): number => rijen * kolommen + i;
  const kt = (j: number): number => rijen * kolommen + rijen + j;
  const g = rijen * kolommen + rijen + kolommen;
  return [
    ...r.map((i) => ({ delen: k.map((j) => i * kolommen + j), totaal: rt(i) })),
    ...k.map((j) => ({ delen: r.map((i) => i * kolommen + j), totaal: kt(j) })),
    { delen: r.map(rt), totaal: g },
    { delen: k.map(kt), totaal: g },
  ];
}

function verborgenVan(r: ReturnType<typeof suppress>): boolean[] {
  return [...r.cellen.flat(), ...r.rijTotalen, ...r.kolomTotalen, r.totaal].map(isOnderdrukt);
}

describe('suppression properties', () => {
  const telling = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 }));
  const tabel = fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
    .chain(([r, k]) => fc.array(fc.array(telling, { minLength: k, maxLength: k }), { minLength: r, maxLength: r }));

  it('no hidden count can be derived by subtraction within a row or column with its total; small counts hidden, others unchanged', () => {
    fc.assert(
      fc.property(tabel, (t) => {
        const r = suppress(t, { min: 5 });
        const rijTot = t.map((rij) => rij.reduce((a, b) => a + b, 0));
        const kolTot = t[0].map((_, j) => t.reduce((a, rij) => a + rij[j], 0));
        const origineel = [...t.flat(), ...rijTot, ...kolTot, rijTot.reduce((a, b) => a + b, 0)];
        const gepubliceerd: Cel[] = [...r.cellen.flat(), ...r.rijTotalen, ...r.kolomTotalen, r.totaal];
        gepubliceerd.forEach((c, i) => {
          if (origineel[i] >= 1 && origineel[i] < 5) expect(c).toBe('<5');
          if (!isOnderdrukt(c)) expect(c).toBe(origineel[i]);
        });
        for (const som of sommenVan(t.length, t[0].length)) {
          expect([...som.delen, som.totaal].filter((i) => isOnderdrukt(gepubliceerd[i])).length).not.toBe(1);
        }
        expect(bepaaldeOnbekenden(gepubliceerd.map(isOnderdrukt), sommenVan(t.length, t[0].length))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('1-D lists never have exactly one hidden member (property)', () => {
    fc.assert(
      fc.property(fc.array(telling, { maxLength: 12 }), (waarden) => {
        const r = suppressList(waarden);
        expect([...r.waarden, r.totaal].filter(isOnderdrukt).length).not.toBe(1);
        r.waarden.forEach((c, i) => {
          if (waarden[i] >= 1 && waarden[i] < 5) expect(c).toBe('<5');
          if (!isOnderdrukt(c)) expect(c).toBe(waarden[i]);
        });
      }),
    );
  });
});
