/**
 * Lifecycle of a signalering ("ik maak me zorgen om iemand"). The reporter must be able to trust it is
 * picked up; escalation to a partner records the legal basis for sharing (AVG). An urgent signalering
 * may skip triage and go straight to a partner.
 */
import { codesVan, isKeuze } from './keuzelijst';
import { defineMachine, type Guard } from './state-machine';

export const SIGNALERING_STATUS_LABELS = {
  ontvangen: 'Ontvangen',
  'in-behandeling': 'In behandeling',
  opgepakt: 'Opgepakt',
  doorgezet: 'Doorgezet naar partner',
  gesloten: 'Gesloten',
} as const;
export const SIGNALERING_STATUSSEN = codesVan(SIGNALERING_STATUS_LABELS);
export type SignaleringStatus = (typeof SIGNALERING_STATUSSEN)[number];

export const ESCALATIE_PARTNER_LABELS = {
  wijkteam: 'Wijkteam',
  'veilig-thuis': 'Veilig Thuis',
  'meldpunt-zorg-en-overlast': 'Meldpunt Zorg en Overlast',
} as const;
export const ESCALATIE_PARTNERS = codesVan(ESCALATIE_PARTNER_LABELS);
export type EscalatiePartner = (typeof ESCALATIE_PARTNERS)[number];

export const DEELGRONDSLAG_LABELS = {
  toestemming: 'Toestemming van de betrokkene',
  'wettelijke-grondslag': 'Wettelijke grondslag (bijv. meldcode)',
  'acuut-gevaar': 'Acuut gevaar',
} as const;
export const DEELGRONDSLAGEN = codesVan(DEELGRONDSLAG_LABELS);
export type Deelgrondslag = (typeof DEELGRONDSLAGEN)[number];

export type SignaleringActies = {
  'in-behandeling-nemen': void;
  oppakken: void;
  /** `urgent` is the signalering's flag; only then may triage be skipped. */
  doorzetten: { partner: EscalatiePartner; grondslag: Deelgrondslag; urgent?: boolean };
  sluiten: { toelichting: string };
};
export type SignaleringActie = keyof SignaleringActies;

const doorzetGuard: Guard<SignaleringStatus, SignaleringActies['doorzetten']> = (p, from) => {
  if (!isKeuze(ESCALATIE_PARTNERS, p?.partner)) return { code: 'partner-ongeldig', message: `Kies een partner (${ESCALATIE_PARTNERS.join(', ')}).` };
  if (!isKeuze(DEELGRONDSLAGEN, p.grondslag)) return { code: 'grondslag-ongeldig', message: 'Leg vast op welke grond gegevens worden gedeeld.' };
  if (from === 'ontvangen' && p.urgent !== true) return { code: 'niet-urgent', message: 'Alleen een urgente signalering mag direct worden doorgezet.' };
  if (p.grondslag === 'acuut-gevaar' && p.urgent !== true) {
    return { code: 'acuut-gevaar-niet-urgent', message: 'Bij acuut gevaar moet de signalering als urgent zijn gemarkeerd.' };
  }
  return undefined;
};

const sluitGuard: Guard<SignaleringStatus, SignaleringActies['sluiten']> = (p) =>
  typeof p?.toelichting === 'string' && p.toelichting.trim()
    ? undefined
    : { code: 'toelichting-verplicht', message: 'Leg vast hoe de signalering is afgehandeld.' };

export const signaleringMachine = defineMachine<SignaleringStatus, SignaleringActies>({
  name: 'signalering',
  initial: 'ontvangen',
  states: SIGNALERING_STATUSSEN,
  terminal: ['gesloten'],
  transitions: {
    'in-behandeling-nemen': { from: ['ontvangen'], to: 'in-behandeling' },
    oppakken: { from: ['in-behandeling'], to: 'opgepakt' },
    doorzetten: { from: ['ontvangen', 'in-behandeling', 'opgepakt'], to: 'doorgezet', guard: doorzetGuard },
    // Closing from in-behandeling covers a concern that turns out to need nothing.
    sluiten: { from: ['in-behandeling', 'opgepakt', 'doorgezet'], to: 'gesloten', guard: sluitGuard },
  },
});
