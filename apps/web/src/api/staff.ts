// The logged-in part of the API: the makelaar desk, my requests/offers/matches, beheer and monitoring. Shapes as the
// live api returns them (GET /api/v1/openapi.json names the bodies; the answers below were read from the real api).
// Only imported by the lazily loaded staff pages, so none of this is in the public bundle.
import { auth } from './auth';
import { API, ApiError, NetworkError, request } from './client';

export type TaakStatus = 'open' | 'opgepakt' | 'uitgesteld' | 'afgerond';
export type Prioriteit = 'laag' | 'normaal' | 'hoog' | 'spoed';

export interface Taak {
  id: string;
  soort: string;
  prioriteit: Prioriteit | string;
  status: TaakStatus;
  titel: string;
  /** the exact words to say on the phone */
  instructie: string | null;
  wijk: string | null;
  deelnemerId: string | null;
  hulpvraagId: string | null;
  matchId: string | null;
  signaleringId: string | null;
  toegewezenAan: string | null;
  vervaltOp: string | null;
  uitgesteldTot: string | null;
  uitkomst: string | null;
  aangemaaktOp: string;
}

/** POST /taken/{id}/afronden: uitkomst enum from the OpenAPI */
export const TAAK_UITKOMSTEN = [
  { value: 'gelukt', label: 'Gelukt' },
  { value: 'niet-bereikt', label: 'Niet bereikt' },
  { value: 'niet-meer-nodig', label: 'Niet meer nodig' },
  { value: 'doorgezet', label: 'Doorgezet' },
  { value: 'anders', label: 'Anders' },
] as const;
export type TaakUitkomst = (typeof TAAK_UITKOMSTEN)[number]['value'];

export type Kanaal = 'web' | 'telefoon' | 'balie' | 'brief' | 'app';
export type ToestemmingDoel = 'matching' | 'contact-met-helper' | 'delen-met-partner' | 'nieuwsbrief' | 'wijkservice-verklaring' | 'digest';

export const TOESTEMMING_LABELS: Record<ToestemmingDoel, string> = {
  matching: 'Gegevens gebruiken om een helper te zoeken',
  'contact-met-helper': 'Naam, adres en telefoon doorgeven aan de helper',
  'delen-met-partner': 'Delen met een partnerorganisatie (zoals het wijkteam)',
  nieuwsbrief: 'De nieuwsbrief ontvangen',
  'wijkservice-verklaring': 'Verklaring voor Wijkservice',
  digest: 'Een overzicht per e-mail ontvangen',
};

export interface DeelnemerIntake {
  voornaam: string;
  achternaam?: string;
  telefoon?: string;
  email?: string;
  huisnummer: string;
  postcode: string;
  rollen: ('bewoner' | 'vrijwilliger' | 'wijkservice')[];
  contactVoorkeur?: string;
  offline?: boolean;
  notities?: string;
  toestemmingen?: { doel: ToestemmingDoel; derde?: string; via?: Kanaal }[];
  kanaal?: Kanaal;
}

export interface Deelnemer {
  id: string;
  rollen: string[];
  voornaam: string;
  achternaam: string | null;
  telefoon: string | null;
  email: string | null;
  adres: { straat: string | null; huisnummer: string; postcode: string };
  wijk: string | null;
  buurt: string | null;
  talen: string[];
  mobiliteit: string[];
  contactVoorkeur: string;
  vog: { status: string; datum: string | null };
  offline: boolean;
  instroom: { datum: string; reden: string | null; levensdomein: string | null } | null;
  verwijderd: boolean;
  notities: string | null;
  aangemaaktOp: string;
}

export interface VensterIn {
  soort: 'eenmalig' | 'flexibel' | 'terugkerend';
  start: string;
  eind?: string;
  rrule?: string;
}

export interface HulpvraagIn {
  categorie: string;
  titel: string;
  omschrijving?: string;
  venster: VensterIn;
  duurMinuten: number;
  urgentie?: Prioriteit;
  deelnemerId?: string;
  kanaal?: 'web' | 'telefoon' | 'balie' | 'prikbord' | 'namens-iemand' | 'doorverwijzing';
}

export interface Hulpvraag {
  id: string;
  referentie: string;
  deelnemerId: string;
  kanaal: string;
  categorie: string;
  titel: string;
  omschrijving: string | null;
  wijk: string | null;
  venster: { soort: string; start: string; eind: string | null; rrule: string | null };
  wanneer: string;
  duurMinuten: number;
  urgentie: string;
  status: string;
  statusReden: string | null;
  toegestaneActies: string[];
  aangemaaktOp: string;
}

