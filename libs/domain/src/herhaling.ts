/**
 * Recurring help as an RFC 5545 RRULE (without DTSTART: the start is a separate field).
 *
 * `rrule` itself is lenient (it accepts `BYDAY=XX` or `COUNT=x` and fails later), so the rule is first
 * read strictly here. Occurrences are computed on Amsterdam wall-clock ("floating") time and mapped
 * back to instants, so "every Tuesday 10:00" stays 10:00 across daylight-saving changes. Every
 * expansion is bounded by a horizon because an impossible rule (30 February) makes `rrule` search
 * until the year 9999.
 */
import { Frequency, RRule, type Options } from 'rrule';
import { fout, gelukt, mislukt, type Resultaat, type VeldFout } from './resultaat';
import { naarWandklok, vanWandklok } from './tijdzone';

const FREQUENTIES = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY'] as const;
const WEEKDAGEN = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
type Weekdag = (typeof WEEKDAGEN)[number];

/** The rule as read strictly; only the parts neighbourhood help needs are supported. */
export interface Herhaalregel {
  readonly freq: (typeof FREQUENTIES)[number];
  readonly interval: number;
  readonly count?: number;
  /** `YYYYMMDD` (inclusive, Amsterdam day) or `YYYYMMDDTHHMMSSZ` (an instant). */
  readonly until?: string;
  readonly byday: readonly { readonly n?: number; readonly dag: Weekdag }[];
  readonly bymonthday: readonly number[];
  readonly bymonth: readonly number[];
  readonly bysetpos: readonly number[];
  readonly byhour: readonly number[];
  readonly byminute: readonly number[];
  readonly bysecond: readonly number[];
}

/** How far ahead any expansion looks. */
export const HORIZON_JAREN = 5;
/** How many first occurrences are checked for being less than 24 hours apart. */
export const TE_VAAK_CONTROLE = 100;
const DAG_MS = 86_400_000;

const VELD = 'herhaling';
const ongeldig = (bericht: string): VeldFout => fout(VELD, 'ongeldig', bericht);

const lijst = (waarde: string, min: number, max: number): number[] | undefined => {
  const getallen = waarde.split(',').map((x) => (/^[+-]?\d{1,3}$/.test(x) ? Number(x) : Number.NaN));
  return getallen.every((g) => Number.isInteger(g) && g !== 0 && g >= min && g <= max) ? getallen : undefined;
};
const lijstMetNul = (waarde: string, max: number): number[] | undefined =>
  waarde.split(',').every((x) => /^\d{1,2}$/.test(x) && Number(x) <= max) ? waarde.split(',').map(Number) : undefined;

