/**
 * The kerncijfers request, checked once: a period of Amsterdam calendar days, optional area and category
 * filters, and one grouping. Every refusal is a 422 naming the query field (the global pipe's 400 is for
 * malformed shapes; these are well-formed values that make no sense).
 */
import { unprocessable } from '@app/common';
import { isKalenderdag, kalenderdag, type Kalenderdag } from '@app/domain';

export const GROEPERINGEN = ['none', 'wijk', 'stadsdeel', 'categorie', 'maand'] as const;
export type Groepering = (typeof GROEPERINGEN)[number];

/** Longer periods are still cheap, but a bound keeps the PDF and the month grouping readable. */
export const MAX_DAGEN = 5 * 366;

export interface Periode {
  /** First and last day, both included. */
  readonly van: Kalenderdag;
  readonly tot: Kalenderdag;
}

export interface Filters {
  readonly wijk?: string;
  readonly stadsdeel?: string;
  readonly categorie?: string;
}

export interface KerncijfersVerzoek {
  readonly periode: Periode;
  readonly filters: Filters;
  readonly groepeer: Groepering;
}

export interface RuweQuery {
  van?: string;
  tot?: string;
  groepeer?: string;
  wijk?: string;
  stadsdeel?: string;
  categorie?: string;
}

const dagnr = (d: Kalenderdag): number => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

function dag(veld: string, waarde: string | undefined, standaard: Kalenderdag): Kalenderdag {
  if (waarde === undefined || waarde === '') return standaard;
  if (!isKalenderdag(waarde)) throw unprocessable(veld, 'verwacht een datum JJJJ-MM-DD', 'ongeldige-datum');
  return waarde;
}

/** Defaults: from 1 January of this year up to and including today. */
export function leesVerzoek(q: RuweQuery, nu: Date): KerncijfersVerzoek {
  const vandaag = kalenderdag(nu);
  const van = dag('van', q.van, `${vandaag.slice(0, 4)}-01-01`);
  const tot = dag('tot', q.tot, vandaag);
  if (dagnr(van) > dagnr(tot)) throw unprocessable('van', 'van ligt na tot', 'periode-omgekeerd');
  if (dagnr(tot) - dagnr(van) >= MAX_DAGEN) throw unprocessable('tot', `een periode is hoogstens ${MAX_DAGEN} dagen`, 'periode-te-lang');
  const groepeer = q.groepeer || 'none';
  if (!(GROEPERINGEN as readonly string[]).includes(groepeer)) {
    throw unprocessable('groepeer', `kies uit ${GROEPERINGEN.join(', ')}`, 'onbekende-groepering');
  }
  const filters: Filters = {
    ...(q.wijk ? { wijk: q.wijk } : {}),
    ...(q.stadsdeel ? { stadsdeel: q.stadsdeel } : {}),
    ...(q.categorie ? { categorie: q.categorie } : {}),
  };
  return { periode: { van, tot }, filters, groepeer: groepeer as Groepering };
}

/** A calendar quarter as a period; 422 on a year or quarter out of range. */
export function kwartaal(jaar: string | undefined, kw: string | undefined): Periode & { jaar: number; kwartaal: number } {
  const j = Number(jaar);
  const k = Number(kw);
  if (!Number.isInteger(j) || j < 2000 || j > 2100) throw unprocessable('jaar', 'verwacht een jaartal, bijvoorbeeld 2025');
  if (!Number.isInteger(k) || k < 1 || k > 4) throw unprocessable('kwartaal', 'verwacht 1, 2, 3 of 4');
  const start = new Date(Date.UTC(j, (k - 1) * 3, 1));
  const eind = new Date(Date.UTC(j, k * 3, 0));
  return { jaar: j, kwartaal: k, van: start.toISOString().slice(0, 10), tot: eind.toISOString().slice(0, 10) };
}

/** Months `YYYY-MM` touched by a period, in order. */
export function maanden(p: Periode): string[] {
  const uit: string[] = [];
  let [j, m] = [Number(p.van.slice(0, 4)), Number(p.van.slice(5, 7))];
  const [tj, tm] = [Number(p.tot.slice(0, 4)), Number(p.tot.slice(5, 7))];
  while (j < tj || (j === tj && m <= tm)) {
    uit.push(`${j}-${String(m).padStart(2, '0')}`);
    [j, m] = m === 12 ? [j + 1, 1] : [j, m + 1];
  }
  return uit;
}
