/**
 * The gemeente's areas and categories: they check the filters (422 naming the field) and give every
 * grouping its full list of groups, so a wijk without any activity is published as 0 rather than missing.
 */
import { unprocessable } from '@app/common';
import type { DataSource } from 'typeorm';
import type { Groep } from './tabel';
import { maanden, type Filters, type Groepering, type Periode } from './verzoek';

export interface Wijk {
  readonly code: string;
  readonly naam: string;
  readonly stadsdeel: string;
}

export interface Referentie {
  readonly wijken: Wijk[];
  readonly categorieen: Groep[];
}

export async function laadReferentie(ds: DataSource, gemeenteId: string): Promise<Referentie> {
  const [wijken, categorieen] = await Promise.all([
    ds.query(`SELECT code, naam, stadsdeel FROM wijken WHERE gemeente_id = $1 ORDER BY code`, [gemeenteId]) as Promise<Wijk[]>,
    ds.query(`SELECT code, naam AS label FROM categorieen WHERE gemeente_id = $1 ORDER BY volgorde, code`, [gemeenteId]) as Promise<Groep[]>,
  ]);
  return { wijken, categorieen };
}

export function controleerFilters(ref: Referentie, f: Filters): void {
  if (f.wijk && !ref.wijken.some((w) => w.code === f.wijk)) throw unprocessable('wijk', 'onbekende wijk in deze gemeente', 'onbekende-wijk');
  if (f.stadsdeel && !ref.wijken.some((w) => w.stadsdeel === f.stadsdeel)) {
    throw unprocessable('stadsdeel', 'onbekend stadsdeel in deze gemeente', 'onbekend-stadsdeel');
  }
  if (f.categorie && !ref.categorieen.some((c) => c.code === f.categorie)) {
    throw unprocessable('categorie', 'onbekende categorie in deze gemeente', 'onbekende-categorie');
  }
}

const binnenFilter = (w: Wijk, f: Filters): boolean => (!f.wijk || w.code === f.wijk) && (!f.stadsdeel || w.stadsdeel === f.stadsdeel);

/** The rows of a table grouped this way, in a stable order. */
export function groepen(ref: Referentie, groepering: Groepering, f: Filters, p: Periode): Groep[] {
  switch (groepering) {
    case 'none':
      return [{ code: 'totaal', label: 'Totaal' }];
    case 'wijk':
      return ref.wijken.filter((w) => binnenFilter(w, f)).map((w) => ({ code: w.code, label: w.naam }));
    case 'stadsdeel':
      return [...new Set(ref.wijken.filter((w) => binnenFilter(w, f)).map((w) => w.stadsdeel))].sort().map((s) => ({ code: s, label: s }));
    case 'categorie':
      return ref.categorieen.filter((c) => !f.categorie || c.code === f.categorie);
    case 'maand':
      return maanden(p).map((m) => ({ code: m, label: m }));
  }
}
