/**
 * The tender's standard choice lists (monitoring of inflow and outflow, contact and intake channels,
 * consent purposes). Codes are stable identifiers stored in the database and the daily export; labels
 * are Dutch for screens. Each `*_CODES`-style array is frozen and typed, for class-validator `@IsIn`.
 */
import { codesVan } from './keuzelijst';

export const INSTROOMREDEN_LABELS = {
  'eenzaamheid-sociaal-contact': 'Behoefte aan sociaal contact',
  'praktische-hulp': 'Praktische hulp nodig',
  'ontlasten-mantelzorger': 'Ontlasten van de mantelzorger',
  'na-ziekenhuis-of-ziekte': 'Na ziekenhuisopname of ziekte',
  'verhuizing-nieuw-in-wijk': 'Verhuisd of nieuw in de wijk',
  'wegvallen-netwerk': 'Wegvallen van eigen netwerk',
  'financiele-zorgen': 'Financiële zorgen',
  'wil-iets-betekenen': 'Wil iets betekenen voor de buurt',
  'werk-en-participatie': 'Werk, re-integratie of tegenprestatie',
  anders: 'Anders',
} as const;
export const INSTROOMREDENEN = codesVan(INSTROOMREDEN_LABELS);
export type Instroomreden = (typeof INSTROOMREDENEN)[number];

export const LEVENSDOMEIN_LABELS = {
  wonen: 'Wonen',
  gezondheid: 'Gezondheid',
  financien: 'Financiën',
  'sociaal-netwerk': 'Sociaal netwerk',
  dagbesteding: 'Dagbesteding',
  mobiliteit: 'Mobiliteit',
  huishouden: 'Huishouden',
  'digitale-vaardigheden': 'Digitale vaardigheden',
  mantelzorg: 'Mantelzorg',
} as const;
export const LEVENSDOMEINEN = codesVan(LEVENSDOMEIN_LABELS);
export type Levensdomein = (typeof LEVENSDOMEINEN)[number];

export const UITSTROOMREDEN_LABELS = {
  'doel-bereikt': 'Doel bereikt',
  verhuisd: 'Verhuisd',
  overleden: 'Overleden',
  'naar-professionele-hulp': 'Naar professionele hulp',
  'geen-contact-meer': 'Geen contact meer',
  werk: 'Werk gevonden',
  opleiding: 'Gestart met opleiding',
  zorg: 'Opgenomen in zorg',
  anders: 'Anders',
} as const;
export const UITSTROOMREDENEN = codesVan(UITSTROOMREDEN_LABELS);
export type Uitstroomreden = (typeof UITSTROOMREDENEN)[number];

export const CONTACTKANAAL_LABELS = {
  app: 'App',
  email: 'E-mail',
  sms: 'Sms',
  telefoon: 'Telefoon',
  post: 'Post',
  'via-makelaar': 'Via de sociaal makelaar',
} as const;
export const CONTACTKANALEN = codesVan(CONTACTKANAAL_LABELS);
export type Contactkanaal = (typeof CONTACTKANALEN)[number];

export const INTAKEKANAAL_LABELS = {
  web: 'Website',
  telefoon: 'Telefoon',
  balie: 'Balie of spreekuur',
  prikbord: 'Prikbord',
  'namens-iemand': 'Namens iemand anders',
  doorverwijzing: 'Doorverwijzing door partner',
} as const;
export const INTAKEKANALEN = codesVan(INTAKEKANAAL_LABELS);
export type Intakekanaal = (typeof INTAKEKANALEN)[number];

/** Consent is asked per purpose (and per third party) and can be withdrawn per purpose. */
export const TOESTEMMINGSDOEL_LABELS = {
  matching: 'Mijn gegevens gebruiken om hulp te zoeken',
  'contact-met-helper': 'Mijn contactgegevens delen met mijn helper',
  'delen-met-partner': 'Mijn gegevens delen met een partnerorganisatie',
  nieuwsbrief: 'De nieuwsbrief ontvangen',
  'wijkservice-verklaring': 'Een verklaring van mijn Wijkservice-uren opstellen',
  'monitoring-anoniem': 'Anoniem meetellen in de cijfers voor de gemeente',
} as const;
export const TOESTEMMINGSDOELEN = codesVan(TOESTEMMINGSDOEL_LABELS);
export type Toestemmingsdoel = (typeof TOESTEMMINGSDOELEN)[number];
