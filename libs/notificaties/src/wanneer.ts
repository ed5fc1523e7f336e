import { omschrijfHerhaling } from '@app/domain';
import type { Taal } from './sjablonen';

const TZ = 'Europe/Amsterdam';
const LOCALE: Record<Taal, string> = { nl: 'nl-NL', en: 'en-GB' };

export interface VensterRij {
  venster_soort: string;
  venster_start: Date | string;
  venster_eind: Date | string | null;
  rrule: string | null;
}

/** A moment in words in the person's language: "di 2 dec, 10:00" / "Tue 2 Dec, 10:00". */
export function moment(d: Date, taal: Taal): string {
  const dag = new Intl.DateTimeFormat(LOCALE[taal], { weekday: 'short', day: 'numeric', month: 'short', timeZone: TZ }).format(d);
  const tijd = new Intl.DateTimeFormat(LOCALE[taal], { hour: '2-digit', minute: '2-digit', timeZone: TZ }).format(d);
  return `${dag}, ${tijd}`;
}

/** When the help is, in words. Recurrences are described in Dutch by the domain library; English names the start. */
export function wanneerVoor(v: VensterRij, taal: Taal): string {
  const start = new Date(v.venster_start);
  if (v.venster_soort === 'terugkerend' && v.rrule) {
    return taal === 'nl' ? `${omschrijfHerhaling(v.rrule)}, vanaf ${moment(start, taal)}` : `regularly, from ${moment(start, taal)}`;
  }
  if (v.venster_soort === 'flexibel' && v.venster_eind) {
    const eind = new Date(v.venster_eind);
    return taal === 'nl' ? `tussen ${moment(start, taal)} en ${moment(eind, taal)}` : `between ${moment(start, taal)} and ${moment(eind, taal)}`;
  }
  return moment(start, taal);
}
