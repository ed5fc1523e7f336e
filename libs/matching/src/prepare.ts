import { dekking, maakRooster, maakTijdvraag, type Dekking, type Rooster, type Tijdvraag } from './availability';
import { afstandMeter } from './distance';
import { OngeldigeInvoer } from './errors';
import { valideerGewichten } from './gewichten';
import { parseDatum } from './tijd';
import type { Hulpvraag, Kandidaat, MatchContext } from './types';

/** A request with its window expanded once, so ranking 2,000 helpers does not expand it 2,000 times. */
export interface VoorbereideHulpvraag {
  vraag: Hulpvraag;
  tijd: Tijdvraag;
}

/** A helper with parsed availability and set lookups. */
export interface VoorbereideKandidaat {
  kandidaat: Kandidaat;
  rooster: Rooster;
  vaardigheden: ReadonlySet<string>;
  /** Local day number until which the VOG is valid; `Infinity` without expiry, `null` without VOG. */
  vogGeldigTot: number | null;
}

/** Facts about one pair that constraints, components and reasons all read. */
export interface PaarFeiten {
  h: VoorbereideHulpvraag;
  k: VoorbereideKandidaat;
  ctx: MatchContext;
  afstandMeter: number;
  dekking: Dekking;
}

export function valideerContext(ctx: MatchContext): void {
  valideerGewichten(ctx.gewichten);
  if (!(ctx.nu instanceof Date) || Number.isNaN(ctx.nu.getTime())) throw new OngeldigeInvoer('nu', 'nu moet een geldige datum zijn');
  if (!Number.isInteger(ctx.horizonDagen) || ctx.horizonDagen < 1 || ctx.horizonDagen > 366) {
    throw new OngeldigeInvoer('horizonDagen', `horizonDagen moet een geheel getal van 1 tot en met 366 zijn, kreeg ${ctx.horizonDagen}`);
  }
}

export const bereidHulpvraagVoor = (vraag: Hulpvraag, ctx: MatchContext): VoorbereideHulpvraag => ({
  vraag,
  tijd: maakTijdvraag(vraag, ctx.nu, ctx.horizonDagen),
});

export function bereidKandidaatVoor(kandidaat: Kandidaat): VoorbereideKandidaat {
  const { vog } = kandidaat;
  return {
    kandidaat,
    rooster: maakRooster(kandidaat.beschikbaarheid, kandidaat.uitzonderingen),
    vaardigheden: new Set(kandidaat.vaardigheden),
    vogGeldigTot: vog === null ? null : vog.geldigTot === undefined ? Infinity : parseDatum(vog.geldigTot, 'vog.geldigTot'),
  };
}

export const paarFeiten = (h: VoorbereideHulpvraag, k: VoorbereideKandidaat, ctx: MatchContext): PaarFeiten => ({
  h,
  k,
  ctx,
  afstandMeter: afstandMeter(h.vraag.locatie, k.kandidaat.locatie),
  dekking: dekking(h.tijd, k.rooster),
});
