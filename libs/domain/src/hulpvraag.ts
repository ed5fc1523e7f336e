/**
 * Lifecycle of a hulpvraag. A cancelled match sends it back to `open` (heropenen) rather than ending
 * it, because the resident still needs help; ending it always records a reason from a standard list so
 * outflow can be reported to the gemeente with the tender's choice lists.
 */
import { codesVan } from './keuzelijst';
import { defineMachine, reasonFromList } from './state-machine';

export const HULPVRAAG_STATUS_LABELS = {
  concept: 'Concept',
  open: 'Open',
  gematcht: 'Gematcht',
  afgerond: 'Afgerond',
  ingetrokken: 'Ingetrokken',
  verlopen: 'Verlopen',
  doorverwezen: 'Doorverwezen',
} as const;
export const HULPVRAAG_STATUSSEN = codesVan(HULPVRAAG_STATUS_LABELS);
export type HulpvraagStatus = (typeof HULPVRAAG_STATUSSEN)[number];

export const REDEN_INTREKKEN_LABELS = {
  'zelf-opgelost': 'Zelf opgelost',
  'eigen-netwerk': 'Hulp gekregen via eigen netwerk',
  'niet-meer-nodig': 'Niet meer nodig',
  anders: 'Anders',
} as const;
export const REDENEN_INTREKKEN = codesVan(REDEN_INTREKKEN_LABELS);
export type RedenIntrekken = (typeof REDENEN_INTREKKEN)[number];

export const REDEN_DOORVERWIJZEN_LABELS = {
  wijkteam: 'Wijkteam',
  'professionele-zorg': 'Professionele zorg',
  schuldhulp: 'Schuldhulpverlening',
  'andere-organisatie': 'Andere organisatie',
  'past-niet-bij-burenhulp': 'Past niet bij burenhulp',
  anders: 'Anders',
} as const;
export const REDENEN_DOORVERWIJZEN = codesVan(REDEN_DOORVERWIJZEN_LABELS);
export type RedenDoorverwijzen = (typeof REDENEN_DOORVERWIJZEN)[number];

/** Payload per action (`void`: none). */
export type HulpvraagActies = {
  publiceren: void;
  matchen: void;
  afronden: void;
  heropenen: void;
  intrekken: { reden: RedenIntrekken; toelichting?: string };
  'laten-verlopen': void;
  doorverwijzen: { reden: RedenDoorverwijzen; toelichting?: string };
};
export type HulpvraagActie = keyof HulpvraagActies;

export const hulpvraagMachine = defineMachine<HulpvraagStatus, HulpvraagActies>({
  name: 'hulpvraag',
  initial: 'concept',
  states: HULPVRAAG_STATUSSEN,
  terminal: ['afgerond', 'ingetrokken', 'verlopen', 'doorverwezen'],
  transitions: {
    publiceren: { from: ['concept'], to: 'open' },
    matchen: { from: ['open'], to: 'gematcht' },
    afronden: { from: ['gematcht'], to: 'afgerond' },
    heropenen: { from: ['gematcht'], to: 'open' },
    intrekken: { from: ['concept', 'open', 'gematcht'], to: 'ingetrokken', guard: reasonFromList(REDENEN_INTREKKEN) },
    'laten-verlopen': { from: ['open'], to: 'verlopen' },
    doorverwijzen: { from: ['concept', 'open'], to: 'doorverwezen', guard: reasonFromList(REDENEN_DOORVERWIJZEN) },
  },
});
