import { CENTRUM, noordVan } from './__fixtures__/builders';
import { afstandMeter, afstandScore, formatteerAfstand } from './distance';

describe('afstandMeter', () => {
  it('measures a kilometre due north as a kilometre', () => {
    expect(afstandMeter(CENTRUM, noordVan(CENTRUM, 1000))).toBeCloseTo(1000, 0);
  });

  it('is symmetric and zero for the same place', () => {
    const b = { lat: 52.37, lon: 4.9 };
    expect(afstandMeter(CENTRUM, b)).toBe(afstandMeter(b, CENTRUM));
    expect(afstandMeter(CENTRUM, CENTRUM)).toBe(0);
  });

  it('puts Haarlem and Amsterdam Centraal about 18 km apart', () => {
    expect(afstandMeter(CENTRUM, { lat: 52.3791, lon: 4.9003 }) / 1000).toBeCloseTo(17.9, 0);
  });
});

describe('afstandScore', () => {
  it('is 1 on the doorstep and halves at the half-distance of the travel mode', () => {
    expect(afstandScore(0, 'lopen')).toBe(1);
    expect(afstandScore(500, 'lopen')).toBeCloseTo(0.5);
    expect(afstandScore(2000, 'fiets')).toBeCloseTo(0.5);
    expect(afstandScore(5000, 'auto')).toBeCloseTo(0.5);
  });

  it('decays much faster on foot than by car', () => {
    expect(afstandScore(1500, 'lopen')).toBeLessThan(afstandScore(1500, 'fiets'));
    expect(afstandScore(1500, 'fiets')).toBeLessThan(afstandScore(1500, 'ov'));
    expect(afstandScore(1500, 'ov')).toBeLessThan(afstandScore(1500, 'auto'));
  });
});

describe('formatteerAfstand', () => {
  it.each([
    [30, '100 m'],
    [640, '600 m'],
    [949, '900 m'],
    [960, '1 km'],
    [1240, '1,2 km'],
    [9940, '9,9 km'],
    [12_400, '12 km'],
  ])('%d m reads "%s"', (meter, tekst) => {
    expect(formatteerAfstand(meter)).toBe(tekst);
  });
});
