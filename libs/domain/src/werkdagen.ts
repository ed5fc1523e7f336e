/**
 * Dutch working days, for deadlines such as the tender's "first contact within 5 working days".
 *
 * Choice: a day off is a Saturday, a Sunday, a holiday of type `public` in `date-holidays` (NL:
 * Nieuwjaar, Pasen, Tweede paasdag, Koningsdag, Hemelvaart, Pinksteren, Tweede pinksterdag, Kerstmis,
 * Tweede kerstdag), plus Bevrijdingsdag (5 May) in lustrum years only (2025, 2030, …): date-holidays
 * types 5 May as `school`, and most CAOs (and the gemeente's own) give it off only once every five
 * years. Goede Vrijdag stays a working day (date-holidays: `school`), as in most CAOs.
 * Days are Amsterdam calendar days: an instant is first mapped to its day in Europe/Amsterdam.
 */
import Holidays from 'date-holidays';
import { dagnummer, kalenderdag, uitDagnummer, weekdagVan, type Kalenderdag } from './tijdzone';

const feestdagenNl = new Holidays('NL');
const cache = new Map<number, ReadonlySet<number>>();

/** The days off in `jaar` other than weekends, as day numbers (cached: date-holidays recomputes its rules on every call). */
function vrijeDagnummers(jaar: number): ReadonlySet<number> {
  let dagen = cache.get(jaar);
  if (!dagen) {
    const lijst = feestdagenNl
      .getHolidays(jaar)
      .filter((h) => h.type === 'public')
      .map((h) => h.date.slice(0, 10));
    if (jaar % 5 === 0) lijst.push(`${jaar}-05-05`);
    dagen = new Set(lijst.map(dagnummer));
    cache.set(jaar, dagen);
  }
  return dagen;
}

/** The non-weekend days off in `jaar`, as Amsterdam calendar days. */
export const vrijeDagen = (jaar: number): Kalenderdag[] => [...vrijeDagnummers(jaar)].sort((a, b) => a - b).map(uitDagnummer);

const jaarVan = (n: number): number => new Date(n * 86_400_000).getUTCFullYear();
const isWeekend = (n: number): boolean => weekdagVan(n) === 0 || weekdagVan(n) === 6;
const isWerkdagNummer = (n: number): boolean => !isWeekend(n) && !vrijeDagnummers(jaarVan(n)).has(n);

export const isWerkdag = (d: Date | Kalenderdag): boolean => isWerkdagNummer(dagnummer(kalenderdag(d)));

/**
 * The `n`-th working day after (n > 0) or before (n < 0) the day of `d`; the day itself is not
 * counted. `n = 0` gives the day itself when it is a working day, else the next working day.
 */
export function addWerkdagen(d: Date | Kalenderdag, n: number): Kalenderdag {
  if (!Number.isInteger(n)) throw new RangeError(`aantal werkdagen moet een geheel getal zijn, niet ${n}`);
  let dag = dagnummer(kalenderdag(d));
  if (n === 0) {
    while (!isWerkdagNummer(dag)) dag++;
    return uitDagnummer(dag);
  }
  const stap = Math.sign(n);
  for (let over = Math.abs(n); over > 0;) {
    dag += stap;
    if (isWerkdagNummer(dag)) over--;
  }
  return uitDagnummer(dag);
}

/** Monday-to-Friday days before day `n`, counted from Monday 1969-12-29 (day -3); only differences are used, so negatives are fine. */
const weekdagenVoor = (n: number): number => Math.floor((n + 3) / 7) * 5 + Math.min((((n + 3) % 7) + 7) % 7, 5);

/** Working days in the inclusive range of day numbers [laag, hoog]: weekdays by arithmetic, minus holidays on weekdays. */
function werkdagenIn(laag: number, hoog: number): number {
  if (hoog < laag) return 0;
  let aantal = weekdagenVoor(hoog + 1) - weekdagenVoor(laag);
  for (let jaar = jaarVan(laag); jaar <= jaarVan(hoog); jaar++) {
    for (const v of vrijeDagnummers(jaar)) if (v >= laag && v <= hoog && !isWeekend(v)) aantal--;
  }
  return aantal;
}

/**
 * Working days stepped onto going from `a` to `b`, excluding `a` and including `b`; negative when
 * `b` lies before `a`. So `werkdagenTussen(d, addWerkdagen(d, n)) === n` for every n ≠ 0, and
 * counts add up: tussen(a, b) + tussen(b, c) = tussen(a, c) for a ≤ b ≤ c.
 */
export function werkdagenTussen(a: Date | Kalenderdag, b: Date | Kalenderdag): number {
  const van = dagnummer(kalenderdag(a));
  const tot = dagnummer(kalenderdag(b));
  return van <= tot ? werkdagenIn(van + 1, tot) : -werkdagenIn(tot, van - 1);
}