/** Reads an RRULE strictly (optionally prefixed `RRULE:`); errors are Dutch and name the field `herhaling`. */
export function leesHerhaling(tekst: unknown): Resultaat<Herhaalregel> {
  if (typeof tekst !== 'string' || !tekst.trim()) return mislukt(ongeldig('Vul een herhaling in.'));
  const delen = tekst
    .trim()
    .replace(/^RRULE:/i, '')
    .split(';');
  const gezien = new Map<string, string>();
  for (const deel of delen) {
    const m = /^([A-Z-]+)=(.+)$/i.exec(deel.trim());
    if (!m) return mislukt(ongeldig(`Dit deel van de herhaling begrijpen we niet: "${deel}".`));
    const sleutel = m[1].toUpperCase();
    if (gezien.has(sleutel)) return mislukt(ongeldig(`"${sleutel}" staat twee keer in de herhaling.`));
    gezien.set(sleutel, m[2].toUpperCase());
  }
  const fouten: VeldFout[] = [];
  const getal = (s: string | undefined, naam: string): number | undefined => {
    if (s === undefined) return undefined;
    if (/^[1-9]\d{0,3}$/.test(s)) return Number(s);
    fouten.push(ongeldig(`${naam} moet een heel getal vanaf 1 zijn.`));
    return undefined;
  };
  const lees = <T>(sleutel: string, parse: (w: string) => T[] | undefined, uitleg: string): T[] => {
    const w = gezien.get(sleutel);
    if (w === undefined) return [];
    const r = parse(w);
    if (!r) fouten.push(ongeldig(`${sleutel} is ongeldig: ${uitleg}.`));
    return r ?? [];
  };

  const freq = gezien.get('FREQ');
  if (!freq || !(FREQUENTIES as readonly string[]).includes(freq))
    return mislukt(ongeldig('Geef aan hoe vaak: dagelijks, wekelijks, maandelijks of jaarlijks.'));
  const onbekend = [...gezien.keys()].filter(
    (k) => !['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'BYHOUR', 'BYMINUTE', 'BYSECOND', 'WKST'].includes(k),
  );
  if (onbekend.length) return mislukt(ongeldig(`Deze onderdelen van de herhaling kennen we niet: ${onbekend.join(', ')}.`));
  const until = gezien.get('UNTIL');
  if (until !== undefined && !/^\d{8}(T\d{6}Z)?$/.test(until)) fouten.push(ongeldig('UNTIL moet een datum zijn (JJJJMMDD).'));
  if (until !== undefined && gezien.has('COUNT')) fouten.push(ongeldig('Kies een einddatum óf een aantal keren, niet allebei.'));
  const wkst = gezien.get('WKST');
  if (wkst !== undefined && !(WEEKDAGEN as readonly string[]).includes(wkst)) fouten.push(ongeldig('WKST moet een weekdag zijn (MO t/m SU).'));

  const regel: Herhaalregel = {
    freq: freq as Herhaalregel['freq'],
    interval: getal(gezien.get('INTERVAL'), 'INTERVAL') ?? 1,
    count: getal(gezien.get('COUNT'), 'COUNT'),
    until,
    byday: lees(
      'BYDAY',
      (w) => {
        const dagen = w.split(',').map((x) => /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(x));
        if (!dagen.every((d) => d && (d[1] === undefined || (Number(d[1]) !== 0 && Math.abs(Number(d[1])) <= 53)))) return undefined;
        return dagen.map((d) => ({ n: d?.[1] === undefined ? undefined : Number(d[1]), dag: d?.[2] as Weekdag }));
      },
      'gebruik MO, TU, WE, TH, FR, SA of SU, eventueel met een nummer ervoor (1TU, -1FR)',
    ),
    bymonthday: lees('BYMONTHDAY', (w) => lijst(w, -31, 31), 'dagen van de maand 1 t/m 31 (of -1 voor de laatste)'),
    bymonth: lees('BYMONTH', (w) => lijst(w, 1, 12), 'maanden 1 t/m 12'),
    bysetpos: lees('BYSETPOS', (w) => lijst(w, -366, 366), 'een positie zoals 1 of -1'),
    byhour: lees('BYHOUR', (w) => lijstMetNul(w, 23), 'uren 0 t/m 23'),
    byminute: lees('BYMINUTE', (w) => lijstMetNul(w, 59), 'minuten 0 t/m 59'),
    bysecond: lees('BYSECOND', (w) => lijstMetNul(w, 59), 'seconden 0 t/m 59'),
  };
  // Day-of-month, month and position filters only make sense per month or year; refusing them on
  // daily/weekly rules also keeps `rrule` from searching to the year 9999 for an impossible date.
  const perMaandOfJaar = regel.freq === 'MONTHLY' || regel.freq === 'YEARLY';
  if (!perMaandOfJaar && (regel.bymonthday.length || regel.bymonth.length || regel.bysetpos.length || regel.byday.some((d) => d.n !== undefined))) {
    fouten.push(ongeldig('Een dag van de maand, een maand of "de eerste/laatste" kan alleen bij een maandelijkse of jaarlijkse herhaling.'));
  }
  if (regel.freq === 'MONTHLY' && regel.byday.some((d) => d.n !== undefined && Math.abs(d.n) > 5)) {
    fouten.push(ongeldig('Een maand heeft hoogstens 5 keer dezelfde weekdag.'));
  }
  return fouten.length ? mislukt(...fouten) : gelukt(regel);
}

/** Floating end of the UNTIL: a bare date means "up to and including that Amsterdam day". */
function untilWandklok(until: string): Date {
  const [j, m, d] = [until.slice(0, 4), until.slice(4, 6), until.slice(6, 8)].map(Number);
  if (until.length === 8) return new Date(Date.UTC(j, m - 1, d, 23, 59, 59));
  return naarWandklok(new Date(Date.UTC(j, m - 1, d, +until.slice(9, 11), +until.slice(11, 13), +until.slice(13, 15))));
}

/** An `rrule` on floating time, ending at the earlier of its own UNTIL and `horizon` (floating). */
function bouwRegel(regel: Herhaalregel, start: Date, horizon: Date): RRule {
  const eigenEinde = regel.until ? untilWandklok(regel.until) : undefined;
  const opties: Partial<Options> = {
    freq: Frequency[regel.freq],
    interval: regel.interval,
    count: regel.count ?? null,
    until: eigenEinde && eigenEinde < horizon ? eigenEinde : horizon,
    dtstart: naarWandklok(start),
    byweekday: regel.byday.length ? regel.byday.map((d) => (d.n === undefined ? RRule[d.dag] : RRule[d.dag].nth(d.n))) : null,
    bymonthday: regel.bymonthday.length ? [...regel.bymonthday] : null,
    bymonth: regel.bymonth.length ? [...regel.bymonth] : null,
    bysetpos: regel.bysetpos.length ? [...regel.bysetpos] : null,
    byhour: regel.byhour.length ? [...regel.byhour] : null,
    byminute: regel.byminute.length ? [...regel.byminute] : null,
    bysecond: regel.bysecond.length ? [...regel.bysecond] : null,
  };
  return new RRule(opties);
}

const plusJaren = (d: Date, jaren: number): Date => new Date(d.getTime() + jaren * 366 * DAG_MS);

/** Floating occurrences at or after floating `van`, at most `aantal`. */
function keren(regel: Herhaalregel, start: Date, van: Date, aantal: number): Date[] {
  const rule = bouwRegel(regel, start, plusJaren(van, HORIZON_JAREN));
  return rule.between(van, plusJaren(van, HORIZON_JAREN), true, (_d, i) => i < aantal);
}

/**
 * Safety net behind the syntactic checks: sorted occurrences (floating time, so a daily rule stays
 * 24 h apart on the clock across a DST change) must be at least a day apart.
 */
export const minstensEenDagTussen = (keren: readonly Date[]): boolean => keren.every((d, i) => i === 0 || d.getTime() - keren[i - 1].getTime() >= DAG_MS);

/**
 * Validates a recurrence for help starting at `start`: readable, at most once a day (`te-vaak`),
 * with occurrences at all (`geen-keren`), not entirely before `nu` (`in-verleden`).
 */
export function valideerHerhaling(tekst: unknown, start: Date, nu: Date): Resultaat<Herhaalregel> {
  const gelezen = leesHerhaling(tekst);
  if (!gelezen.ok) return gelezen;
  const r = gelezen.waarde;
  if (Number.isNaN(start.getTime())) return mislukt(fout('start', 'ongeldig', 'Vul een geldige startdatum in.'));
  const teVaak = fout(VELD, 'te-vaak', 'Hulp kan hoogstens één keer per dag herhaald worden.');
  if (r.freq === 'HOURLY' || r.freq === 'MINUTELY' || r.freq === 'SECONDLY') return mislukt(teVaak);
  if (r.byhour.length > 1 || r.byminute.length > 1 || r.bysecond.length > 1) return mislukt(teVaak);

  const eerste = keren(r, start, naarWandklok(start), TE_VAAK_CONTROLE);
  if (eerste.length === 0) return mislukt(fout(VELD, 'geen-keren', `Deze herhaling valt de komende ${HORIZON_JAREN} jaar op geen enkele dag.`));
  if (!minstensEenDagTussen(eerste)) return mislukt(teVaak);
  // When the help starts after `nu`, its first occurrence (found above) is already in the future.
  if (start < nu && keren(r, start, naarWandklok(nu), 1).length === 0)
    return mislukt(fout(VELD, 'in-verleden', 'Deze herhaling ligt helemaal in het verleden.'));
  return gelezen;
}

/** Up to `aantal` occurrences (instants) at or after `van`, for help starting at `start`; throws on an unreadable rule. */
export function volgendeKeren(tekst: string, start: Date, van: Date, aantal: number): Date[] {
  const gelezen = leesHerhaling(tekst);
  if (!gelezen.ok) throw new RangeError(gelezen.fouten.map((f) => f.bericht).join(' '));
  if (aantal <= 0) return [];
  const vanaf = van < start ? start : van;
  return keren(gelezen.waarde, start, naarWandklok(vanaf), aantal).map(vanWandklok);
}

// --- description in plain Dutch (B1) --------------------------------------------------------------

const DAGNAMEN: Record<Weekdag, string> = { MO: 'maandag', TU: 'dinsdag', WE: 'woensdag', TH: 'donderdag', FR: 'vrijdag', SA: 'zaterdag', SU: 'zondag' };
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const opsomming = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);
const rangtelwoord = (n: number): string => (n === -1 ? 'laatste' : n < 0 ? `${-n}e na laatste` : `${n}e`);
const elke = (interval: number, enkelvoud: string, meervoud: string, lidwoord = 'elke'): string =>
  interval === 1 ? `${lidwoord} ${enkelvoud}` : `elke ${interval} ${meervoud}`;

