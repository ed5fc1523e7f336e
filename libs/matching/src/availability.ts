import { RRule } from 'rrule';
import { OngeldigeInvoer } from './errors';
import { alsZwevendeDatum, lokaleMinuten, MINUTEN_PER_DAG, parseDatum, parseKloktijd, parseTijdstip, uitZwevendeDatum, weekdag, weekIndex } from './tijd';
import type { Hulpvraag, Tijdslot, Uitzondering, Weekdag } from './types';

/** Part of a help moment on one local day, in minutes after local midnight (`tot` exclusive). */
export interface Segment {
  dagIndex: number;
  van: number;
  tot: number;
}

/**
 * A request's time need, expanded once per request. For `eenmalig` and `terugkerend` every moment must be
 * covered (minutes count); for `flexibel` each moment is one day of the range, and a day counts when it
 * holds a free stretch of `nodigMinuten`.
 */
export interface Tijdvraag {
  soort: Hulpvraag['venster']['soort'];
  momenten: Segment[][];
  nodigMinuten: number;
  urenPerWeek: number;
  /** The day a VOG must still be valid: the last day of the first help moment. */
  vogPeildag: number;
}

/** A helper's weekly availability as merged intervals per weekday, and days off as day-number ranges. */
export interface Rooster {
  perDag: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  vrij: ReadonlyArray<readonly [number, number]>;
}

export interface Dekking {
  /** 0..1: share of minutes covered, or for `flexibel` the share of three possible days (enough choice). */
  aandeel: number;
  gedekteMomenten: number;
  momenten: number;
  /** Distinct (weekday, start minute) of covered moments in time order, for reasons. */
  voorbeelden: { dag: Weekdag; minuut: number }[];
}

const MAX_HERHALINGEN = 1000;
const MAX_FLEXIBEL_DAGEN = 366;
const FLEXIBEL_GENOEG_DAGEN = 3;

function splitsPerDag(van: number, tot: number): Segment[] {
  const stukken: Segment[] = [];
  for (let m = van; m < tot;) {
    const dagIndex = Math.floor(m / MINUTEN_PER_DAG);
    const einde = Math.min(tot, (dagIndex + 1) * MINUTEN_PER_DAG);
    stukken.push({ dagIndex, van: m - dagIndex * MINUTEN_PER_DAG, tot: einde - dagIndex * MINUTEN_PER_DAG });
    m = einde;
  }
  return stukken;
}

function interval(start: string, eind: string): [number, number] {
  const van = lokaleMinuten(parseTijdstip(start, 'venster.start'));
  const tot = lokaleMinuten(parseTijdstip(eind, 'venster.eind'));
  if (tot <= van) throw new OngeldigeInvoer('venster.eind', 'venster.eind moet na venster.start liggen');
  return [van, tot];
}

function herhalingen(rrule: string, start: string, nu: Date, horizonDagen: number): number[] {
  let opties: ReturnType<typeof RRule.parseString>;
  try {
    opties = RRule.parseString(rrule);
  } catch {
    opties = {};
  }
  if (opties.freq === undefined) throw new OngeldigeInvoer('venster.rrule', `venster.rrule is geen geldige herhaalregel: "${rrule}"`);
  // Expand in floating wall-clock time so "every Tuesday 10:00" stays 10:00 across daylight saving.
  const eerste = lokaleMinuten(parseTijdstip(start, 'venster.start'));
  const vanaf = Math.max(eerste, lokaleMinuten(nu.getTime()));
  const regel = new RRule({ ...opties, dtstart: alsZwevendeDatum(eerste), tzid: null });
  // Half-open horizon: a 28-day horizon from a Tuesday holds four Tuesdays, not five.
  const tot = alsZwevendeDatum(vanaf + horizonDagen * MINUTEN_PER_DAG - 1);
  return regel.between(alsZwevendeDatum(vanaf), tot, true, (_d, i) => i < MAX_HERHALINGEN).map(uitZwevendeDatum);
}

function urenPerWeek(starts: readonly number[], duurMinuten: number): number {
  const perWeek = new Map<number, number>();
  for (const s of starts) {
    const w = weekIndex(Math.floor(s / MINUTEN_PER_DAG));
    perWeek.set(w, (perWeek.get(w) ?? 0) + 1);
  }
  return (Math.max(1, ...perWeek.values()) * duurMinuten) / 60;
}

const laatsteDag = (tot: number): number => Math.floor((tot - 1) / MINUTEN_PER_DAG);

