/**
 * The daily open-data export's format, shared by the worker that writes it and the api that serves it.
 * Layout: DATA_DIR/exports/<gemeente-code>/<yyyy-mm-dd>/v<SCHEMA_VERSIE>/<bestand>. A change of columns
 * raises SCHEMA_VERSIE, so a consumer never finds a different shape under a path it already knows.
 * docs/data-dictionary.md describes the same columns for people; a test keeps both in step.
 */
import * as path from 'node:path';

export const SCHEMA_VERSIE = 1;

export interface Kolom {
  readonly naam: string;
  readonly type: 'datum' | 'tekst' | 'aantal';
  readonly omschrijving: string;
}

/** The counts per wijk × categorie × day; every count is suppressed ("<5") with its complements. */
export const TELLINGEN = [
  { naam: 'hulpvragen_nieuw', type: 'aantal', omschrijving: 'Hulpvragen die deze dag zijn ingediend (geen concepten).' },
  { naam: 'eerste_contact', type: 'aantal', omschrijving: 'Hulpvragen met deze dag het eerste contact met de hulpvrager.' },
  { naam: 'matches_zelf', type: 'aantal', omschrijving: 'Matches deze dag geaccepteerd, door bewoners zelf gemaakt via de website.' },
  { naam: 'matches_makelaar', type: 'aantal', omschrijving: 'Matches deze dag geaccepteerd, gemaakt door de sociaal makelaar.' },
  { naam: 'matches_systeem', type: 'aantal', omschrijving: 'Matches deze dag geaccepteerd, voorgesteld door het systeem.' },
  { naam: 'matches_afgerond', type: 'aantal', omschrijving: 'Matches die deze dag zijn afgerond. Herhaalde hulp telt als één match.' },
] as const satisfies readonly Kolom[];

export type Telling = (typeof TELLINGEN)[number]['naam'];

export const KOLOMMEN: readonly Kolom[] = [
  { naam: 'datum', type: 'datum', omschrijving: 'De dag (Europe/Amsterdam), JJJJ-MM-DD.' },
  { naam: 'gemeente_code', type: 'tekst', omschrijving: 'CBS-gemeentecode, bijvoorbeeld GM0392.' },
  { naam: 'wijk_code', type: 'tekst', omschrijving: 'CBS-wijkcode, of "totaal" voor alle wijken samen.' },
  { naam: 'wijk_naam', type: 'tekst', omschrijving: 'Naam van de wijk (CBS), of "Totaal".' },
  { naam: 'stadsdeel', type: 'tekst', omschrijving: 'Stadsdeel van de wijk; leeg in een totaalregel.' },
  { naam: 'categorie', type: 'tekst', omschrijving: 'Code van de hulpcategorie, of "totaal" voor alle categorieën samen.' },
  ...TELLINGEN,
];

export const TOTAAL = 'totaal';
export const BESTANDEN = ['kerncijfers.csv', 'kerncijfers.json', 'data-dictionary.json'] as const;

const GEMEENTE = /^GM\d{4}$/;
const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const VERSIE = /^v\d{1,3}$/;

export const exportMap = (dataDir: string, gemeenteCode: string, datum?: string, versie = SCHEMA_VERSIE): string =>
  datum ? path.join(dataDir, 'exports', gemeenteCode, datum, `v${versie}`) : path.join(dataDir, 'exports', gemeenteCode);

/**
 * The file for `<datum>/v<n>/<bestand>` of one gemeente, or undefined. Each segment must match its own
 * pattern and the file must be one we write, so `..`, absolute paths and encoded separators never reach the disk.
 */
export function exportBestand(dataDir: string, gemeenteCode: string, relatief: string): string | undefined {
  const delen = relatief.split('/');
  if (delen.length !== 3 || !GEMEENTE.test(gemeenteCode)) return undefined;
  const [datum, versie, bestand] = delen;
  if (!DATUM.test(datum) || !VERSIE.test(versie) || !(BESTANDEN as readonly string[]).includes(bestand)) return undefined;
  const basis = exportMap(dataDir, gemeenteCode);
  const vol = path.resolve(basis, datum, versie, bestand);
  return vol.startsWith(basis + path.sep) ? vol : undefined;
}

export const isExportDatum = (s: string): boolean => DATUM.test(s);
export const isExportVersie = (s: string): boolean => VERSIE.test(s);