/** POST /hulpvragen/{id}/intrekken: reden enum from the OpenAPI */
export const INTREK_REDENEN = [
  { value: 'zelf-opgelost', label: 'Ik heb het zelf opgelost' },
  { value: 'eigen-netwerk', label: 'Iemand die ik ken helpt mij' },
  { value: 'niet-meer-nodig', label: 'Ik heb geen hulp meer nodig' },
  { value: 'anders', label: 'Een andere reden' },
] as const;

export interface Aanbod {
  id: string;
  referentie: string;
  deelnemerId: string;
  soort: string;
  categorieen: string[];
  titel: string;
  omschrijving: string;
  wanneer: string;
  maxAfstandMeter: number;
  vervoer: string;
  status: string;
  wijk: string | null;
  aangemaaktOp: string;
}

export const COMPONENTEN = ['vaardigheden', 'afstand', 'beschikbaarheid', 'capaciteitEnEerlijkheid', 'continuiteit', 'betrouwbaarheid', 'taal'] as const;
export type Component = (typeof COMPONENTEN)[number];
export type Gewichten = Record<Component, number>;
export const COMPONENT_LABELS: Record<Component, string> = {
  vaardigheden: 'Kan wat nodig is',
  afstand: 'Afstand',
  beschikbaarheid: 'Beschikbaar',
  capaciteitEnEerlijkheid: 'Tijd over (eerlijk verdeeld)',
  continuiteit: 'Kent de bewoner al',
  betrouwbaarheid: 'Betrouwbaar',
  taal: 'Taal',
};

/** The gemeente's terms (GET/PUT /beheer/instellingen): what applies now, the defaults, the limits, the fixed norm. */
export const INSTELLING_NAMEN = [
  'verloopDagen',
  'verloopMeldingDagen',
  'aanbodUren',
  'eersteContactWerkdagen',
  'escalatieWerkdagen',
  'matchNormDagen',
  'opvolgingDagen',
  'checkInDagen',
  'bewaartermijnMaanden',
] as const;
export type InstellingNaam = (typeof INSTELLING_NAMEN)[number];
export interface GemeenteInstellingen {
  waarden: Record<InstellingNaam, number>;
  standaard: Record<InstellingNaam, number>;
  ingesteld: InstellingNaam[];
  grenzen: Record<InstellingNaam, { min: number; max: number; kleinerDan?: InstellingNaam; groterDan?: InstellingNaam }>;
  vast: { normEersteContactWerkdagen: number };
}
export interface WijkserviceInstellingen {
  modus: 'vrijwillig' | 'tegenprestatie';
  vergoedingPerTaakCent: number | null;
}

export interface Suggestie {
  aanbodId: string;
  deelnemerId: string;
  voornaam: string;
  soort: string;
  score: number;
  components: Partial<Record<Component, number>>;
  reasons: string[];
}
export interface Uitgesloten {
  aanbodId: string;
  deelnemerId: string;
  voornaam: string;
  soort: string;
  excludedBy?: { code: string; zin?: string }[];
  reasons: string[];
}
export interface Suggesties {
  hulpvraag: { id: string; referentie: string; titel: string; wanneer: string };
  suggesties: Suggestie[];
  uitgesloten: Uitgesloten[];
  aantalBeoordeeld: number;
}

export interface AanbodSuggestie {
  hulpvraagId: string;
  referentie: string;
  titel: string;
  categorie: string;
  wijk: string | null;
  wanneer: string;
  score: number;
  reasons: string[];
}

export interface Match {
  id: string;
  status: string;
  gemaaktVia: string;
  hulpvraag: { id: string; referentie: string; titel: string; categorie: string; wanneer: string; wijk: string | null };
  bewoner: { voornaam: string; achternaam?: string | null; telefoon?: string | null; adres?: string };
  helper: { voornaam: string; telefoon?: string | null };
  score: number | null;
  redenen: string[];
  cascade: { id: string; positie: number } | null;
  verlooptOp: string | null;
  geaccepteerdOp: string | null;
  keren: { id: string; datum: string; status: string; uren: number | null }[];
  volgendeDatum: string | null;
}
/** a match's card can be printed once the helper said yes, while it runs (GET /matches/{id}/kaart.pdf) */
export const MATCHKAART_STATUS = ['geaccepteerd', 'bevestigd', 'actief'];

