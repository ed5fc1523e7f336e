/**
 * Small-cell suppression for the monitoring figures the gemeente sees and the daily open-data export.
 *
 * Primary: every count (cell or total) from 1 to min-1 is published as "<min". A zero is published as
 * 0: it counts nobody, so it reveals no person, and hiding zeros would make most tables unreadable.
 * Secondary (complementary): a hidden count must not be recoverable from what is published. Each row
 * and column with its total is a sum; while any such sum has exactly one hidden member, one more
 * member is hidden (the smallest non-zero part, else the total, else a zero part). Then an exact
 * linear audit over all sums together catches combinations across rows and columns, and suppression
 * continues until no hidden count is determined. Out of scope: interval bounds from non-negativity
 * (a hidden pair summing to 1 still reveals that someone exists) and differencing across tables.
 */

export interface SuppressOptions {
  /** Smallest count that may be published; 1..min-1 is hidden. */
  readonly min: number;
}

/** A published count, or the hidden marker such as "<5". */
export type Cel = number | `<${number}`;

export interface SuppressedTable {
  readonly cellen: Cel[][];
  readonly rijTotalen: Cel[];
  readonly kolomTotalen: Cel[];
  readonly totaal: Cel;
  /** How many counts were hidden as small (primary) and as complement (secondary). */
  readonly onderdrukt: { readonly primair: number; readonly secundair: number };
}

export interface SuppressedList {
  readonly waarden: Cel[];
  readonly totaal: Cel;
  readonly onderdrukt: { readonly primair: number; readonly secundair: number };
}

/** One published sum: `delen` add up to `totaal` (indices into a flat list of counts). */
export interface Som {
  readonly delen: readonly number[];
  readonly totaal: number;
}

const EPS = 1e-9;

function controleerTelling(v: number): void {
  if (!Number.isInteger(v) || v < 0) throw new RangeError(`een telling moet een geheel getal ≥ 0 zijn, niet ${v}`);
}

/**
 * Hidden counts that the published figures determine exactly: with hidden counts as unknowns, each
 * sum is a linear equation; an unknown is determined iff the reduced row echelon form has a row that
 * is exactly its unit vector. Exported for audits of published tables.
 */
export function bepaaldeOnbekenden(verborgen: readonly boolean[], sommen: readonly Som[]): number[] {
  const kolommen = verborgen.flatMap((v, i) => (v ? [i] : []));
  const positie = new Map(kolommen.map((k, j) => [k, j]));
  const rijen = sommen
    .map((s) => {
      const rij = new Array<number>(kolommen.length).fill(0);
      for (const d of s.delen) if (positie.has(d)) rij[positie.get(d) as number] += 1;
      if (positie.has(s.totaal)) rij[positie.get(s.totaal) as number] -= 1;
      return rij;
    })
    .filter((rij) => rij.some((x) => Math.abs(x) > EPS));
  let r = 0;
  for (let k = 0; k < kolommen.length && r < rijen.length; k++) {
    const p = rijen.findIndex((rij, i) => i >= r && Math.abs(rij[k]) > EPS);
    if (p < 0) continue;
    [rijen[r], rijen[p]] = [rijen[p], rijen[r]];
    const f = rijen[r][k];
    rijen[r] = rijen[r].map((x) => x / f);
    for (let i = 0; i < rijen.length; i++) {
      if (i !== r && Math.abs(rijen[i][k]) > EPS) {
        const g = rijen[i][k];
        rijen[i] = rijen[i].map((x, j) => x - g * rijen[r][j]);
      }
    }
    r++;
  }
  return rijen
    .slice(0, r)
    .filter((rij) => rij.filter((x) => Math.abs(x) > EPS).length === 1)
    .map((rij) => kolommen[rij.findIndex((x) => Math.abs(x) > EPS)]);
}

function kleinste(kandidaten: readonly number[], waarden: readonly number[]): number | undefined {
  return kandidaten.reduce<number | undefined>((best, i) => (best === undefined || waarden[i] < waarden[best] ? i : best), undefined);
}

/** Last resort: the smallest count still shown, preferring non-zero ones. */
function kleinsteOpen(waarden: readonly number[], verborgen: readonly boolean[]): number | undefined {
  const open = waarden.flatMap((_, i) => (verborgen[i] ? [] : [i]));
  return (
    kleinste(
      open.filter((i) => waarden[i] > 0),
      waarden,
    ) ?? kleinste(open, waarden)
  );
}

/** The member of `som` to hide next: smallest non-zero part, else the total, else a zero part. */
function complement(som: Som, waarden: readonly number[], verborgen: readonly boolean[]): number | undefined {
  const open = som.delen.filter((i) => !verborgen[i]);
  return (
    kleinste(
      open.filter((i) => waarden[i] > 0),
      waarden,
    ) ??
    (verborgen[som.totaal] ? undefined : som.totaal) ??
    kleinste(open, waarden)
  );
}

