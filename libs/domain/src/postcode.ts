/**
 * Dutch addresses as residents type them ("2011 ab", "2011AB", " 2011-ab "). PostNL never issues
 * postcodes starting with 0, nor with the letter pairs SA, SD or SS (historical connotations).
 */
import { fout, gelukt, mislukt, type Resultaat, type VeldFout } from './resultaat';

declare const merk: unique symbol;
/** `1234AB`, validated. */
export type Postcode = string & { readonly [merk]: 'Postcode' };
/** `1234`, validated (the area level used in monitoring and open data). */
export type Pc4 = string & { readonly [merk]: 'Pc4' };

export interface Adres {
  readonly postcode: Postcode;
  readonly huisnummer: number;
  /** Huisletter and/or toevoeging as one uppercase string, e.g. `A`, `2HG`, `BIS`. */
  readonly toevoeging?: string;
}

const VERBODEN_LETTERS = new Set(['SA', 'SD', 'SS']);

/** Uppercase, without spaces or dashes; no validation. */
export const normaliseerPostcode = (invoer: string): string => invoer.replace(/[\s-]+/g, '').toUpperCase();

export function valideerPostcode(invoer: unknown, veld = 'postcode'): Resultaat<Postcode> {
  if (typeof invoer !== 'string' || !invoer.trim()) return mislukt(fout(veld, 'verplicht', 'Vul een postcode in.'));
  const pc = normaliseerPostcode(invoer);
  if (!/^[1-9]\d{3}[A-Z]{2}$/.test(pc)) return mislukt(fout(veld, 'ongeldig', 'Vul een postcode in zoals 2011 AB.'));
  if (VERBODEN_LETTERS.has(pc.slice(4))) return mislukt(fout(veld, 'bestaat-niet', `Postcodes met de letters ${pc.slice(4)} bestaan niet.`));
  return gelukt(pc as Postcode);
}

export function valideerPc4(invoer: unknown, veld = 'postcode'): Resultaat<Pc4> {
  const pc = typeof invoer === 'string' ? normaliseerPostcode(invoer) : typeof invoer === 'number' ? String(invoer) : '';
  return /^[1-9]\d{3}$/.test(pc) ? gelukt(pc as Pc4) : mislukt(fout(veld, 'ongeldig', 'Vul de vier cijfers van een postcode in, zoals 2011.'));
}

/** PC4 of a full postcode (for aggregates that must not identify an address). */
export const pc4Van = (postcode: Postcode): Pc4 => postcode.slice(0, 4) as Pc4;

export function valideerHuisnummer(invoer: unknown, veld = 'huisnummer'): Resultaat<number> {
  const tekst = typeof invoer === 'number' ? String(invoer) : typeof invoer === 'string' ? invoer.trim() : '';
  if (!tekst) return mislukt(fout(veld, 'verplicht', 'Vul een huisnummer in.'));
  if (!/^\d{1,5}$/.test(tekst) || Number(tekst) < 1) return mislukt(fout(veld, 'ongeldig', 'Vul een huisnummer in van 1 tot en met 99999.'));
  return gelukt(Number(tekst));
}

/** Huisletter + toevoeging: up to 6 letters/digits after removing separators ("-a", " bis" → "A", "BIS"). */
export function valideerToevoeging(invoer: unknown, veld = 'toevoeging'): Resultaat<string | undefined> {
  if (invoer === undefined || invoer === null) return gelukt(undefined);
  if (typeof invoer !== 'string') return mislukt(fout(veld, 'ongeldig', 'Vul een geldige toevoeging in.'));
  const t = invoer.replace(/[\s-]+/g, '').toUpperCase();
  if (!t) return gelukt(undefined);
  return /^[A-Z0-9]{1,6}$/.test(t) ? gelukt(t) : mislukt(fout(veld, 'ongeldig', 'Een toevoeging bestaat uit hoogstens 6 letters en cijfers.'));
}

/** All field errors at once, so a form can mark every wrong field in one round trip. */
export function valideerAdres(invoer: { postcode?: unknown; huisnummer?: unknown; toevoeging?: unknown }): Resultaat<Adres> {
  const postcode = valideerPostcode(invoer.postcode);
  const huisnummer = valideerHuisnummer(invoer.huisnummer);
  const toevoeging = valideerToevoeging(invoer.toevoeging);
  if (postcode.ok && huisnummer.ok && toevoeging.ok) {
    return gelukt({
      postcode: postcode.waarde,
      huisnummer: huisnummer.waarde,
      ...(toevoeging.waarde === undefined ? {} : { toevoeging: toevoeging.waarde }),
    });
  }
  const fouten: VeldFout[] = [postcode, huisnummer, toevoeging].flatMap((r) => (r.ok ? [] : r.fouten));
  return mislukt(...fouten);
}
