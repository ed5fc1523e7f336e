import type { Brief } from './brief';
import { brief, groet } from './sjablonen';

/** One of the two matched people, as the card shows them. */
export interface KaartPersoon {
  voornaam: string | null;
  achternaam: string | null;
  straat: string | null;
  huisnummer: string | null;
  postcode: string | null;
}

/** What a match card says: who helps whom, where, when (the next dates), and who to call to cancel. */
export interface Matchkaart {
  titel: string;
  /** When, in words ("elke vrijdag, vanaf vr 5 dec, 10:00"). */
  wanneer: string;
  /** The next dates, soonest first. */
  keren: Date[];
  bewoner: KaartPersoon;
  helper: KaartPersoon;
  /** The gemeente's name, the place line of the address. */
  plaats: string;
  makelaarTelefoon: string | null;
}

const DATUM = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** "vrijdag 5 december om 10:00": a whole date in words, for large print. */
export const datumVoluit = (d: Date) => DATUM.format(d);

const naam = (p: KaartPersoon) => [p.voornaam, p.achternaam].filter(Boolean).join(' ') || 'een buurtgenoot';
const postcode = (pc: string | null) => (pc && /^\d{4}[A-Z]{2}$/i.test(pc) ? `${pc.slice(0, 4)} ${pc.slice(4).toUpperCase()}` : (pc ?? ''));

/** The two address lines ("Kerkstraat 12", "2011 AB Haarlem"); empty when we have no postcode. */
export function adresRegels(p: KaartPersoon, plaats: string): string[] {
  if (!p.postcode) return [];
  const straat = p.straat ? [p.straat, p.huisnummer].filter(Boolean).join(' ') : `Huisnummer ${p.huisnummer ?? '?'}`;
  return [straat, `${postcode(p.postcode)} ${plaats}`];
}

/**
 * A match card in B1 Dutch: one page for the resident and one for the helper, each addressed to them (so a window
 * envelope shows it). Only the two matched people are named; the helper gets the resident's exact address (where the
 * help is), the resident never gets the helper's.
 */
export function matchkaartBrieven(k: Matchkaart): Brief[] {
  const waar = adresRegels(k.bewoner, k.plaats).join(', ');
  const keren = k.keren.length
    ? `De volgende ${k.keren.length === 1 ? 'keer' : 'keren'}:\n${k.keren.map((d) => `- ${datumVoluit(d)}`).join('\n')}`
    : 'De datum spreekt u samen af.';
  const afzeggen = k.makelaarTelefoon ? '' : 'Kunt u niet, of wilt u afzeggen? Zeg het dan op tijd tegen de sociaal makelaar.';
  const pagina = (voor: KaartPersoon, kern: string, plek: string): Brief => ({
    naam: naam(voor),
    adres: adresRegels(voor, k.plaats).join('\n'),
    onderwerp: `Matchkaart: ${k.titel}`,
    tekst: brief([`Beste ${voor.voornaam?.trim() || 'buurtgenoot'},`, kern, plek, `Wanneer: ${k.wanneer}.`, keren, afzeggen, 'Bewaar deze kaart.', groet.nl]),
    makelaarTelefoon: k.makelaarTelefoon,
  });
  return [
    pagina(k.bewoner, `${naam(k.helper)} helpt u met "${k.titel}".`, waar ? `Waar: bij u thuis, ${waar}.` : 'Waar: bij u thuis.'),
    pagina(
      k.helper,
      `U helpt ${naam(k.bewoner)} met "${k.titel}".`,
      waar ? `Waar: ${waar}.` : 'Waar: bij de bewoner thuis. Het adres krijgt u van de sociaal makelaar.',
    ),
  ];
}
