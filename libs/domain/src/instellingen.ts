/**
 * The gemeente's service-level terms. Each gemeente may set them in `gemeenten.instellingen` (JSONB, the beheerder
 * through `PUT /api/v1/beheer/instellingen`, within these limits); the worker reads them with these defaults
 * (`instellingSql`). This is the one place their defaults live.
 */

/** The tender's norm: first contact within 5 working days. Fixed (monitoring reports against it); not a setting. */
export const NORM_EERSTE_CONTACT_WERKDAGEN = 5;

export interface InstellingDefinitie {
  readonly standaard: number;
  readonly min: number;
  readonly max: number;
  /** the value must be smaller than this other setting's (an InstellingNaam) */
  readonly kleinerDan?: string;
  /** the value must be larger than this other setting's (an InstellingNaam) */
  readonly groterDan?: string;
  /** one line for the API documentation */
  readonly uitleg: string;
}

export const GEMEENTE_INSTELLINGEN = {
  verloopDagen: { standaard: 60, min: 14, max: 365, uitleg: 'Een open hulpvraag zonder activiteit verloopt na zoveel dagen' },
  verloopMeldingDagen: {
    standaard: 7,
    min: 1,
    max: 30,
    kleinerDan: 'verloopDagen',
    uitleg: 'Zoveel dagen vooraf hoort de bewoner dat de hulpvraag verloopt; verlopen wacht tot die melding zo oud is',
  },
  aanbodUren: { standaard: 48, min: 4, max: 336, uitleg: 'Uren die een helper heeft om een aangeboden match aan te nemen; daarna de volgende' },
  eersteContactWerkdagen: {
    standaard: NORM_EERSTE_CONTACT_WERKDAGEN,
    min: 1,
    max: NORM_EERSTE_CONTACT_WERKDAGEN,
    uitleg: 'Werkdagen zonder eerste contact tot de makelaar een taak "eerste contact te laat" krijgt (hoogstens de norm)',
  },
  escalatieWerkdagen: {
    standaard: 2 * NORM_EERSTE_CONTACT_WERKDAGEN,
    min: 2,
    max: 30,
    groterDan: 'eersteContactWerkdagen',
    uitleg: 'Werkdagen zonder eerste contact tot escalatie naar de teamleider',
  },
  matchNormDagen: { standaard: 14, min: 1, max: 90, uitleg: 'Dagen zonder match tot de makelaar een taak "niemand gevonden" krijgt' },
  opvolgingDagen: { standaard: 1, min: 1, max: 14, uitleg: 'Dagen na de eerste afspraak tot de vraag "is de hulp gebeurd?"' },
  checkInDagen: { standaard: 30, min: 7, max: 180, uitleg: 'Dagen zonder gedane keer bij lopende hulp tot een belletje "loopt de hulp nog?"' },
  bewaartermijnMaanden: { standaard: 24, min: 1, max: 120, uitleg: 'Maanden na vertrek tot de persoonsgegevens worden gepseudonimiseerd' },
} as const satisfies Record<string, InstellingDefinitie>;

export type InstellingNaam = keyof typeof GEMEENTE_INSTELLINGEN;
export type GemeenteInstellingen = Record<InstellingNaam, number>;
export const INSTELLING_NAMEN = Object.keys(GEMEENTE_INSTELLINGEN) as InstellingNaam[];

const definitie = (naam: InstellingNaam): InstellingDefinitie => GEMEENTE_INSTELLINGEN[naam];

export const STANDAARD_INSTELLINGEN: GemeenteInstellingen = Object.fromEntries(
  INSTELLING_NAMEN.map((n) => [n, definitie(n).standaard]),
) as GemeenteInstellingen;

/**
 * The SQL for one setting of the gemeente row aliased `alias`, with its default:
 * `COALESCE((g.instellingen->>'verloopDagen')::int, 60)`. The name is checked against the catalogue, so only
 * known names and numbers reach the query text.
 */
export function instellingSql(naam: InstellingNaam, alias = 'g'): string {
  const d = definitie(naam);
  if (!d || !/^[a-z_]+$/.test(alias)) throw new Error(`onbekende instelling ${naam}`);
  return `COALESCE((${alias}.instellingen->>'${naam}')::int, ${d.standaard})`;
}

/** The stored values (whole numbers only) over the defaults: what the worker uses. */
export function effectieveInstellingen(opgeslagen: unknown): GemeenteInstellingen {
  const o = (opgeslagen && typeof opgeslagen === 'object' ? opgeslagen : {}) as Record<string, unknown>;
  const uit = { ...STANDAARD_INSTELLINGEN };
  for (const n of INSTELLING_NAMEN) {
    const v = typeof o[n] === 'string' ? Number(o[n]) : o[n];
    if (typeof v === 'number' && Number.isInteger(v)) uit[n] = v;
  }
  return uit;
}

/** The rules between settings (a notice before expiry, escalation after the first-contact task); [] when all hold. */
export function instellingFouten(w: GemeenteInstellingen): { veld: InstellingNaam; melding: string }[] {
  const fouten: { veld: InstellingNaam; melding: string }[] = [];
  for (const n of INSTELLING_NAMEN) {
    const { kleinerDan, groterDan } = definitie(n) as { kleinerDan?: InstellingNaam; groterDan?: InstellingNaam };
    if (kleinerDan && w[n] >= w[kleinerDan]) fouten.push({ veld: n, melding: `moet kleiner zijn dan ${kleinerDan} (nu ${w[kleinerDan]})` });
    if (groterDan && w[n] <= w[groterDan]) fouten.push({ veld: n, melding: `moet groter zijn dan ${groterDan} (nu ${w[groterDan]})` });
  }
  return fouten;
}
