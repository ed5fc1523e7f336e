import fc from 'fast-check';
import { addWerkdagen, isWerkdag, vrijeDagen, werkdagenTussen } from './werkdagen';
import { dagnummer, uitDagnummer } from './tijdzone';

describe('werkdagen', () => {
  it('skips weekends and public holidays', () => {
    expect(isWerkdag('2025-06-14')).toBe(false); // Saturday
    expect(isWerkdag('2025-06-15')).toBe(false); // Sunday
    expect(isWerkdag('2025-01-01')).toBe(false); // Nieuwjaar
    expect(isWerkdag('2025-04-21')).toBe(false); // Tweede paasdag
    expect(isWerkdag('2025-05-29')).toBe(false); // Hemelvaart
    expect(isWerkdag('2025-06-09')).toBe(false); // Tweede pinksterdag
    expect(isWerkdag('2025-12-25')).toBe(false);
    expect(isWerkdag('2025-12-26')).toBe(false);
    expect(isWerkdag('2025-06-16')).toBe(true);
  });

  it('lists the days off of 2025', () => {
    expect(vrijeDagen(2025)).toEqual([
      '2025-01-01',
      '2025-04-20',
      '2025-04-21',
      '2025-04-26',
      '2025-05-05',
      '2025-05-29',
      '2025-06-08',
      '2025-06-09',
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it('moves Koningsdag to Saturday 26 April when 27 April is a Sunday', () => {
    expect(vrijeDagen(2025).includes('2025-04-26')).toBe(true);
    expect(vrijeDagen(2025).includes('2025-04-27')).toBe(false);
    expect(isWerkdag('2024-04-27')).toBe(false); // Saturday anyway, but listed
    expect(vrijeDagen(2023).includes('2023-04-27')).toBe(true);
    expect(isWerkdag('2023-04-27')).toBe(false); // Thursday
  });

  it('keeps Goede Vrijdag a working day and gives Bevrijdingsdag off in lustrum years only', () => {
    expect(isWerkdag('2025-04-18')).toBe(true); // Goede Vrijdag
    expect(isWerkdag('2025-05-05')).toBe(false); // lustrum (Monday)
    expect(isWerkdag('2026-05-05')).toBe(true); // Tuesday, no lustrum
    expect(isWerkdag('2030-05-06')).toBe(true);
    expect(vrijeDagen(2030).includes('2030-05-05')).toBe(true);
  });

  it('uses the Amsterdam day of an instant', () => {
    // Friday 23:30 UTC is already Saturday in Amsterdam.
    expect(isWerkdag(new Date('2025-06-13T22:30:00Z'))).toBe(false);
    expect(isWerkdag(new Date('2025-06-13T21:30:00Z'))).toBe(true);
  });

  it('adds working days across a weekend and holidays', () => {
    expect(addWerkdagen('2025-06-13', 1)).toBe('2025-06-16'); // Fri → Mon
    expect(addWerkdagen('2025-05-28', 1)).toBe('2025-05-30'); // over Hemelvaart
    expect(addWerkdagen('2025-12-24', 1)).toBe('2025-12-29'); // over Christmas and a weekend
    expect(addWerkdagen('2025-06-16', 5)).toBe('2025-06-23'); // first contact deadline
    expect(addWerkdagen('2025-06-16', -1)).toBe('2025-06-13');
    expect(addWerkdagen('2025-06-14', 0)).toBe('2025-06-16');
    expect(addWerkdagen('2025-06-16', 0)).toBe('2025-06-16');
    expect(() => addWerkdagen('2025-06-16', 1.5)).toThrow(RangeError);
  });

  it('counts working days stepped onto, excluding the start', () => {
    expect(werkdagenTussen('2025-06-13', '2025-06-16')).toBe(1);
    expect(werkdagenTussen('2025-06-16', '2025-06-16')).toBe(0);
    expect(werkdagenTussen('2025-06-14', '2025-06-15')).toBe(0);
    expect(werkdagenTussen('2025-06-16', '2025-06-13')).toBe(-1);
    expect(werkdagenTussen('2025-01-01', '2025-12-31')).toBe(261 - 7); // 261 weekdays; 7 of them are days off (1/1, 21/4, 5/5, 29/5, 9/6, 25/12, 26/12)
  });

  const dag = fc.integer({ min: dagnummer('2020-01-01'), max: dagnummer('2035-12-31') }).map(uitDagnummer);

  it('addWerkdagen lands on a werkdag and werkdagenTussen agrees with it (property)', () => {
    fc.assert(
      fc.property(dag, fc.integer({ min: -40, max: 40 }), (d, n) => {
        const uit = addWerkdagen(d, n);
        expect(isWerkdag(uit)).toBe(true);
        if (n !== 0) expect(werkdagenTussen(d, uit)).toBe(n);
        if (n > 0) expect(uit > d).toBe(true);
        if (n < 0) expect(uit < d).toBe(true);
      }),
    );
  });

  it('werkdagenTussen equals counting day by day (property)', () => {
    fc.assert(
      fc.property(dag, fc.integer({ min: -800, max: 800 }), (a, lengte) => {
        const b = uitDagnummer(dagnummer(a) + lengte);
        let teller = 0;
        for (let n = Math.min(dagnummer(a), dagnummer(b)); n <= Math.max(dagnummer(a), dagnummer(b)); n++) {
          if (n !== dagnummer(a) && isWerkdag(uitDagnummer(n))) teller++;
        }
        expect(werkdagenTussen(a, b)).toBe(lengte >= 0 ? teller : -teller);
      }),
      { numRuns: 200 },
    );
  });

  it('werkdagenTussen adds up over consecutive spans (property)', () => {
    fc.assert(
      fc.property(dag, dag, dag, (...ds) => {
        const [a, b, c] = ds.sort();
        expect(werkdagenTussen(a, b) + werkdagenTussen(b, c)).toBe(werkdagenTussen(a, c));
      }),
    );
  });
});