/** GET /wijkservice/deelnemers/{id}/uren: a participant's registered hours this year */
export type UrenStand = 'bevestigd' | 'betwist' | 'open';
export type UrenTelling = Record<UrenStand | 'totaal', number>;
export interface UrenOverzicht {
  deelnemerId: string;
  periode: { van: string; tot: string };
  afspraak: { modus: string; urenPerWeek: number };
  dezeMaand: UrenTelling;
  ditJaar: UrenTelling;
  perMaand: ({ maand: string } & UrenTelling)[];
  perWeek: ({ week: string; van: string; tot: string } & UrenTelling)[];
  taken: { soort: 'keer' | 'groepstaak'; id: string; datum: string; titel: string | null; taak: string; uren: number; status: UrenStand }[];
  /** the caller may print the statement */
  verklaring: boolean;
}

export interface Contactmoment {
  id: string;
  kanaal: string;
  samenvatting: string;
  opvolgingNodig: boolean;
  at: string;
  hulpvraagId?: string | null;
  matchId?: string | null;
}
export const CONTACT_KANALEN = ['telefoon', 'bezoek', 'balie', 'email', 'sms', 'post', 'app', 'via-makelaar'] as const;

export interface Toestemming {
  id: string;
  doel: ToestemmingDoel;
  derde: string | null;
  gegevenOp: string;
  gegevenVia: string;
  ingetrokkenOp: string | null;
}

export interface Inzage {
  gegenereerdOp: string;
  deelnemer: Deelnemer;
  accounts: { email: string; rollen: string[]; laatstIngelogd: string | null }[];
  toestemmingen: Omit<Toestemming, 'id'>[];
  hulpvragen: { referentie: string; titel: string; status: string }[];
  aanbod: { referentie: string; titel: string; status: string }[];
  wieHeeftUwGegevensBekeken: { wanneer: string; actie: string; wat: string; rol: string[] }[];
}

export interface CategorieBeheer {
  code: string;
  naam: string;
  pictogram: string;
  vogVereist: boolean;
  wijkserviceOpen: boolean;
  betaaldWerk: boolean;
  actief: boolean;
}

export interface AccountRij {
  id: string;
  email: string;
  naam: string;
  rollen: string[];
  actief: boolean;
  laatstIngelogd: string | null;
  werkgebieden: string[];
}
export interface Werkgebied {
  id: string;
  naam: string;
  telefoon: string | null;
  wijken: string[];
}
export interface AuditRegel {
  id: string;
  accountId: string | null;
  rollen: string[];
  actie: string;
  objectType: string;
  objectId: string | null;
  deelnemerId: string | null;
  at: string;
}

export type Cel = number | string | null;
/** One published table: rows are groups (wijk, maand, …), columns split the figure; "<5" where suppressed. */
export interface Figuur {
  kolommen: string[];
  rijen: { groep: string; label: string; cellen: Cel[]; totaal: Cel }[];
  kolomTotalen: Cel[];
  /** null where the columns overlap (one person in several roles) */
  totaal: Cel;
  onderdrukt: { primair: number; secundair: number };
  groepering: string;
}
export interface MetAandeel extends Figuur {
  aandelen: (number | null)[];
  totaalAandeel: number | null;
}
export interface Doorlooptijd {
  groepering: string;
  rijen: { groep: string; label: string; n: Cel; mediaan: number | null; p90: number | null }[];
}
export interface Kerncijfers {
  gemeente: { code: string; naam: string };
  periode: { van: string; tot: string };
  filters: { wijk?: string; stadsdeel?: string; categorie?: string };
  groepeer: string;
  minimaleCelwaarde: number;
  /** null with a category filter: people have no category */
  deelnemers: { geregistreerd: Figuur; actief: Figuur; instroom: Figuur; levensdomein: Figuur; uitstroom: Figuur; benutting: MetAandeel } | null;
  hulpvragen: { nieuw: Figuur; binnenNorm: MetAandeel; eersteContactUren: Doorlooptijd; totMatchDagen: Doorlooptijd; onvervuld: Figuur };
  matches: { gemaakt: MetAandeel; afgerond: Figuur; herhaald: Figuur; nietVerschenen: Figuur };
  wijkservice: Figuur & { uren: (number | null)[]; totaalUren: number | null };
  signaleringen: { ontvangen: Figuur; gesloten: Figuur } | null;
}
export interface ExportItem {
  id: string;
  datum: string;
  versie: number;
  bestand: string;
  bytes: number;
  url: string;
}
export interface MisluktJob {
  queue: string;
  id: string;
  naam: string;
  reden: string | null;
  pogingen: number;
  misluktOp: string | null;
}
export interface GeoFeature {
  type: 'Feature';
  properties: { code: string; naam: string };
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}
export interface GeoJson {
  type: 'FeatureCollection';
  bron?: string;
  features: GeoFeature[];
}
export const ROLLEN = ['bewoner', 'vrijwilliger', 'wijkservice', 'makelaar', 'professional', 'gemeente', 'beheerder'] as const;

