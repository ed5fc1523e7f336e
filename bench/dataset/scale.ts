/** The dataset sizes. `full` is the brief's "Scale to design for"; `small` is 1/100 of its rows for quick runs and tests. */
export interface Scale {
  name: 'full' | 'small';
  /** including Haarlem (GM0392, real CBS areas) */
  gemeenten: number;
  deelnemers: number;
  hulpvragen: number;
  aanbod: number;
  /** matches over the last two years (each with its own closed request), plus 10 % requests never matched */
  matches: number;
}

export const SCALES: Record<Scale['name'], Scale> = {
  full: { name: 'full', gemeenten: 100, deelnemers: 1_000_000, hulpvragen: 100_000, aanbod: 300_000, matches: 3_000_000 },
  small: { name: 'small', gemeenten: 10, deelnemers: 10_000, hulpvragen: 1_000, aanbod: 3_000, matches: 30_000 },
};

export function scaleFromEnv(value = process.env.BENCH_SCALE ?? 'full'): Scale {
  const s = SCALES[value as Scale['name']];
  if (!s) throw new Error(`BENCH_SCALE must be one of ${Object.keys(SCALES).join(', ')}, got "${value}"`);
  return s;
}

/** Bump when the generator changes what it writes: an existing dataset database with another version is rebuilt. */
export const GENERATOR_VERSION = 4;
export const DEFAULT_SEED = 20261123;
/** "Now" of the dataset: created_at values are spread over the 60 days before it (fixed, so rows are deterministic). */
export const ANCHOR = new Date('2026-11-23T12:00:00Z');
