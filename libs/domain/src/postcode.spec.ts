import fc from 'fast-check';
import { normaliseerPostcode, pc4Van, valideerAdres, valideerHuisnummer, valideerPc4, valideerPostcode, valideerToevoeging } from './postcode';

describe('postcode', () => {
  it.each(['2011 ab', '2011AB', ' 2011-ab ', '2011 AB'])('normalises %p to 2011AB', (invoer) => {
    expect(normaliseerPostcode(invoer)).toBe('2011AB');
    expect(valideerPostcode(invoer)).toEqual({ ok: true, waarde: '2011AB' });
  });

  it.each([
    ['0123AB', 'ongeldig'],
    ['201AB', 'ongeldig'],
    ['2011A', 'ongeldig'],
    ['2011 A1', 'ongeldig'],
    ['2011SA', 'bestaat-niet'],
    ['2011 sd', 'bestaat-niet'],
    ['2011SS', 'bestaat-niet'],
    ['', 'verplicht'],
    [undefined, 'verplicht'],
    [2011, 'verplicht'],
  ])('refuses %p (%s) naming the field', (invoer, code) => {
    expect(valideerPostcode(invoer)).toMatchObject({ ok: false, fouten: [{ veld: 'postcode', code }] });
  });

  it('accepts letter pairs that only look alike (SB, AS, DS)', () => {
    for (const pc of ['2011SB', '2011AS', '2011DS']) expect(valideerPostcode(pc).ok).toBe(true);
  });

  it('validates and derives PC4', () => {
    expect(valideerPc4(' 2011 ')).toEqual({ ok: true, waarde: '2011' });
    expect(valideerPc4(2011)).toEqual({ ok: true, waarde: '2011' });
    expect(valideerPc4('0999')).toMatchObject({ ok: false, fouten: [{ veld: 'postcode' }] });
    expect(valideerPc4('2011AB')).toMatchObject({ ok: false });
    const pc = valideerPostcode('2011ab');
    if (pc.ok) expect(pc4Van(pc.waarde)).toBe('2011');
  });

  it('normalised valid postcodes are idempotent and match the PostNL shape (property)', () => {
    const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), letter, letter, fc.constantFrom('', ' ', '  ', '-'), (n, a, b, sep) => {
        const invoer = `${String(n).padStart(4, '0')}${sep}${a}${b}`;
        const r = valideerPostcode(invoer);
        const letters = `${a}${b}`.toUpperCase();
        expect(r.ok).toBe(n >= 1000 && !['SA', 'SD', 'SS'].includes(letters));
        if (r.ok) expect(valideerPostcode(r.waarde)).toEqual(r);
      }),
    );
  });
});

describe('huisnummer and toevoeging', () => {
  it('accepts 1..99999 as number or text', () => {
    expect(valideerHuisnummer(1)).toEqual({ ok: true, waarde: 1 });
    expect(valideerHuisnummer(' 99999 ')).toEqual({ ok: true, waarde: 99999 });
    for (const x of [0, 100000, -3, 1.5, '12a', '', null]) expect(valideerHuisnummer(x)).toMatchObject({ ok: false, fouten: [{ veld: 'huisnummer' }] });
  });

  it('normalises the toevoeging', () => {
    expect(valideerToevoeging('-a')).toEqual({ ok: true, waarde: 'A' });
    expect(valideerToevoeging(' bis')).toEqual({ ok: true, waarde: 'BIS' });
    expect(valideerToevoeging('')).toEqual({ ok: true, waarde: undefined });
    expect(valideerToevoeging(undefined)).toEqual({ ok: true, waarde: undefined });
    expect(valideerToevoeging('a/b')).toMatchObject({ ok: false, fouten: [{ veld: 'toevoeging' }] });
    expect(valideerToevoeging('ABCDEFG')).toMatchObject({ ok: false });
  });

  it('validates a whole address and reports every wrong field at once', () => {
    expect(valideerAdres({ postcode: '2011 ab', huisnummer: '12', toevoeging: 'a' })).toEqual({
      ok: true,
      waarde: { postcode: '2011AB', huisnummer: 12, toevoeging: 'A' },
    });
    expect(valideerAdres({ postcode: '2011ab', huisnummer: 12 })).toEqual({ ok: true, waarde: { postcode: '2011AB', huisnummer: 12 } });
    const r = valideerAdres({ postcode: '2011SS', huisnummer: 0, toevoeging: '??' });
    expect(r.ok ? [] : r.fouten.map((f) => f.veld)).toEqual(['postcode', 'huisnummer', 'toevoeging']);
  });
});
