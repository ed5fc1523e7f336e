/**
 * A date/time window (when help is wanted or offered). Starting earlier today is fine (a request
 * typed at 10:00 for "today 9:00-17:00"), but a window that is already over, inverted, or longer than
 * the maximum is refused with an error naming the field.
 */
import { fout, gelukt, mislukt, type Resultaat, type VeldFout } from './resultaat';
import { beginVanDag, kalenderdag } from './tijdzone';

export interface Tijdvenster {
  readonly start: Date;
  readonly eind: Date;
}

export const MAX_VENSTER_DAGEN = 90;

const isDatum = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

export function valideerTijdvenster(
  venster: { start?: unknown; eind?: unknown },
  nu: Date,
  opties: { maxDagen?: number; velden?: { start: string; eind: string } } = {},
): Resultaat<Tijdvenster> {
  const maxDagen = opties.maxDagen ?? MAX_VENSTER_DAGEN;
  const veld = opties.velden ?? { start: 'start', eind: 'eind' };
  const fouten: VeldFout[] = [];
  const { start, eind } = venster;
  if (!isDatum(start)) fouten.push(fout(veld.start, 'ongeldig', 'Vul een geldige begindatum en -tijd in.'));
  if (!isDatum(eind)) fouten.push(fout(veld.eind, 'ongeldig', 'Vul een geldige einddatum en -tijd in.'));
  if (!isDatum(start) || !isDatum(eind)) return mislukt(...fouten);

  if (start < beginVanDag(kalenderdag(nu))) fouten.push(fout(veld.start, 'in-verleden', 'De begindatum ligt in het verleden.'));
  if (eind <= start) fouten.push(fout(veld.eind, 'voor-start', 'Het einde moet na het begin liggen.'));
  else if (eind <= nu) fouten.push(fout(veld.eind, 'in-verleden', 'Dit tijdvak is al voorbij.'));
  else if (eind.getTime() - start.getTime() > maxDagen * 86_400_000)
    fouten.push(fout(veld.eind, 'te-lang', `Een tijdvak mag hoogstens ${maxDagen} dagen duren.`));
  return fouten.length ? mislukt(...fouten) : gelukt({ start, eind });
}
