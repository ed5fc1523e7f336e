// Shapes of the Buurtkracht REST API (/api/v1). Errors are application/problem+json (RFC 9457).

export type CategorieCode =
  'klussen' | 'tuin' | 'digitale-hulp' | 'boodschappen' | 'huisdieren' | 'maaltijden' | 'vervoer' | 'administratie' | 'gezelschap' | 'respijt-mantelzorg';

export interface Categorie {
  code: CategorieCode | string;
  naam: string;
  pictogram: string;
  vogVereist: boolean;
  wijkserviceOpen: boolean;
}

export interface Wijk {
  code: string;
  naam: string;
  stadsdeel: string;
  centroid: { lat: number; lon: number };
}

export interface Adres {
  postcode: string;
  huisnummer: number | string;
  wijk: { code: string; naam: string };
  buurt: { code: string; naam: string } | null;
  stadsdeel: string;
  locatie: { lat: number; lon: number };
  nauwkeurigheid: string;
}

export interface Spreekuur {
  soort: 'balie' | 'telefoon';
  /** 1 = maandag … 7 = zondag */
  dag: number;
  van: string;
  tot: string;
}

export interface Locatie {
  id: string;
  naam: string;
  adres: string;
  telefoon?: string;
  email?: string;
  wijken: string[];
  spreekuren: Spreekuur[];
}

export type PrikbordType = 'hulpvraag' | 'aanbod';

export interface PrikbordItem {
  type: PrikbordType;
  id: string;
  referentie: string;
  titel: string;
  omschrijving: string;
  categorie: string;
  wijk: { code: string; naam: string };
  wanneer: string;
  geplaatstOp: string;
}

export interface PrikbordPage {
  items: PrikbordItem[];
  volgende: string | null;
}

export type ContactVoorkeur = 'telefoon' | 'email' | 'sms' | 'post' | 'app' | 'via-makelaar';

export interface Contact {
  voornaam: string;
  achternaam?: string;
  telefoon: string;
  email?: string;
  postcode: string;
  huisnummer: string;
  contactVoorkeur: ContactVoorkeur;
}

export interface Venster {
  soort: 'eenmalig' | 'flexibel' | 'terugkerend';
  start: string;
  eind?: string;
  rrule?: string;
}

export interface HulpvraagIntake {
  hulpvraag: { categorie: string; titel: string; omschrijving: string; venster: Venster; duurMinuten: number };
  contact: Contact;
  namens?: { naam: string; relatie: string; telefoon: string };
  toestemming: true;
}

export interface Beschikbaarheid {
  /** 1 = maandag … 7 = zondag */
  dag: number;
  van: string;
  tot: string;
}

export type Vervoer = 'lopen' | 'fiets' | 'auto' | 'ov';

export interface AanbodIntake {
  aanbod: {
    categorieen: string[];
    /** codes (lowercase slugs), not free text */
    vaardigheden?: string[];
    titel: string;
    omschrijving?: string;
    beschikbaarheid: Beschikbaarheid[];
    maxAfstandMeter: number;
    vervoer: Vervoer;
    maxUrenPerWeek?: number;
  };
  contact: Contact;
  toestemming: true;
}

export interface Signalering {
  over: { postcode?: string; huisnummer?: string; wijk?: string; naam?: string };
  zorg: string;
  urgent: boolean;
  melder?: { naam: string; telefoon?: string; email?: string };
}

export type Rol = 'bewoner' | 'vrijwilliger' | 'makelaar' | 'gemeente' | 'beheerder' | string;

export interface Account {
  id: string;
  email: string;
  naam?: string;
  rollen: Rol[];
  deelnemerId: string | null;
  gemeenteId: string | null;
}

export interface LoginResult {
  accessToken: string;
  refreshToken: string;
  account: Account;
}

export interface FieldProblem {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code?: string;
  detail?: string;
  errors?: FieldProblem[];
}
