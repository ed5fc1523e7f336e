import { formatteerAfstand } from './distance';
import { label } from './labels';
import type { PaarFeiten } from './prepare';
import type { Weekdag } from './types';
import { verwanteVaardigheid } from './vaardigheden';

/**
 * Short B1 sentences a makelaar can read out on the phone. They describe the helper, never how they take
 * part: nothing here may depend on `Kandidaat.soort`, so a resident can never learn someone is on benefits.
 */
const DAGNAAM: Readonly<Record<Weekdag, string>> = { 1: 'maandag', 2: 'dinsdag', 3: 'woensdag', 4: 'donderdag', 5: 'vrijdag', 6: 'zaterdag', 7: 'zondag' };
const ERVAREN_VANAF = 5;
const MAX_MOMENTEN_IN_ZIN = 2;

function dagdeel(minuut: number): string {
  if (minuut < 6 * 60) return 'nacht';
  if (minuut < 12 * 60) return 'ochtend';
  return minuut < 18 * 60 ? 'middag' : 'avond';
}

const opsomming = (woorden: readonly string[]): string =>
  woorden.length <= 1 ? (woorden[0] ?? '') : `${woorden.slice(0, -1).join(', ')} en ${woorden[woorden.length - 1]}`;

function eerderGeholpen({ h, k }: PaarFeiten): string | undefined {
  return k.kandidaat.eerderGeholpen.some((e) => e.bewonerId === h.vraag.bewonerId && e.positief) ? 'heeft deze bewoner eerder geholpen' : undefined;
}

function ervaring({ h, k, ctx }: PaarFeiten): string | undefined {
  const gevraagd = [...new Set([...h.vraag.vereisteVaardigheden, ...h.vraag.gewensteVaardigheden])];
  const gedekt = gevraagd.map((c) => (k.vaardigheden.has(c) ? c : verwanteVaardigheid(c, k.vaardigheden, ctx.gerelateerdeVaardigheden)));
  const woorden = [...new Set(gedekt.filter((c): c is string => c !== undefined).map((c) => label(c, ctx)))];
  return woorden.length ? `heeft ervaring met ${opsomming(woorden)}` : undefined;
}

const afstand = ({ afstandMeter }: PaarFeiten): string => `woont ${formatteerAfstand(afstandMeter)} verderop`;

function tijd({ h, dekking }: PaarFeiten): string | undefined {
  const momenten = [...new Set(dekking.voorbeelden.map((v) => `${DAGNAAM[v.dag]}${dagdeel(v.minuut)}`))].slice(0, MAX_MOMENTEN_IN_ZIN);
  const volledig = dekking.gedekteMomenten === dekking.momenten;
  if (h.tijd.soort === 'terugkerend' && !volledig)
    return dekking.gedekteMomenten ? `kan ${dekking.gedekteMomenten} van de ${dekking.momenten} keer` : undefined;
  if (h.tijd.soort === 'eenmalig' && !volledig) return momenten.length ? `kan een deel van de tijd op ${momenten[0]}` : undefined;
  return momenten.length ? `kan op ${opsomming(momenten)}` : undefined;
}

function taal({ h, k, ctx }: PaarFeiten): string | undefined {
  const gedeeld = h.vraag.talen.find((t) => t !== 'nl' && k.kandidaat.talen.includes(t));
  return gedeeld === undefined ? undefined : `spreekt ${label(gedeeld, ctx)}`;
}

function vog({ h, k }: PaarFeiten): string | undefined {
  return h.vraag.vogVereist && k.vogGeldigTot !== null && k.vogGeldigTot >= h.tijd.vogPeildag ? 'heeft een geldige VOG' : undefined;
}

function ervaren({ k }: PaarFeiten): string | undefined {
  const { afgerond, noShows } = k.kandidaat.betrouwbaarheid;
  return afgerond >= ERVAREN_VANAF && noShows === 0 ? `heeft al ${afgerond} keer iemand geholpen` : undefined;
}

const ZINNEN: readonly ((p: PaarFeiten) => string | undefined)[] = [eerderGeholpen, ervaring, afstand, tijd, taal, vog, ervaren];

export const redenen = (p: PaarFeiten): string[] => ZINNEN.map((z) => z(p)).filter((z): z is string => z !== undefined);