const qs = (params: Record<string, string | number | boolean | undefined | null>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};
const post = <T>(path: string, body?: unknown) => request<T>(path, { method: 'POST', body: body ?? {} });

export const staff = {
  taken: (params: { status?: TaakStatus; mijn?: boolean } = {}, signal?: AbortSignal) =>
    request<Taak[]>(`/taken${qs({ status: params.status, mijn: params.mijn ? 'true' : undefined })}`, { signal }),
  oppakken: (id: string) => post<Taak>(`/taken/${id}/oppakken`),
  uitstellen: (id: string, reden: string, tot: string) => post<Taak>(`/taken/${id}/uitstellen`, { reden, tot }),
  afronden: (id: string, uitkomst: TaakUitkomst, toelichting?: string) =>
    post<Taak>(`/taken/${id}/afronden`, { uitkomst, ...(toelichting ? { toelichting } : {}) }),

  deelnemerAanmaken: (body: DeelnemerIntake) => post<Deelnemer>('/deelnemers', body),
  deelnemer: (id: string, signal?: AbortSignal) => request<Deelnemer>(`/deelnemers/${id}`, { signal }),
  contactmomenten: (id: string, signal?: AbortSignal) => request<Contactmoment[]>(`/deelnemers/${id}/contactmomenten`, { signal }),
  contactLoggen: (body: { deelnemerId?: string; hulpvraagId?: string; kanaal: string; samenvatting: string; opvolgingNodig?: boolean }) =>
    post<Contactmoment>('/contactmomenten', body),

  hulpvraagPlaatsen: (body: HulpvraagIn) => post<Hulpvraag>('/hulpvragen', body),
  hulpvragen: (params: { deelnemer?: string; status?: string; wijk?: string } = {}, signal?: AbortSignal) =>
    request<Hulpvraag[]>(`/hulpvragen${qs(params)}`, { signal }),
  hulpvraag: (id: string, signal?: AbortSignal) => request<Hulpvraag>(`/hulpvragen/${id}`, { signal }),
  hulpvraagIntrekken: (id: string, reden: string, toelichting?: string) =>
    post<Hulpvraag>(`/hulpvragen/${id}/intrekken`, { reden, ...(toelichting ? { toelichting } : {}) }),
  suggesties: (id: string, signal?: AbortSignal) => request<Suggesties>(`/hulpvragen/${id}/suggesties?limit=10`, { signal }),
  hulpvraagMatches: (id: string, signal?: AbortSignal) => request<Match[]>(`/hulpvragen/${id}/matches`, { signal }),
  cascade: (id: string, aanbodIds: string[], modus: 'een-voor-een' | 'tegelijk') => post<Match[]>(`/hulpvragen/${id}/cascade`, { aanbodIds, modus }),

  aanbod: (signal?: AbortSignal) => request<Aanbod[]>('/aanbod', { signal }),
  aanbodPauzeren: (id: string) => post<Aanbod>(`/aanbod/${id}/pauzeren`),
  aanbodActiveren: (id: string) => post<Aanbod>(`/aanbod/${id}/activeren`),
  aanbodSuggesties: (id: string, signal?: AbortSignal) => request<AanbodSuggestie[]>(`/aanbod/${id}/suggesties?limit=10`, { signal }),

  matches: (signal?: AbortSignal) => request<Match[]>('/matches', { signal }),
  koppelen: (hulpvraagId: string, aanbodId: string) => post<Match>('/matches', { hulpvraagId, aanbodId }),
  accepteren: (id: string) => post<Match>(`/matches/${id}/accepteren`),
  afwijzen: (id: string, reden?: string) => post<Match>(`/matches/${id}/afwijzen`, reden ? { reden } : {}),
  bevestigen: (id: string) => post<Match>(`/matches/${id}/bevestigen`),
  uitkomst: (id: string, gebeurd: boolean, oordeel?: 'positief' | 'neutraal' | 'negatief') =>
    post<Match>(`/matches/${id}/uitkomst`, { gebeurd, ...(oordeel ? { oordeel } : {}) }),
  wijkserviceUren: (id: string, signal?: AbortSignal) => request<UrenOverzicht>(`/wijkservice/deelnemers/${id}/uren`, { signal }),

  inzage: (id: string, signal?: AbortSignal) => request<Inzage>(`/deelnemers/${id}/inzage`, { signal }),
  toestemmingen: (id: string, signal?: AbortSignal) => request<Toestemming[]>(`/deelnemers/${id}/toestemmingen`, { signal }),
  toestemmingIntrekken: (id: string, tid: string) => post<Toestemming>(`/deelnemers/${id}/toestemmingen/${tid}/intrekken`),
  verwijderen: (id: string) => request<void>(`/deelnemers/${id}`, { method: 'DELETE' }),

  categorieen: (signal?: AbortSignal) => request<CategorieBeheer[]>('/categorieen', { signal }),
  categorieWijzigen: (code: string, patch: Partial<CategorieBeheer>) => request<CategorieBeheer>(`/categorieen/${code}`, { method: 'PUT', body: patch }),
  huidigeGewichten: (signal?: AbortSignal) => request<Gewichten>('/matching/gewichten', { signal }),
  gewichten: (g: Gewichten) => request<Gewichten>('/matching/gewichten', { method: 'PUT', body: g }),
  instellingen: (signal?: AbortSignal) => request<GemeenteInstellingen>('/beheer/instellingen', { signal }),
  instellingenWijzigen: (body: Partial<Record<InstellingNaam, number | null>>) =>
    request<GemeenteInstellingen>('/beheer/instellingen', { method: 'PUT', body }),
  wijkserviceInstellingen: (signal?: AbortSignal) => request<WijkserviceInstellingen>('/wijkservice/instellingen', { signal }),
  wijkserviceInstellingenWijzigen: (body: WijkserviceInstellingen) => request<WijkserviceInstellingen>('/wijkservice/instellingen', { method: 'PUT', body }),
  accounts: (signal?: AbortSignal) => request<AccountRij[]>('/accounts', { signal }),
  accountAanmaken: (body: { email: string; wachtwoord: string; naam: string; rollen: string[]; werkgebieden?: string[] }) =>
    post<AccountRij>('/accounts', body),
  werkgebieden: (signal?: AbortSignal) => request<Werkgebied[]>('/werkgebieden', { signal }),
  auditLog: (voor?: string, signal?: AbortSignal) => request<AuditRegel[]>(`/audit-log${qs({ voor, limit: 50 })}`, { signal }),

  kerncijfers: (params: { van?: string; tot?: string; groepeer?: string; wijk?: string; categorie?: string }, signal?: AbortSignal) =>
    request<Kerncijfers>(`/monitoring/kerncijfers${qs(params)}`, { signal }),
  exports: (signal?: AbortSignal) => request<ExportItem[]>('/exports', { signal }),
  wijkenGeo: (signal?: AbortSignal) => request<GeoJson>('/wijken.geojson', { signal }),
  buurtenGeo: (signal?: AbortSignal) => request<GeoJson>('/buurten.geojson', { signal }),
  mislukteJobs: (signal?: AbortSignal) => request<MisluktJob[]>('/beheer/jobs/mislukt', { signal }),
  jobOpnieuw: (queue: string, id: string) => post<{ status: string }>(`/beheer/jobs/${encodeURIComponent(queue)}/${encodeURIComponent(id)}/opnieuw`),
};

/**
 * Downloads a file that needs the bearer token (bellijst, inzage PDF, exports): fetched as a blob and saved through a
 * temporary object URL, so nothing is inlined into the page and the CSP stays `default-src 'self'`.
 */
export async function downloadMetToken(path: string, filename: string): Promise<void> {
  const go = () =>
    fetch(`${API}${path}`, { headers: { authorization: `Bearer ${auth.accessToken() ?? ''}` }, credentials: 'same-origin' }).catch(() => {
      throw new NetworkError();
    });
  let res = await go();
  if (res.status === 401 && (await auth.refresh())) res = await go();
  if (!res.ok) throw new ApiError({ status: res.status, title: res.statusText || 'Downloaden lukte niet' });
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
