/**
 * Turns counts from SQL into published tables: rows are groups (wijk, maand, …), columns split a figure
 * (zelf / makelaar, a reason, …). Every count goes through libs/domain `suppress`, so small cells and
 * their complements are hidden together; derived figures (shares, hours, medians) are only shown where
 * the counts they rest on are shown, so they cannot reveal a hidden count either.
 */
import { isOnderdrukt, suppress, suppressList, type Cel } from '@app/domain';

export const MIN_CEL = 5;
const opties = { min: MIN_CEL };

export interface Groep {
  readonly code: string;
  readonly label: string;
}

/** One row of a GROUP BY: the count of `kolom` in `groep`. */
export interface Telrij {
  readonly groep: string;
  readonly kolom: string;
  readonly n: number;
}

export interface Rij {
  readonly groep: string;
  readonly label: string;
  readonly cellen: Cel[];
  /** Null when the columns overlap (one person in several roles): a sum would count people twice. */
  readonly totaal: Cel | null;
}

export interface Tabel {
  readonly kolommen: string[];
  readonly rijen: Rij[];
  readonly kolomTotalen: Cel[];
  readonly totaal: Cel | null;
  readonly onderdrukt: { readonly primair: number; readonly secundair: number };
}

/** Known entries first in their order, then any others found in the data (sorted), so nothing is dropped. */
export function aanvullen(bekend: readonly string[], gevonden: Iterable<string>): string[] {
  const extra = [...new Set(gevonden)].filter((x) => !bekend.includes(x)).sort();
  return [...bekend, ...extra];
}

function groepenMet(groepen: readonly Groep[], rijen: readonly Telrij[]): Groep[] {
  const codes = aanvullen(
    groepen.map((g) => g.code),
    rijen.map((r) => r.groep),
  );
  return codes.map((code) => groepen.find((g) => g.code === code) ?? { code, label: code });
}

/** The dense groups × columns matrix of counts (zeros where SQL returned no row). */
export function matrix(rijen: readonly Telrij[], groepen: readonly string[], kolommen: readonly string[]): number[][] {
  const m = groepen.map(() => kolommen.map(() => 0));
  for (const r of rijen) m[groepen.indexOf(r.groep)][kolommen.indexOf(r.kolom)] += r.n;
  return m;
}

/**
 * A suppressed table. Disjoint columns (every counted item in exactly one column) are suppressed as one
 * table with row, column and grand totals; overlapping columns each as their own list with its total.
 */
export function telTabel(groepen: readonly Groep[], kolommenBekend: readonly string[], rijen: readonly Telrij[], overlappend = false): Tabel {
  const g = groepenMet(groepen, rijen);
  const kolommen = aanvullen(
    kolommenBekend,
    rijen.map((r) => r.kolom),
  );
  const m = matrix(
    rijen,
    g.map((x) => x.code),
    kolommen,
  );
  if (!overlappend) {
    const s = suppress(m, opties);
    return {
      kolommen,
      rijen: g.map((x, i) => ({ groep: x.code, label: x.label, cellen: s.cellen[i], totaal: s.rijTotalen[i] })),
      kolomTotalen: s.kolomTotalen,
      totaal: s.totaal,
      onderdrukt: s.onderdrukt,
    };
  }
  const lijsten = kolommen.map((_, j) =>
    suppressList(
      m.map((rij) => rij[j]),
      opties,
    ),
  );
  return {
    kolommen,
    rijen: g.map((x, i) => ({ groep: x.code, label: x.label, cellen: lijsten.map((l) => l.waarden[i]), totaal: null })),
    kolomTotalen: lijsten.map((l) => l.totaal),
    totaal: null,
    onderdrukt: {
      primair: lijsten.reduce((a, l) => a + l.onderdrukt.primair, 0),
      secundair: lijsten.reduce((a, l) => a + l.onderdrukt.secundair, 0),
    },
  };
}

/** `deel / geheel` rounded to 3 decimals, only when both are published (so it reveals nothing they do not). */
export function aandeel(deel: Cel, geheel: Cel | null): number | null {
  if (geheel === null || isOnderdrukt(deel) || isOnderdrukt(geheel) || geheel === 0) return null;
  return Math.round((deel / geheel) * 1000) / 1000;
}

/** Shows `waarde` only where the count it rests on is published (the count's suppression pattern is reused). */
export const alsZichtbaar = <T>(basis: Cel | null, waarde: T): T | null => (basis === null || isOnderdrukt(basis) ? null : waarde);
