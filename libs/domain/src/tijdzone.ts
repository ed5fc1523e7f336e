/**
 * Europe/Amsterdam calendar helpers. The domain reasons in Amsterdam calendar days ("within 5 working
 * days", "every Tuesday at 10:00") while the database stores instants; these functions convert
 * between the two with Intl only (no tz library), so DST is handled by the platform's tz data.
 */
export const TIJDZONE = 'Europe/Amsterdam';

/** An Amsterdam calendar day as `YYYY-MM-DD`. */
export type Kalenderdag = string;

const onderdelen = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIJDZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * The Amsterdam wall-clock time of `moment` as a "floating" Date whose UTC fields carry the local
 * fields (the representation `rrule` expects for DST-safe recurrence).
 */
export function naarWandklok(moment: Date): Date {
  const p = Object.fromEntries(onderdelen.formatToParts(moment).map((x) => [x.type, x.value]));
  return new Date(Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second, moment.getUTCMilliseconds()));
}

/**
 * The instant at which Amsterdam clocks show the floating `wandklok`. A time that does not exist (the
 * hour skipped in spring) maps to the instant one hour later; an ambiguous autumn hour takes the first.
 */
export function vanWandklok(wandklok: Date): Date {
  const doel = wandklok.getTime();
  const uur = 60 * 60_000;
  // Amsterdam is UTC+1 (winter) or UTC+2 (summer): try both, earliest first so the doubled autumn hour takes its first occurrence.
  for (const offset of [2 * uur, uur]) {
    const kandidaat = new Date(doel - offset);
    if (naarWandklok(kandidaat).getTime() === doel) return kandidaat;
  }
  return new Date(doel - uur); // skipped spring hour: read it in winter time, which lands one hour later on the clock
}

const DAG_PATROON = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isKalenderdag(s: unknown): s is Kalenderdag {
  const m = typeof s === 'string' ? DAG_PATROON.exec(s) : null;
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** The Amsterdam calendar day of an instant (a `Kalenderdag` string is taken as is). */
export function kalenderdag(d: Date | Kalenderdag): Kalenderdag {
  if (typeof d === 'string') {
    if (!isKalenderdag(d)) throw new RangeError(`geen geldige datum (JJJJ-MM-DD): "${d}"`);
    return d;
  }
  if (Number.isNaN(d.getTime())) throw new RangeError('ongeldige datum');
  return naarWandklok(d).toISOString().slice(0, 10);
}

/** Amsterdam midnight at the start of `dag`, as an instant. */
export const beginVanDag = (dag: Kalenderdag): Date => vanWandklok(new Date(`${kalenderdag(dag)}T00:00:00Z`));

// Days since 1970-01-01: cheap arithmetic on calendar days without any time zone in play.
export const dagnummer = (dag: Kalenderdag): number => Date.UTC(+dag.slice(0, 4), +dag.slice(5, 7) - 1, +dag.slice(8, 10)) / 86_400_000;
export const uitDagnummer = (n: number): Kalenderdag => new Date(n * 86_400_000).toISOString().slice(0, 10);
/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdagVan = (n: number): number => (((n + 4) % 7) + 7) % 7;
