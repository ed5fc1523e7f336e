import { normTelling, normUitkomst } from './norm';

describe('first contact within 5 working days', () => {
  it('counts working days after the day of the request, skipping weekends and holidays', () => {
    // Monday 3 March 2025: the 5th working day is Monday 10 March
    expect(normUitkomst('2025-03-03', '2025-03-10', '2025-12-31')).toBe('binnen');
    expect(normUitkomst('2025-03-03', '2025-03-11', '2025-12-31')).toBe('buiten');
    // Friday 23 May 2025: Hemelvaart (29 May) moves the 5th working day to Monday 2 June
    expect(normUitkomst('2025-05-23', '2025-06-02', '2025-12-31')).toBe('binnen');
    expect(normUitkomst('2025-05-23', '2025-06-03', '2025-12-31')).toBe('buiten');
  });

  it('leaves requests without contact out until their 5 days have passed', () => {
    expect(normUitkomst('2025-03-03', null, '2025-03-10')).toBe('lopend');
    expect(normUitkomst('2025-03-03', null, '2025-03-11')).toBe('buiten');
  });

  it('adds up per group', () => {
    const rijen = [
      { groep: 'a', aangemaakt: '2025-03-03', contact: '2025-03-04', n: 3 },
      { groep: 'a', aangemaakt: '2025-03-04', contact: '2025-03-05', n: 2 },
      { groep: 'a', aangemaakt: '2025-03-03', contact: null, n: 4 },
      { groep: 'b', aangemaakt: '2025-03-14', contact: null, n: 1 },
    ];
    expect(normTelling(rijen, '2025-03-17')).toEqual([
      { groep: 'a', kolom: 'binnen', n: 5 },
      { groep: 'a', kolom: 'buiten', n: 4 },
    ]);
  });
});
