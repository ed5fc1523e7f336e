/**
 * Input and output shapes of the matching engine. The persistence layer maps database rows into these;
 * the engine itself never touches a database, a clock or a random source.
 *
 * Conventions: dates are `YYYY-MM-DD` (local Dutch calendar dates), moments are ISO 8601 date-times with an
 * offset (`2025-05-13T10:00:00+02:00`), weekdays are ISO numbers (maandag = 1 … zondag = 7) and times of day
 * are `HH:MM` in Dutch local time.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type Datum = string;
/** An ISO 8601 date-time with offset or `Z`. */
export type Tijdstip = string;
/** ISO weekday: maandag = 1 … zondag = 7. */
export type Weekdag = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface Locatie {
  lat: number;
  lon: number;
}

/**
 * When the help is needed.
 * - `eenmalig`: exactly from `start` to `eind` (one appointment).
 * - `flexibel`: any stretch of `Hulpvraag.duurMinuten` between `start` and `eind` ("ergens deze week").
 * - `terugkerend`: every occurrence of `rrule` (RFC 5545 RRULE, e.g. `FREQ=WEEKLY;BYDAY=TU`) from `start`,
 *   in Dutch wall-clock time, each lasting `Hulpvraag.duurMinuten`.
 */
export type Venster =
  | { soort: 'eenmalig'; start: Tijdstip; eind: Tijdstip }
  | { soort: 'flexibel'; start: Tijdstip; eind: Tijdstip }
  | { soort: 'terugkerend'; rrule: string; start: Tijdstip };

export type Urgentie = 'laag' | 'normaal' | 'hoog';

/** A resident's request for help. */
export interface Hulpvraag {
  id: string;
  gemeenteId: string;
  /** The resident who is helped; used for continuity and blocked pairs. */
  bewonerId: string;
  /** Help category code, e.g. `tuin`, `boodschappen`. */
  categorie: string;
  /** Skill codes a helper must have (a related skill counts as half; none at all excludes). */
  vereisteVaardigheden: readonly string[];
  /** Skill codes that make a helper a better fit. */
  gewensteVaardigheden: readonly string[];
  locatie: Locatie;
  venster: Venster;
  /** How long one help moment takes; for `eenmalig` the window itself is the appointment. */
  duurMinuten: number;
  /** A Verklaring Omtrent het Gedrag is needed (e.g. alone with a vulnerable resident). */
  vogVereist: boolean;
  /** Language codes the resident speaks, most preferred first (`nl`, `tr`, `ar`, …). */
  talen: readonly string[];
  /** The resident can only be helped in one of `talen`. */
  taalVereist: boolean;
  fysiekZwaar: boolean;
  urgentie: Urgentie;
}

export type Vervoer = 'lopen' | 'fiets' | 'auto' | 'ov';

/** A weekly availability slot in Dutch local time; `tot` is exclusive, `24:00` allowed. */
export interface Tijdslot {
  dag: Weekdag;
  van: string;
  tot: string;
}

/** Days off (holiday, hospital stay), both dates inclusive. */
export interface Uitzondering {
  van: Datum;
  tot: Datum;
}

export interface Capaciteit {
  maxActieveMatches: number;
  actieveMatches: number;
  maxUrenPerWeek: number;
  urenDezeWeek: number;
}

export type BlokkadeReden = 'eerder_afgewezen' | 'klacht' | 'wens_bewoner';

export interface Blokkade {
  bewonerId: string;
  reden: BlokkadeReden;
}

