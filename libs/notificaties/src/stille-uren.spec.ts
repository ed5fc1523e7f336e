import { stilTot } from './stille-uren';

describe('quiet hours (Europe/Amsterdam)', () => {
  it('are off during the day', () => {
    expect(stilTot(new Date('2025-06-10T10:00:00Z'))).toBeUndefined(); // 12:00 CEST
    expect(stilTot(new Date('2025-06-10T18:59:00Z'))).toBeUndefined(); // 20:59 CEST
  });

  it('at 21:00 local, delay until 08:00 local the next morning (summer time)', () => {
    expect(stilTot(new Date('2025-06-10T19:00:00Z'))?.toISOString()).toBe('2025-06-11T06:00:00.000Z');
  });

  it('after midnight in winter, until 08:00 CET the same day', () => {
    expect(stilTot(new Date('2025-01-15T02:30:00Z'))?.toISOString()).toBe('2025-01-15T07:00:00.000Z');
  });

  it('across the switch to summer time, still 08:00 local', () => {
    expect(stilTot(new Date('2025-03-29T22:00:00Z'))?.toISOString()).toBe('2025-03-30T06:00:00.000Z');
  });

  it('equal hours switch them off; other windows work too', () => {
    expect(stilTot(new Date('2025-01-15T02:30:00Z'), { van: 0, tot: 0 })).toBeUndefined();
    expect(stilTot(new Date('2025-01-15T11:30:00Z'), { van: 13, tot: 14 })).toBeUndefined();
    expect(stilTot(new Date('2025-01-15T11:30:00Z'), { van: 12, tot: 14 })?.toISOString()).toBe('2025-01-15T13:00:00.000Z');
  });
});
