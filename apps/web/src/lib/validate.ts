// Checks that run while typing. Messages are Dutch B1: short, and say what to do.
import type { FieldProblem } from '../api/types';

export type Errors = Record<string, string | undefined>;

export const POSTCODE = /^[1-9][0-9]{3} ?[A-Za-z]{2}$/;
export const normPostcode = (s: string) => s.replace(/\s+/g, '').toUpperCase();

export function postcode(v: string): string | undefined {
  if (!v.trim()) return 'Vul uw postcode in. Bijvoorbeeld: 2011 AB.';
  if (!POSTCODE.test(v.trim())) return 'Een postcode heeft 4 cijfers en 2 letters. Bijvoorbeeld: 2011 AB.';
}

export function huisnummer(v: string): string | undefined {
  if (!v.trim()) return 'Vul uw huisnummer in.';
  if (!/^[1-9][0-9]{0,4}$/.test(v.trim())) return 'Vul alleen het nummer in, zonder letter. Bijvoorbeeld: 12.';
}

export function telefoon(v: string, required = true): string | undefined {
  const digits = v.replace(/[\s()-]/g, '');
  if (!digits) return required ? 'Vul een telefoonnummer in. Dan kunnen we u bellen.' : undefined;
  if (!/^(\+31|0031|0)[1-9][0-9]{8}$/.test(digits)) return 'Dit telefoonnummer klopt niet. Een nummer heeft 10 cijfers. Bijvoorbeeld: 06 12345678.';
}

export function email(v: string, required = false): string | undefined {
  if (!v.trim()) return required ? 'Vul uw e-mailadres in.' : undefined;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v.trim())) return 'Dit e-mailadres klopt niet. Bijvoorbeeld: naam@voorbeeld.nl.';
}

export function required(v: string, message: string): string | undefined {
  return v.trim() ? undefined : message;
}

export function length(v: string, min: number, max: number, what: string): string | undefined {
  const n = v.trim().length;
  if (n < min) return `Schrijf iets meer over ${what}. Minstens ${min} tekens.`;
  if (n > max) return `Dit is te lang. Gebruik hoogstens ${max} tekens.`;
}

export const hasErrors = (e: Errors) => Object.values(e).some(Boolean);

/**
 * Puts the server's field problems next to the right form field. The server names fields by their path in the
 * body (`hulpvraag.venster.start`, `contact.postcode`, or just `postcode`); a form field matches when its name
 * equals the path or a dotted tail of it. Problems for no known field are returned as `rest`.
 */
export function mapServerErrors(problems: FieldProblem[] | undefined, fields: string[]): { byField: Errors; rest: string[] } {
  const byField: Errors = {};
  const rest: string[] = [];
  for (const p of problems ?? []) {
    const parts = p.field.split('.');
    let hit: string | undefined;
    for (let i = 0; i < parts.length && !hit; i++) {
      const tail = parts.slice(i).join('.');
      hit = fields.find((f) => f === tail);
    }
    if (hit) byField[hit] = byField[hit] ? `${byField[hit]} ${p.message}` : p.message;
    else rest.push(p.message);
  }
  return { byField, rest };
}
