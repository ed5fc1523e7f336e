import { badRequest } from '@app/common';
import { omschrijfHerhaling, valideerHerhaling, valideerTijdvenster } from '@app/domain';
import { ensureOk } from '../common/domain-problems';
import type { VensterDto } from './marktplaats.dto';

export interface Venster {
  soort: 'eenmalig' | 'flexibel' | 'terugkerend';
  start: Date;
  eind: Date | null;
  rrule: string | null;
}

/** When help is wanted: a window (eenmalig, flexibel) or a recurrence at most daily, never in the past. */
export function valideerVenster(v: VensterDto, nu: Date, veld = 'venster'): Venster {
  const start = new Date(v.start);
  if (v.soort === 'terugkerend') {
    if (!v.rrule) throw badRequest('validatie', `${veld}.rrule is verplicht bij terugkerende hulp`, [{ field: `${veld}.rrule`, message: 'verplicht' }]);
    ensureOk(valideerHerhaling(v.rrule, start, nu), veld);
    return { soort: v.soort, start, eind: v.eind ? new Date(v.eind) : null, rrule: v.rrule };
  }
  if (!v.eind) throw badRequest('validatie', `${veld}.eind is verplicht`, [{ field: `${veld}.eind`, message: 'verplicht' }]);
  const w = ensureOk(valideerTijdvenster({ start, eind: new Date(v.eind) }, nu, { velden: { start: `${veld}.start`, eind: `${veld}.eind` } }));
  return { soort: v.soort, start: w.start, eind: w.eind, rrule: null };
}

const DAG = new Intl.DateTimeFormat('nl-NL', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'Europe/Amsterdam' });
const TIJD = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });

/** The value kept under `key`, else made and kept; past `max` entries the cache starts over, so odd input cannot grow it. */
function onthoud<K, V>(cache: Map<K, V>, key: K, max: number, maak: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = maak();
    if (cache.size > max) cache.clear();
    cache.set(key, v);
  }
  return v;
}

// a handful of rules repeat across thousands of requests: parse each once
const herhalingTekst = new Map<string, string>();
const omschrijf = (rrule: string): string => onthoud(herhalingTekst, rrule, 1000, () => omschrijfHerhaling(rrule));

// Intl formatting costs microseconds per call and a prikbord page formats 20-40 dates: the same posts are shown
// again and again, so remember each moment's text
const dagTekst = new Map<number, string>();
const dagTijdTekst = new Map<number, string>();
const moment = (d: Date, metTijd: boolean): string =>
  metTijd
    ? onthoud(dagTijdTekst, d.getTime(), 20_000, () => `${DAG.format(d)}, ${TIJD.format(d)}`)
    : onthoud(dagTekst, d.getTime(), 20_000, () => DAG.format(d));

/** "di 1 dec, 10:00", "tussen 1 dec en 14 dec", "elke dinsdag": how the prikbord and the phone say it. */
export function wanneerTekst(v: { soort: string; start: Date; eind: Date | null; rrule: string | null }): string {
  if (v.soort === 'terugkerend' && v.rrule) return `${omschrijf(v.rrule)}, vanaf ${moment(v.start, false)}`;
  if (v.soort === 'flexibel' && v.eind) return `tussen ${moment(v.start, false)} en ${moment(v.eind, false)}`;
  return moment(v.start, true);
}

const DAGEN = ['', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'];
const dagdeel = (van: string) => (van < '12:00' ? 'ochtend' : van < '18:00' ? 'middag' : 'avond');

/** "ma ochtend, wo middag" for weekly availability slots. */
export function beschikbaarheidTekst(slots: { dag: number; van: string; tot: string }[]): string {
  const uniek = [...new Set(slots.map((s) => `${s.dag}|${dagdeel(s.van)}`))].sort();
  return uniek.map((k) => `${DAGEN[Number(k.split('|')[0])]} ${k.split('|')[1]}`).join(', ');
}
