import { unprocessable } from '@app/common';

export interface Periode {
  van: string;
  tot: string;
}

const vandaag = (nu: Date) => nu.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

/** A period of calendar days, both inclusive; by default this year up to today. */
export function leesPeriode(q: { van?: string; tot?: string }, nu = new Date()): Periode {
  const tot = q.tot ?? vandaag(nu);
  const van = q.van ?? `${tot.slice(0, 4)}-01-01`;
  if (van > tot) throw unprocessable('van', 'het begin van de periode moet vóór het einde liggen', 'ongeldige-periode');
  return { van, tot };
}

/** SQL: the Dutch calendar day of `kolom` lies in the period given as parameters $2 (van) and $3 (tot). */
export const inPeriode = (kolom: string) => `(${kolom} AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date`;