/** Expands a request's window; `horizonDagen` bounds recurring requests. */
export function maakTijdvraag(vraag: Pick<Hulpvraag, 'venster' | 'duurMinuten'>, nu: Date, horizonDagen: number): Tijdvraag {
  const { venster, duurMinuten } = vraag;
  if (!(duurMinuten > 0)) throw new OngeldigeInvoer('duurMinuten', 'duurMinuten moet groter dan 0 zijn');
  switch (venster.soort) {
    case 'eenmalig': {
      const [van, tot] = interval(venster.start, venster.eind);
      return { soort: 'eenmalig', momenten: [splitsPerDag(van, tot)], nodigMinuten: tot - van, urenPerWeek: (tot - van) / 60, vogPeildag: laatsteDag(tot) };
    }
    case 'flexibel': {
      const [van, tot] = interval(venster.start, venster.eind);
      if (tot - van > MAX_FLEXIBEL_DAGEN * MINUTEN_PER_DAG)
        throw new OngeldigeInvoer('venster.eind', `een flexibel venster mag hoogstens ${MAX_FLEXIBEL_DAGEN} dagen zijn`);
      const momenten = splitsPerDag(van, tot).map((s) => [s]);
      return { soort: 'flexibel', momenten, nodigMinuten: duurMinuten, urenPerWeek: duurMinuten / 60, vogPeildag: laatsteDag(tot) };
    }
    case 'terugkerend': {
      const starts = herhalingen(venster.rrule, venster.start, nu, horizonDagen);
      const momenten = starts.map((s) => splitsPerDag(s, s + duurMinuten));
      const vogPeildag = starts.length ? laatsteDag(starts[0] + duurMinuten) : Math.floor(lokaleMinuten(nu.getTime()) / MINUTEN_PER_DAG);
      return { soort: 'terugkerend', momenten, nodigMinuten: duurMinuten, urenPerWeek: urenPerWeek(starts, duurMinuten), vogPeildag };
    }
  }
}

const GEEN: readonly [number, number][] = Object.freeze([]);

/** A weekday's slots as sorted, disjoint intervals; most days hold none or one, which need no sorting. */
function voegSamen(intervallen: [number, number][]): readonly [number, number][] {
  if (intervallen.length === 0) return GEEN;
  if (intervallen.length === 1) return intervallen[0][1] > intervallen[0][0] ? intervallen : GEEN;
  const gesorteerd = intervallen.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const uit: [number, number][] = [];
  for (const [a, b] of gesorteerd) {
    const laatste = uit[uit.length - 1];
    if (laatste && a <= laatste[1]) laatste[1] = Math.max(laatste[1], b);
    else uit.push([a, b]);
  }
  return uit;
}

export function maakRooster(slots: readonly Tijdslot[], uitzonderingen: readonly Uitzondering[]): Rooster {
  const perDag: [number, number][][] = [[], [], [], [], [], [], [], []];
  for (const s of slots) {
    if (!Number.isInteger(s.dag) || s.dag < 1 || s.dag > 7)
      throw new OngeldigeInvoer('beschikbaarheid.dag', `beschikbaarheid.dag moet 1 tot en met 7 zijn, kreeg ${s.dag}`);
    perDag[s.dag].push([parseKloktijd(s.van, 'beschikbaarheid.van'), parseKloktijd(s.tot, 'beschikbaarheid.tot')]);
  }
  return {
    perDag: perDag.map(voegSamen),
    vrij: uitzonderingen.length ? uitzonderingen.map((u) => [parseDatum(u.van, 'uitzonderingen.van'), parseDatum(u.tot, 'uitzonderingen.tot')] as const) : GEEN,
  };
}

/** Covered pieces of one segment: none on a day off, else the overlap with that weekday's slots. */
function gedekteStukken(rooster: Rooster, s: Segment): [number, number][] {
  if (rooster.vrij.some(([a, b]) => s.dagIndex >= a && s.dagIndex <= b)) return [];
  const stukken: [number, number][] = [];
  for (const [a, b] of rooster.perDag[weekdag(s.dagIndex)]) {
    const van = Math.max(a, s.van);
    const tot = Math.min(b, s.tot);
    if (tot > van) stukken.push([van, tot]);
  }
  return stukken;
}

export function dekking(vraag: Tijdvraag, rooster: Rooster): Dekking {
  let nodig = 0;
  let gedekt = 0;
  let gedekteMomenten = 0;
  const voorbeelden: Dekking['voorbeelden'] = [];
  const noteer = (s: Segment, minuut: number) => {
    const dag = weekdag(s.dagIndex);
    if (!voorbeelden.some((v) => v.dag === dag && v.minuut === minuut)) voorbeelden.push({ dag, minuut });
  };
  for (const moment of vraag.momenten) {
    let momentGedekt = 0;
    let momentNodig = 0;
    let eerste: [Segment, number] | undefined;
    for (const s of moment) {
      const stukken = gedekteStukken(rooster, s);
      const past = vraag.soort === 'flexibel' ? stukken.find(([a, b]) => b - a >= vraag.nodigMinuten) : stukken[0];
      if (past && !eerste) eerste = [s, past[0]];
      momentNodig += s.tot - s.van;
      momentGedekt += stukken.reduce((som, [a, b]) => som + b - a, 0);
    }
    nodig += momentNodig;
    gedekt += momentGedekt;
    const volledig = vraag.soort === 'flexibel' ? eerste !== undefined : momentGedekt === momentNodig;
    if (volledig) gedekteMomenten++;
    if (eerste && (volledig || vraag.soort === 'eenmalig')) noteer(...eerste);
  }
  const aandeel =
    vraag.soort === 'flexibel'
      ? Math.min(1, gedekteMomenten / Math.min(FLEXIBEL_GENOEG_DAGEN, Math.max(1, vraag.momenten.length)))
      : nodig === 0
        ? 0
        : gedekt / nodig;
  return { aandeel, gedekteMomenten, momenten: vraag.momenten.length, voorbeelden };
}

/** Hard constraint: something must be possible at all (any overlap, or one fitting day for `flexibel`). */
export const isBeschikbaar = (d: Dekking, soort: Tijdvraag['soort']): boolean => (soort === 'flexibel' ? d.gedekteMomenten > 0 : d.aandeel > 0);