function maandDeel(r: Herhaalregel): string {
  if (r.bymonthday.length) return `op de ${opsomming(r.bymonthday.map((d) => (d === -1 ? 'laatste dag' : rangtelwoord(d))))}`;
  const positie = r.bysetpos.length === 1 ? r.bysetpos[0] : undefined;
  const dagen = r.byday.map((d) => {
    const n = d.n ?? positie;
    return n === undefined ? DAGNAMEN[d.dag] : `${rangtelwoord(n)} ${DAGNAMEN[d.dag]}`;
  });
  return dagen.length ? `op de ${opsomming(dagen)}` : '';
}

/** "elke dinsdag", "elke week op dinsdag en donderdag", "elke 2 weken op maandag", "elke maand op de 3e". */
export function omschrijfHerhaling(tekst: string): string {
  const gelezen = leesHerhaling(tekst);
  if (!gelezen.ok) throw new RangeError(gelezen.fouten.map((f) => f.bericht).join(' '));
  const r = gelezen.waarde;
  const dagen = r.byday.map((d) => DAGNAMEN[d.dag]);
  let zin: string;
  switch (r.freq) {
    case 'DAILY':
      zin = elke(r.interval, 'dag', 'dagen');
      if (dagen.length) zin += ` op ${opsomming(dagen)}`;
      break;
    case 'WEEKLY':
      if (r.interval === 1 && dagen.length === 1) zin = `elke ${dagen[0]}`;
      else zin = elke(r.interval, 'week', 'weken') + (dagen.length ? ` op ${opsomming(dagen)}` : '');
      break;
    case 'MONTHLY':
      zin = [elke(r.interval, 'maand', 'maanden'), maandDeel(r)].filter(Boolean).join(' ');
      break;
    case 'YEARLY': {
      const maanden = r.bymonth.length ? `in ${opsomming(r.bymonth.map((m) => MAANDEN[m - 1]))}` : '';
      zin = [elke(r.interval, 'jaar', 'jaar', 'elk'), maanden, maandDeel(r)].filter(Boolean).join(' ');
      break;
    }
    default: {
      // Rejected by `valideerHerhaling` (te-vaak), but still described so a makelaar can read an old rule.
      const [een, meer] = r.freq === 'HOURLY' ? ['uur', 'uur'] : r.freq === 'MINUTELY' ? ['minuut', 'minuten'] : ['seconde', 'seconden'];
      zin = elke(r.interval, een, meer);
    }
  }
  if (r.byhour.length === 1) zin += ` om ${String(r.byhour[0]).padStart(2, '0')}:${String(r.byminute[0] ?? 0).padStart(2, '0')}`;
  if (r.count) zin += r.count === 1 ? ', 1 keer' : `, ${r.count} keer`;
  if (r.until) {
    const d = untilWandklok(r.until);
    zin += `, tot en met ${d.getUTCDate()} ${MAANDEN[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  }
  return zin;
}
