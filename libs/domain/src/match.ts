/**
 * Lifecycle of a match (one hulpvraag, one helper). Repeated help is ONE match holding its
 * occurrences (BUUV counts weekly help for a year as one match), so the match itself only tracks the
 * relationship; each occurrence is planned, done or skipped on its own.
 */
import { codesVan, isKeuze } from './keuzelijst';
import { fout, gelukt, mislukt, type Resultaat } from './resultaat';
import { defineMachine, type Guard } from './state-machine';

export const MATCH_STATUS_LABELS = {
  voorgesteld: 'Voorgesteld',
  aangeboden: 'Aangeboden aan helper',
  geaccepteerd: 'Geaccepteerd door helper',
  bevestigd: 'Bevestigd',
  actief: 'Actief',
  afgerond: 'Afgerond',
  afgewezen: 'Afgewezen',
  verlopen: 'Verlopen',
  geannuleerd: 'Geannuleerd',
  'niet-verschenen': 'Niet verschenen',
} as const;
export const MATCH_STATUSSEN = codesVan(MATCH_STATUS_LABELS);
export type MatchStatus = (typeof MATCH_STATUSSEN)[number];

/** States that occupy helper capacity (a helper chooses how many matches they carry at once). */
export const MATCH_ACTIEVE_STATUSSEN = ['geaccepteerd', 'bevestigd', 'actief'] as const satisfies readonly MatchStatus[];
/**
 * A no-show ends the match (the hulpvraag reopens and the makelaar gets a follow-up task); a single
 * missed date in recurring help is an occurrence marked `overgeslagen`, not a no-show of the match.
 */
export const MATCH_EINDSTATUSSEN = ['afgerond', 'afgewezen', 'verlopen', 'geannuleerd', 'niet-verschenen'] as const satisfies readonly MatchStatus[];

export const isActieveMatch = (status: MatchStatus): boolean => (MATCH_ACTIEVE_STATUSSEN as readonly MatchStatus[]).includes(status);

export const ANNULEERDER_LABELS = { hulpvrager: 'Hulpvrager', helper: 'Helper', makelaar: 'Sociaal makelaar', systeem: 'Systeem' } as const;
export const ANNULEERDERS = codesVan(ANNULEERDER_LABELS);
export type Annuleerder = (typeof ANNULEERDERS)[number];

export const MATCH_PARTIJ_LABELS = { hulpvrager: 'Hulpvrager', helper: 'Helper' } as const;
export const MATCH_PARTIJEN = codesVan(MATCH_PARTIJ_LABELS);
export type MatchPartij = (typeof MATCH_PARTIJEN)[number];

export type MatchActies = {
  aanbieden: void;
  accepteren: void;
  afwijzen: { reden?: string };
  'laten-verlopen': void;
  bevestigen: void;
  starten: void;
  afronden: void;
  annuleren: { door: Annuleerder; reden: string };
  'niet-verschenen-melden': { wie: MatchPartij };
};
export type MatchActie = keyof MatchActies;

const annuleerGuard: Guard<MatchStatus, MatchActies['annuleren']> = (p) => {
  if (!isKeuze(ANNULEERDERS, p?.door)) return { code: 'door-ongeldig', message: `Geef aan wie annuleert (${ANNULEERDERS.join(', ')}).` };
  if (typeof p?.reden !== 'string' || !p.reden.trim()) return { code: 'reden-verplicht', message: 'Geef een reden voor het annuleren.' };
  return undefined;
};

const nietVerschenenGuard: Guard<MatchStatus, MatchActies['niet-verschenen-melden']> = (p) =>
  isKeuze(MATCH_PARTIJEN, p?.wie) ? undefined : { code: 'wie-ongeldig', message: 'Geef aan wie niet is verschenen: hulpvrager of helper.' };

