/**
 * The tender's norm: first contact within 5 working days of the request (Dutch holidays, libs/domain; the
 * constant lives with the gemeente's settings in libs/domain instellingen, shown read-only on the beheer page).
 * A request counts as `binnen` when contact came on or before the 5th working day after the day it was
 * made, `buiten` when contact came later or that day has passed without contact; a request still inside
 * its 5 days without contact is `lopend` and left out of the share.
 */
import { addWerkdagen, NORM_EERSTE_CONTACT_WERKDAGEN, type Kalenderdag } from '@app/domain';

export interface NormRij {
  readonly groep: string;
  /** Amsterdam day the request was made. */
  readonly aangemaakt: Kalenderdag;
  /** Amsterdam day of first contact, null without contact. */
  readonly contact: Kalenderdag | null;
  readonly n: number;
}

export type NormUitkomst = 'binnen' | 'buiten' | 'lopend';

export function normUitkomst(aangemaakt: Kalenderdag, contact: Kalenderdag | null, vandaag: Kalenderdag): NormUitkomst {
  const uiterlijk = addWerkdagen(aangemaakt, NORM_EERSTE_CONTACT_WERKDAGEN);
  if (contact !== null) return contact <= uiterlijk ? 'binnen' : 'buiten';
  return uiterlijk < vandaag ? 'buiten' : 'lopend';
}

/** Counts per group as `{groep, kolom: binnen|buiten, n}`, ready for a suppressed table. */
export function normTelling(rijen: readonly NormRij[], vandaag: Kalenderdag): { groep: string; kolom: 'binnen' | 'buiten'; n: number }[] {
  const uit = new Map<string, { groep: string; kolom: 'binnen' | 'buiten'; n: number }>();
  for (const r of rijen) {
    const kolom = normUitkomst(r.aangemaakt, r.contact, vandaag);
    if (kolom === 'lopend') continue;
    const sleutel = `${r.groep}\u0000${kolom}`;
    const bestaand = uit.get(sleutel);
    if (bestaand) bestaand.n += r.n;
    else uit.set(sleutel, { groep: r.groep, kolom, n: r.n });
  }
  return [...uit.values()];
}
