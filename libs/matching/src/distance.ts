import type { Locatie, Vervoer } from './types';

/** The mean earth radius; `afstandSql` in libs/matches uses the same, so SQL and the engine agree to the millimetre. */
export const AARDSTRAAL_METER = 6_371_008.8;
const RAD = Math.PI / 180;

/** Great-circle distance in metres (haversine); accurate to well under a metre at city scale. */
export function afstandMeter(a: Locatie, b: Locatie): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * AARDSTRAAL_METER * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance at which the afstand score halves: 500 m on foot feels like 2 km by bike or 5 km by car. */
export const HALVERINGSAFSTAND_METER: Readonly<Record<Vervoer, number>> = { lopen: 500, fiets: 2000, ov: 3000, auto: 5000 };

/** 1 on the doorstep, halving every `HALVERINGSAFSTAND_METER[vervoer]`. */
export function afstandScore(meter: number, vervoer: Vervoer): number {
  return 0.5 ** (meter / HALVERINGSAFSTAND_METER[vervoer]);
}

/** "600 m" (100 m steps) below 1 km, "1,2 km" up to 10 km, "14 km" beyond. */
export function formatteerAfstand(meter: number): string {
  if (meter < 950) return `${Math.max(100, Math.round(meter / 100) * 100)} m`;
  if (meter < 9950) return `${(Math.round(meter / 100) / 10).toFixed(1).replace('.', ',').replace(/,0$/, '')} km`;
  return `${Math.round(meter / 1000)} km`;
}
