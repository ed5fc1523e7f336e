import { OngeldigeInvoer } from './errors';
import type { Weekdag } from './types';

/**
 * Dutch local time without Intl or the host's time zone, so results never depend on the machine:
 * CET (UTC+1), and CEST (UTC+2) from the last Sunday of March to the last Sunday of October, 01:00 UTC
 * (the EU rule in force since 1996). Local moments are "floating" minutes since 1970-01-01 00:00 local.
 */
export const MINUTEN_PER_DAG = 1440;
const MS_PER_MINUUT = 60_000;
const MS_PER_DAG = 86_400_000;

function laatsteZondagEenUurUtc(jaar: number, maand: number): number {
  const laatsteDag = Date.UTC(jaar, maand + 1, 0);
  return laatsteDag - new Date(laatsteDag).getUTCDay() * MS_PER_DAG + 3_600_000;
}

function nlOffsetMinuten(utcMs: number): number {
  const jaar = new Date(utcMs).getUTCFullYear();
  return utcMs >= laatsteZondagEenUurUtc(jaar, 2) && utcMs < laatsteZondagEenUurUtc(jaar, 9) ? 120 : 60;
}

/** Dutch wall-clock minutes since the local epoch. */
export function lokaleMinuten(utcMs: number): number {
  return Math.floor(utcMs / MS_PER_MINUUT) + nlOffsetMinuten(utcMs);
}

/** Floating wall-clock minutes as a `Date` whose UTC fields read as the local time (what rrule expects). */
export const alsZwevendeDatum = (lokaal: number): Date => new Date(lokaal * MS_PER_MINUUT);
export const uitZwevendeDatum = (d: Date): number => Math.floor(d.getTime() / MS_PER_MINUUT);

const TIJDSTIP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** UTC milliseconds of an ISO date-time; an offset is required because a bare time would read as host-local. */
export function parseTijdstip(waarde: string, veld: string): number {
  const ms = TIJDSTIP.test(waarde) ? Date.parse(waarde) : NaN;
  if (Number.isNaN(ms)) throw new OngeldigeInvoer(veld, `${veld} moet een ISO-tijdstip met tijdzone zijn, kreeg "${waarde}"`);
  return ms;
}

/** Local day number (days since 1970-01-01) of a `YYYY-MM-DD` date. */
export function parseDatum(waarde: string, veld: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waarde);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (Number.isNaN(ms)) throw new OngeldigeInvoer(veld, `${veld} moet een datum JJJJ-MM-DD zijn, kreeg "${waarde}"`);
  return ms / MS_PER_DAG;
}

/** `HH:MM` (00:00 … 24:00) as minutes after midnight. */
export function parseKloktijd(waarde: string, veld: string): number {
  // by character codes, not a RegExp: ranking parses every slot of every candidate
  if (typeof waarde !== 'string') throw new OngeldigeInvoer(veld, `${veld} moet een tijd UU:MM zijn, kreeg ${String(waarde)}`);
  const c = (i: number) => waarde.charCodeAt(i) - 48; // '0'; NaN past the end
  const cijfers = [c(0), c(1), c(3), c(4)];
  const minuten = (cijfers[0] * 10 + cijfers[1]) * 60 + cijfers[2] * 10 + cijfers[3];
  if (waarde.length !== 5 || waarde[2] !== ':' || cijfers.some((d) => !(d >= 0 && d <= 9)) || cijfers[2] > 5 || !(minuten <= MINUTEN_PER_DAG))
    throw new OngeldigeInvoer(veld, `${veld} moet een tijd UU:MM zijn, kreeg "${waarde}"`);
  return minuten;
}

/** ISO weekday of a local day number; day 0 (1970-01-01) was a Thursday. */
export function weekdag(dagIndex: number): Weekdag {
  return (((((dagIndex + 3) % 7) + 7) % 7) + 1) as Weekdag;
}

/** Monday-based week number of a local day number, for "hours per week". */
export const weekIndex = (dagIndex: number): number => Math.floor((dagIndex + 3) / 7);

/** A local day number as `13-05-2025`, the way Dutch letters write dates. */
export function formatteerDatum(dagIndex: number): string {
  const [j, m, d] = new Date(dagIndex * MS_PER_DAG).toISOString().slice(0, 10).split('-');
  return `${d}-${m}-${j}`;
}
