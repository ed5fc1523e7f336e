import { afstandScore } from './distance';
import type { PaarFeiten } from './prepare';
import { COMPONENTEN, type ComponentNaam, type Kandidaat } from './types';
import { VAARDIGHEID_KREDIET, vaardigheidMatch } from './vaardigheden';

/** Soft components, each 0..1 and computed from the pair alone (never relative to other candidates). */
type Component = (p: PaarFeiten) => number;

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

/** Required skills weigh more than wished-for ones; a request that asks for nothing is fully met. */
const vaardigheden: Component = ({ h, k, ctx }) => {
  const gemiddelde = (codes: readonly string[]) =>
    codes.reduce((som, c) => som + VAARDIGHEID_KREDIET[vaardigheidMatch(c, k.vaardigheden, ctx.gerelateerdeVaardigheden)], 0) / codes.length;
  const { vereisteVaardigheden: vereist, gewensteVaardigheden: gewenst } = h.vraag;
  if (vereist.length && gewenst.length) return 0.6 * gemiddelde(vereist) + 0.4 * gemiddelde(gewenst);
  if (vereist.length) return gemiddelde(vereist);
  return gewenst.length ? gemiddelde(gewenst) : 1;
};

const afstand: Component = ({ k, afstandMeter }) => afstandScore(afstandMeter, k.kandidaat.vervoer);

const beschikbaarheid: Component = ({ dekking }) => clamp01(dekking.aandeel);

/** Helpers with few recent matches come first (three recent matches halve it), then room left. */
const EERLIJKHEID_HALVERING = 3;
function ruimte({ capaciteit: c }: Kandidaat): number {
  const matches = c.maxActieveMatches > 0 ? 1 - c.actieveMatches / c.maxActieveMatches : 0;
  const uren = c.maxUrenPerWeek > 0 ? 1 - c.urenDezeWeek / c.maxUrenPerWeek : 0;
  return clamp01(Math.min(matches, uren));
}
const capaciteitEnEerlijkheid: Component = ({ k: { kandidaat } }) =>
  0.5 / (1 + Math.max(0, kandidaat.recenteMatches) / EERLIJKHEID_HALVERING) + 0.5 * ruimte(kandidaat);

/** A vaste buuv: 1 after a good experience with this resident, 0.5 for strangers, 0 after only bad ones. */
const continuiteit: Component = ({ h, k }) => {
  const eerder = k.kandidaat.eerderGeholpen.filter((e) => e.bewonerId === h.vraag.bewonerId);
  if (!eerder.length) return 0.5;
  return eerder.some((e) => e.positief) ? 1 : 0;
};

/** Gentle: two assumed good outcomes so a newcomer scores 1 and one no-show does not sink anyone. */
const betrouwbaarheid: Component = ({ k }) => {
  const { afgerond, noShows, lateAnnuleringen } = k.kandidaat.betrouwbaarheid;
  const goed = Math.max(0, afgerond) + 2;
  return goed / (goed + Math.max(0, noShows) + 0.5 * Math.max(0, lateAnnuleringen));
};

/** The resident's first language counts fully, another shared one for 0.7. */
const taal: Component = ({ h, k }) => {
  const { talen } = h.vraag;
  if (!talen.length) return 1;
  if (k.kandidaat.talen.includes(talen[0])) return 1;
  return talen.some((t) => k.kandidaat.talen.includes(t)) ? 0.7 : 0;
};

const COMPONENT: Readonly<Record<ComponentNaam, Component>> = {
  vaardigheden,
  afstand,
  beschikbaarheid,
  capaciteitEnEerlijkheid,
  continuiteit,
  betrouwbaarheid,
  taal,
};

export function berekenComponenten(p: PaarFeiten): Record<ComponentNaam, number> {
  const uitkomst = {} as Record<ComponentNaam, number>;
  for (const naam of COMPONENTEN) uitkomst[naam] = COMPONENT[naam](p);
  return uitkomst;
}