interface KandidaatBasis {
  /** The aanbod id; suggestions and assignments refer to this. */
  id: string;
  deelnemerId: string;
  /** Categories offered; for Wijkservice these are the participant's own interests. */
  categorieen: readonly string[];
  vaardigheden: readonly string[];
  locatie: Locatie;
  /** Furthest the helper wants to travel, straight-line metres. */
  maxAfstandMeter: number;
  vervoer: Vervoer;
  beschikbaarheid: readonly Tijdslot[];
  uitzonderingen: readonly Uitzondering[];
  capaciteit: Capaciteit;
  /** `null`: no VOG. `geldigTot` absent: no expiry recorded. */
  vog: { geldigTot?: Datum } | null;
  talen: readonly string[];
  /** Matches started in the last 90 days; fewer ranks higher so work is spread fairly. */
  recenteMatches: number;
  eerderGeholpen: readonly { bewonerId: string; positief: boolean }[];
  betrouwbaarheid: { noShows: number; lateAnnuleringen: number; afgerond: number };
  geblokkeerdeBewoners: readonly Blokkade[];
}

export interface Vrijwilliger extends KandidaatBasis {
  soort: 'vrijwilliger';
}

/** Limits agreed with a Wijkservice participant; they are hard constraints, never preferences. */
export interface WijkserviceGrenzen {
  geenFysiekZwaarWerk: boolean;
}

/**
 * A resident on benefits taking part through Wijkservice. This status must never reach a resident:
 * it appears in `excludedBy` (makelaar only) and never in `reasons`.
 */
export interface WijkserviceDeelnemer extends KandidaatBasis {
  soort: 'wijkservice';
  grenzen: WijkserviceGrenzen;
}

export type Kandidaat = Vrijwilliger | WijkserviceDeelnemer;

export const COMPONENTEN = ['vaardigheden', 'afstand', 'beschikbaarheid', 'capaciteitEnEerlijkheid', 'continuiteit', 'betrouwbaarheid', 'taal'] as const;
export type ComponentNaam = (typeof COMPONENTEN)[number];

/** Per-gemeente weight of each soft component, each in 0..1; at least one above 0. */
export type Gewichten = Readonly<Record<ComponentNaam, number>>;

export interface MatchContext {
  /** The moment of matching; injected so results are reproducible. */
  nu: Date;
  gewichten: Gewichten;
  /** Categories open to Wijkservice participants in this gemeente. */
  wijkserviceCategorieen: readonly string[];
  /** Categories that are normally paid work: never offered to Wijkservice (verdringing). */
  betaaldWerkCategorieen: readonly string[];
  /** Skill code → related skill codes that earn partial credit (checked both ways). */
  gerelateerdeVaardigheden: Readonly<Record<string, readonly string[]>>;
  /** How far ahead recurring requests are expanded, 1..366 days. */
  horizonDagen: number;
  /** Code → Dutch word for reasons (`tuin` → `tuinieren`); unknown codes are shown as they are. */
  labels?: Readonly<Record<string, string>>;
}

export type UitsluitingCode =
  | 'EIGEN_HULPVRAAG'
  | 'CATEGORIE_NIET_AANGEBODEN'
  | 'VAARDIGHEID_ONTBREEKT'
  | 'TE_VER_WEG'
  | 'NIET_BESCHIKBAAR'
  | 'MAX_MATCHES_BEREIKT'
  | 'MAX_UREN_BEREIKT'
  | 'VOG_ONTBREEKT'
  | 'VOG_VERLOPEN'
  | 'GEEN_GEMEENSCHAPPELIJKE_TAAL'
  | 'PAAR_GEBLOKKEERD'
  | 'WIJKSERVICE_CATEGORIE_NIET_OPEN'
  | 'WIJKSERVICE_VERDRINGING'
  | 'WIJKSERVICE_GRENS';

/** Why a candidate cannot take a request: a stable code for the API and a Dutch sentence for the makelaar. */
export interface Uitsluiting {
  code: UitsluitingCode;
  zin: string;
}

export interface Score {
  hulpvraagId: string;
  kandidaatId: string;
  /** Weighted mean of `components`, 0..1, rounded to 4 decimals; 0 when excluded. */
  total: number;
  components: Readonly<Record<ComponentNaam, number>>;
  /** Short Dutch (B1) sentences safe to read to the resident. */
  reasons: string[];
  /** Present and non-empty when a hard constraint is violated; for makelaars only. */
  excludedBy?: Uitsluiting[];
}
