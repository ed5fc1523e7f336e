/**
 * The makelaar's task list. Tasks are claimed (so two makelaars do not call the same resident),
 * snoozed with a reason and a date, and closed with an outcome. Ordering is a pure comparator so the
 * list, the printed bellijst and the API agree on "what first".
 */
import { codesVan, isKeuze } from './keuzelijst';
import { defineMachine, type Guard } from './state-machine';

export const TAAK_STATUS_LABELS = { open: 'Open', opgepakt: 'Opgepakt', uitgesteld: 'Uitgesteld', afgerond: 'Afgerond' } as const;
export const TAAK_STATUSSEN = codesVan(TAAK_STATUS_LABELS);
export type TaakStatus = (typeof TAAK_STATUSSEN)[number];

export const TAAK_SOORT_LABELS = {
  'bel-bewoner-helper-gevonden': 'Bel bewoner: helper gevonden',
  'herformuleer-hulpvraag': 'Hulpvraag herformuleren',
  'controleer-hulp-gebeurd': 'Controleer of de hulp is gebeurd',
  signalering: 'Signalering oppakken',
  'no-show-opvolgen': 'Niet verschenen: opvolgen',
  'eerste-contact': 'Eerste contact',
  escalatie: 'Escalatie',
  'check-in': 'Check-in',
  'uren-geschil': 'Geschil over uren',
  'post-versturen': 'Post versturen',
} as const;
export const TAAK_SOORTEN = codesVan(TAAK_SOORT_LABELS);
export type TaakSoort = (typeof TAAK_SOORTEN)[number];

export const PRIORITEIT_LABELS = { spoed: 'Spoed', hoog: 'Hoog', normaal: 'Normaal', laag: 'Laag' } as const;
/** Most urgent first. */
export const PRIORITEITEN = codesVan(PRIORITEIT_LABELS);
export type Prioriteit = (typeof PRIORITEITEN)[number];

export const TAAK_UITKOMST_LABELS = {
  gelukt: 'Gelukt',
  'niet-bereikt': 'Niet bereikt',
  'niet-meer-nodig': 'Niet meer nodig',
  doorgezet: 'Doorgezet naar partner',
  anders: 'Anders',
} as const;
export const TAAK_UITKOMSTEN = codesVan(TAAK_UITKOMST_LABELS);
export type TaakUitkomst = (typeof TAAK_UITKOMSTEN)[number];

export type TaakActies = {
  oppakken: void;
  vrijgeven: void;
  /** `nu` is part of the payload so the guard stays pure. */
  uitstellen: { reden: string; tot: Date; nu: Date };
  hervatten: void;
  afronden: { uitkomst: TaakUitkomst; toelichting?: string };
};
export type TaakActie = keyof TaakActies;

const uitstelGuard: Guard<TaakStatus, TaakActies['uitstellen']> = (p) => {
  if (typeof p?.reden !== 'string' || !p.reden.trim()) return { code: 'reden-verplicht', message: 'Geef een reden voor het uitstellen.' };
  if (!(p.tot instanceof Date) || !(p.nu instanceof Date) || Number.isNaN(p.tot.getTime())) {
    return { code: 'tot-ongeldig', message: 'Geef een datum tot wanneer de taak wordt uitgesteld.' };
  }
  if (p.tot.getTime() <= p.nu.getTime()) return { code: 'tot-in-verleden', message: 'Uitstellen kan alleen tot een moment in de toekomst.' };
  return undefined;
};

const afrondGuard: Guard<TaakStatus, TaakActies['afronden']> = (p) => {
  if (!isKeuze(TAAK_UITKOMSTEN, p?.uitkomst)) return { code: 'uitkomst-ongeldig', message: `Kies een uitkomst (${TAAK_UITKOMSTEN.join(', ')}).` };
  if (p.uitkomst === 'anders' && !p.toelichting?.trim()) return { code: 'toelichting-verplicht', message: 'Vul een toelichting in als u "anders" kiest.' };
  return undefined;
};

export const taakMachine = defineMachine<TaakStatus, TaakActies>({
  name: 'taak',
  initial: 'open',
  states: TAAK_STATUSSEN,
  terminal: ['afgerond'],
  transitions: {
    oppakken: { from: ['open', 'uitgesteld'], to: 'opgepakt' },
    vrijgeven: { from: ['opgepakt'], to: 'open' },
    uitstellen: { from: ['open', 'opgepakt'], to: 'uitgesteld', guard: uitstelGuard },
    hervatten: { from: ['uitgesteld'], to: 'open' },
    afronden: { from: ['open', 'opgepakt', 'uitgesteld'], to: 'afgerond', guard: afrondGuard },
  },
});

/** What ordering needs of a task. */
export interface TaakVoorUrgentie {
  readonly id?: string;
  readonly status: TaakStatus;
  readonly prioriteit: Prioriteit;
  readonly vervaldatum?: Date;
  readonly uitgesteldTot?: Date;
  readonly aangemaakt: Date;
}

export const isTeLaat = (t: TaakVoorUrgentie, nu: Date): boolean => t.status !== 'afgerond' && !!t.vervaldatum && t.vervaldatum.getTime() < nu.getTime();

/** Hidden from the working list: done, or snoozed until a moment still ahead. */
export const isWeggezet = (t: TaakVoorUrgentie, nu: Date): boolean =>
  t.status === 'afgerond' || (t.status === 'uitgesteld' && !!t.uitgesteldTot && t.uitgesteldTot.getTime() > nu.getTime());

/**
 * Coarse urgency bucket, higher is more urgent: priority first, overdue second (spoed 7/6 … laag 1/0);
 * snoozed tasks score -1 and done tasks -2. Finer ordering (due date, creation) is in `vergelijkTaken`.
 */
export function urgentieScore(t: TaakVoorUrgentie, nu: Date): number {
  if (t.status === 'afgerond') return -2;
  if (isWeggezet(t, nu)) return -1;
  const gewicht = PRIORITEITEN.length - 1 - PRIORITEITEN.indexOf(t.prioriteit);
  return gewicht * 2 + (isTeLaat(t, nu) ? 1 : 0);
}

const tijd = (d: Date | undefined): number => d?.getTime() ?? Number.POSITIVE_INFINITY;

/** Sort comparator, most urgent first: score, then earliest due date (none last), then oldest, then id. */
export const vergelijkTaken =
  (nu: Date) =>
  (a: TaakVoorUrgentie, b: TaakVoorUrgentie): number =>
    urgentieScore(b, nu) - urgentieScore(a, nu) ||
    Math.sign(tijd(a.vervaldatum) - tijd(b.vervaldatum)) ||
    a.aangemaakt.getTime() - b.aangemaakt.getTime() ||
    (a.id ?? '').localeCompare(b.id ?? '');
