/**
 * Deterministic randomness for the scale dataset. Every row of every table gets its own PRNG, seeded from
 * (dataset seed, table, row index), so a row can be regenerated on its own: hulpvragen look up "their"
 * deelnemer by index without keeping a million rows in memory, and the same seed always gives the same rows.
 */

/** A 32-bit avalanche hash (murmur3 finaliser) of a running state. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hash32(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const p of parts) h = fmix((h ^ (p >>> 0)) + 0x7f4a7c15 + Math.imul(h, 31));
  return h;
}

export function strHash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export interface Rng {
  /** [0, 1) */
  (): number;
}

/** mulberry32, as in bench/matching/prng.ts */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The PRNG of row `i` of `table`. */
export function rowRng(seed: number, table: string, i: number): Rng {
  return mulberry32(hash32(seed, strHash(table), i));
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A version-4-shaped uuid derived from (seed, table, i): stable across runs, unique for i < 2^32 within a table. */
export function uuidFor(seed: number, table: string, i: number): string {
  const t = strHash(table);
  // i goes in last: for a fixed prefix each step is a bijection of 32 bits, so distinct i never collide
  const w = [hash32(1, seed, t, i), hash32(2, seed, t, i), hash32(3, seed, t, i), hash32(4, seed, t, i)];
  const b = new Array<number>(16);
  for (let k = 0; k < 4; k++) {
    b[k * 4] = w[k] >>> 24;
    b[k * 4 + 1] = (w[k] >>> 16) & 255;
    b[k * 4 + 2] = (w[k] >>> 8) & 255;
    b[k * 4 + 3] = w[k] & 255;
  }
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.map((x) => HEX[x]);
  return `${h[0]}${h[1]}${h[2]}${h[3]}-${h[4]}${h[5]}-${h[6]}${h[7]}-${h[8]}${h[9]}-${h[10]}${h[11]}${h[12]}${h[13]}${h[14]}${h[15]}`;
}

export const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const chance = (r: Rng, p: number): boolean => r() < p;

/** Picks from [value, weight] pairs. */
export function weighted<T>(r: Rng, xs: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of xs) total += w;
  let x = r() * total;
  for (const [v, w] of xs) {
    x -= w;
    if (x < 0) return v;
  }
  return xs[xs.length - 1][0];
}

/** k distinct items. */
export function sample<T>(r: Rng, xs: readonly T[], k: number): T[] {
  const copy = [...xs];
  const out: T[] = [];
  for (let n = 0; n < k && copy.length; n++) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]);
  return out;
}

/** Standard normal (Box-Muller). */
export function gauss(r: Rng): number {
  const u = 1 - r();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

/** Cumulative weights for O(log n) picks over many items. */
export class Cumulative<T> {
  private readonly cum: number[] = [];
  constructor(
    readonly items: readonly T[],
    weight: (t: T) => number,
  ) {
    let s = 0;
    for (const it of items) this.cum.push((s += weight(it)));
  }
  pick(r: Rng): T {
    const x = r() * this.cum[this.cum.length - 1];
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cum[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}
