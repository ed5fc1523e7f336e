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

// a handful of rules repeat across thousands of requests: parse each once (bounded, so odd input cannot grow it)
const herhalingTekst = new Map<string, string>();
function omschrijf(rrule: string): string {
  let t = herhalingTekst.get(rrule);
  if (t === undefined) {
    t = omschrijfHerhaling(rrule);
    if (herhalingTekst.size > 1000) herhalingTekst.clear();
    herhalingTekst.set(rrule, t);
  }
  return t;
}

// Intl formatting costs microseconds per call and a prikbord page formats 20-40 dates: the same posts are shown
// again and again, so remember each moment's text (bounded like the rules above)
const dagTekst = new Map<number, string>();
const dagTijdTekst = new Map<number, string>();
function moment(d: Date, metTijd: boolean): string {
  const cache = metTijd ? dagTijdTekst : dagTekst;
  let t = cache.get(d.getTime());
  if (t === undefined) {
    t = metTijd ? `${DAG.format(d)}, ${TIJD.format(d)}` : DAG.format(d);
    if (cache.size > 20_000) cache.clear();
    cache.set(d.getTime(), t);
  }
  return t;
}

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