export const matchMachine = defineMachine<MatchStatus, MatchActies>({
  name: 'match',
  initial: 'voorgesteld',
  states: MATCH_STATUSSEN,
  terminal: MATCH_EINDSTATUSSEN,
  transitions: {
    aanbieden: { from: ['voorgesteld'], to: 'aangeboden' },
    accepteren: { from: ['aangeboden'], to: 'geaccepteerd' },
    // Declining after accepting is a cancellation (it frees capacity and needs a reason).
    afwijzen: { from: ['aangeboden'], to: 'afgewezen' },
    'laten-verlopen': { from: ['voorgesteld', 'aangeboden'], to: 'verlopen' },
    bevestigen: { from: ['geaccepteerd'], to: 'bevestigd' },
    starten: { from: ['bevestigd'], to: 'actief' },
    afronden: { from: ['actief'], to: 'afgerond' },
    annuleren: { from: ['voorgesteld', 'aangeboden', 'geaccepteerd', 'bevestigd', 'actief'], to: 'geannuleerd', guard: annuleerGuard },
    // Only once a date was agreed can someone fail to turn up.
    'niet-verschenen-melden': { from: ['bevestigd', 'actief'], to: 'niet-verschenen', guard: nietVerschenenGuard },
  },
});

// --- occurrences of (recurring) help -------------------------------------------------------------

export const KEER_STATUSSEN = ['gepland', 'gedaan', 'overgeslagen'] as const;
export type KeerStatus = (typeof KEER_STATUSSEN)[number];

export interface Keer {
  readonly datum: Date;
  readonly status: KeerStatus;
  /** Hours spent; only for `gedaan` (Wijkservice counts hours). */
  readonly uren?: number;
}

/** A day is the most one occurrence can take; quarter hours keep the records honest but simple. */
export const MAX_UREN_PER_KEER = 24;

export function valideerUren(uren: unknown): Resultaat<number> {
  if (typeof uren !== 'number' || !Number.isFinite(uren) || uren <= 0 || uren > MAX_UREN_PER_KEER) {
    return mislukt(fout('uren', 'uren-ongeldig', `Vul een aantal uren in groter dan 0 en hoogstens ${MAX_UREN_PER_KEER}.`));
  }
  if (!Number.isInteger(uren * 4)) return mislukt(fout('uren', 'uren-kwartier', 'Vul de uren in per kwartier (bijvoorbeeld 1,25 of 1,5).'));
  return gelukt(uren);
}

export const planKeren = (datums: readonly Date[]): Keer[] =>
  [...datums].sort((a, b) => a.getTime() - b.getTime()).map((datum) => ({ datum, status: 'gepland' }));

/** Marks an occurrence done; a correction of hours on a done occurrence is allowed, the future is not. */
export function markeerGedaan(keer: Keer, uren: number, nu: Date): Resultaat<Keer> {
  if (keer.datum.getTime() > nu.getTime()) return mislukt(fout('datum', 'in-toekomst', 'Deze keer is nog niet geweest.'));
  const u = valideerUren(uren);
  return u.ok ? gelukt({ datum: keer.datum, status: 'gedaan', uren: u.waarde }) : u;
}

export function slaOver(keer: Keer): Resultaat<Keer> {
  if (keer.status !== 'gepland') return mislukt(fout('status', 'niet-gepland', 'Alleen een geplande keer kan worden overgeslagen.'));
  return gelukt({ datum: keer.datum, status: 'overgeslagen' });
}

export const totaleUren = (keren: readonly Keer[]): number => keren.reduce((som, k) => som + (k.status === 'gedaan' ? (k.uren ?? 0) : 0), 0);

export const aantalGedaan = (keren: readonly Keer[]): number => keren.filter((k) => k.status === 'gedaan').length;

/** `starten` is due once an occurrence was done or the first planned date has been reached. */
export function magStarten(keren: readonly Keer[], nu: Date): boolean {
  return keren.some((k) => k.status === 'gedaan' || (k.status === 'gepland' && k.datum.getTime() <= nu.getTime()));
}

/** The next planned occurrence at or after `nu`, for reminders. */
export function volgendeKeer(keren: readonly Keer[], nu: Date): Keer | undefined {
  return keren
    .filter((k) => k.status === 'gepland' && k.datum.getTime() >= nu.getTime())
    .reduce<Keer | undefined>((best, k) => (!best || k.datum < best.datum ? k : best), undefined);
}