/** Core on a flat list of counts with the sums that will be published. Returns the hidden flags. */
function onderdruk(waarden: readonly number[], sommen: readonly Som[], min: number): { verborgen: boolean[]; primair: number } {
  const verborgen = waarden.map((v) => v > 0 && v < min);
  const primair = verborgen.filter(Boolean).length;
  for (let veranderd = true; veranderd;) {
    veranderd = false;
    for (const som of sommen) {
      const leden = [...som.delen, som.totaal];
      if (leden.filter((i) => verborgen[i]).length !== 1) continue;
      const extra = complement(som, waarden, verborgen);
      if (extra !== undefined) {
        verborgen[extra] = true;
        veranderd = true;
      }
    }
    if (veranderd) continue;
    // Every single sum is safe; check all sums together and widen around a determined count.
    const bepaald = bepaaldeOnbekenden(verborgen, sommen);
    if (bepaald.length === 0) break;
    const extra =
      bepaald
        .map((cel) => sommen.find((s) => [...s.delen, s.totaal].includes(cel) && [...s.delen, s.totaal].some((i) => !verborgen[i])))
        .map((som) => som && complement(som, waarden, verborgen))
        .find((i) => i !== undefined) ?? kleinsteOpen(waarden, verborgen);
    if (extra !== undefined) {
      verborgen[extra] = true;
      veranderd = true;
    }
  }
  return { verborgen, primair };
}

const publiceer = (waarde: number, verborgen: boolean, min: number): Cel => (verborgen ? `<${min}` : waarde);

function controleerMin(min: number): void {
  if (!Number.isInteger(min) || min < 1) throw new RangeError(`min moet een geheel getal ≥ 1 zijn, niet ${min}`);
}

/** Suppresses a rows × columns table of counts; row, column and grand totals are computed and published too. */
export function suppress(tabel: readonly (readonly number[])[], options: SuppressOptions = { min: 5 }): SuppressedTable {
  controleerMin(options.min);
  const rijen = tabel.length;
  const kolommen = tabel[0]?.length ?? 0;
  if (tabel.some((rij) => rij.length !== kolommen)) throw new RangeError('alle rijen moeten evenveel kolommen hebben');
  tabel.forEach((rij) => rij.forEach(controleerTelling));

  // Flat layout: cells row by row, then row totals, then column totals, then the grand total.
  const cel = (i: number, j: number): number => i * kolommen + j;
  const rijTotaal = (i: number): number => rijen * kolommen + i;
  const kolomTotaal = (j: number): number => rijen * kolommen + rijen + j;
  const totaal = rijen * kolommen + rijen + kolommen;
  const r = [...Array(rijen).keys()];
  const k = [...Array(kolommen).keys()];
  const waarden = [
    ...tabel.flat(),
    ...tabel.map((rij) => rij.reduce((a, b) => a + b, 0)),
    ...k.map((j) => tabel.reduce((a, rij) => a + rij[j], 0)),
    tabel.flat().reduce((a, b) => a + b, 0),
  ];
  const sommen: Som[] = [
    ...r.map((i) => ({ delen: k.map((j) => cel(i, j)), totaal: rijTotaal(i) })),
    ...k.map((j) => ({ delen: r.map((i) => cel(i, j)), totaal: kolomTotaal(j) })),
    { delen: r.map(rijTotaal), totaal },
    { delen: k.map(kolomTotaal), totaal },
  ];
  const { verborgen, primair } = onderdruk(waarden, sommen, options.min);
  const uit = (i: number): Cel => publiceer(waarden[i], verborgen[i], options.min);
  return {
    cellen: r.map((i) => k.map((j) => uit(cel(i, j)))),
    rijTotalen: r.map((i) => uit(rijTotaal(i))),
    kolomTotalen: k.map((j) => uit(kolomTotaal(j))),
    totaal: uit(totaal),
    onderdrukt: { primair, secundair: verborgen.filter(Boolean).length - primair },
  };
}

/** Suppresses a 1-D list of counts published with its total (e.g. matches per wijk). */
export function suppressList(waarden: readonly number[], options: SuppressOptions = { min: 5 }): SuppressedList {
  controleerMin(options.min);
  waarden.forEach(controleerTelling);
  const alle = [...waarden, waarden.reduce((a, b) => a + b, 0)];
  const som: Som = { delen: waarden.map((_, i) => i), totaal: waarden.length };
  const { verborgen, primair } = onderdruk(alle, [som], options.min);
  return {
    waarden: waarden.map((v, i) => publiceer(v, verborgen[i], options.min)),
    totaal: publiceer(alle[waarden.length], verborgen[waarden.length], options.min),
    onderdrukt: { primair, secundair: verborgen.filter(Boolean).length - primair },
  };
}

export const isOnderdrukt = (cel: Cel): cel is `<${number}` => typeof cel === 'string';
