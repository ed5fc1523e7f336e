import { isBeschikbaar } from './availability';
import { formatteerAfstand } from './distance';
import { label } from './labels';
import type { PaarFeiten } from './prepare';
import { formatteerDatum } from './tijd';
import type { BlokkadeReden, Uitsluiting, UitsluitingCode } from './types';
import { vaardigheidMatch } from './vaardigheden';

/**
 * Hard constraints. Each rule returns an exclusion or nothing; all rules run so a makelaar sees every reason
 * at once. Sentences are for the makelaar (they may name Wijkservice); they never go into `reasons`.
 */
type Regel = (p: PaarFeiten) => Uitsluiting | undefined;

const uit = (code: UitsluitingCode, zin: string): Uitsluiting => ({ code, zin });
const UREN_MARGE = 1e-9;

const BLOKKADE_ZIN: Readonly<Record<BlokkadeReden, string>> = {
  eerder_afgewezen: 'deze koppeling is eerder afgewezen',
  klacht: 'er is een klacht over deze koppeling',
  wens_bewoner: 'de bewoner wil niet met deze helper gekoppeld worden',
};

const eigenHulpvraag: Regel = ({ h, k }) =>
  k.kandidaat.deelnemerId === h.vraag.bewonerId ? uit('EIGEN_HULPVRAAG', 'is zelf de aanvrager van deze hulpvraag') : undefined;

const geblokkeerd: Regel = ({ h, k }) => {
  const blokkade = k.kandidaat.geblokkeerdeBewoners.find((b) => b.bewonerId === h.vraag.bewonerId);
  return blokkade && uit('PAAR_GEBLOKKEERD', BLOKKADE_ZIN[blokkade.reden]);
};

const wijkservice: Regel[] = [
  ({ h, k, ctx }) =>
    k.kandidaat.soort === 'wijkservice' && ctx.betaaldWerkCategorieen.includes(h.vraag.categorie)
      ? uit('WIJKSERVICE_VERDRINGING', `${label(h.vraag.categorie, ctx)} is normaal betaald werk en gaat niet via Wijkservice`)
      : undefined,
  // Paid work is already named above; "not open" would only repeat it.
  ({ h, k, ctx }) =>
    k.kandidaat.soort === 'wijkservice' && !ctx.wijkserviceCategorieen.includes(h.vraag.categorie) && !ctx.betaaldWerkCategorieen.includes(h.vraag.categorie)
      ? uit('WIJKSERVICE_CATEGORIE_NIET_OPEN', `${label(h.vraag.categorie, ctx)} staat niet open voor Wijkservice`)
      : undefined,
  ({ h, k }) =>
    k.kandidaat.soort === 'wijkservice' && k.kandidaat.grenzen.geenFysiekZwaarWerk && h.vraag.fysiekZwaar
      ? uit('WIJKSERVICE_GRENS', 'doet volgens de Wijkservice-afspraak geen fysiek zwaar werk')
      : undefined,
];

const categorie: Regel = ({ h, k, ctx }) =>
  k.kandidaat.categorieen.includes(h.vraag.categorie) ? undefined : uit('CATEGORIE_NIET_AANGEBODEN', `biedt geen hulp bij ${label(h.vraag.categorie, ctx)}`);

const vaardigheden: Regel = ({ h, k, ctx }) => {
  const missend = h.vraag.vereisteVaardigheden.filter((v) => vaardigheidMatch(v, k.vaardigheden, ctx.gerelateerdeVaardigheden) === 'geen');
  return missend.length ? uit('VAARDIGHEID_ONTBREEKT', `mist ${missend.map((v) => label(v, ctx)).join(', ')}`) : undefined;
};

const afstand: Regel = ({ k, afstandMeter }) =>
  afstandMeter > k.kandidaat.maxAfstandMeter
    ? uit('TE_VER_WEG', `woont ${formatteerAfstand(afstandMeter)} weg en wil hoogstens ${formatteerAfstand(k.kandidaat.maxAfstandMeter)} reizen`)
    : undefined;

const beschikbaar: Regel = ({ h, dekking }) => (isBeschikbaar(dekking, h.tijd.soort) ? undefined : uit('NIET_BESCHIKBAAR', 'kan niet op de gevraagde tijden'));

const capaciteit: Regel[] = [
  ({ k: { kandidaat } }) =>
    kandidaat.capaciteit.actieveMatches >= kandidaat.capaciteit.maxActieveMatches
      ? uit('MAX_MATCHES_BEREIKT', `heeft al ${kandidaat.capaciteit.actieveMatches} actieve matches (maximum ${kandidaat.capaciteit.maxActieveMatches})`)
      : undefined,
  ({ h, k: { kandidaat } }) =>
    kandidaat.capaciteit.urenDezeWeek + h.tijd.urenPerWeek > kandidaat.capaciteit.maxUrenPerWeek + UREN_MARGE
      ? uit('MAX_UREN_BEREIKT', `zou met deze hulp boven de ${kandidaat.capaciteit.maxUrenPerWeek} uur per week komen`)
      : undefined,
];

const vog: Regel = ({ h, k }) => {
  if (!h.vraag.vogVereist) return undefined;
  if (k.vogGeldigTot === null) return uit('VOG_ONTBREEKT', 'heeft geen VOG, en die is nodig voor deze hulp');
  return k.vogGeldigTot < h.tijd.vogPeildag ? uit('VOG_VERLOPEN', `VOG is op ${formatteerDatum(h.tijd.vogPeildag)} niet meer geldig`) : undefined;
};

const taal: Regel = ({ h, k, ctx }) =>
  h.vraag.taalVereist && h.vraag.talen.length && !h.vraag.talen.some((t) => k.kandidaat.talen.includes(t))
    ? uit('GEEN_GEMEENSCHAPPELIJKE_TAAL', `spreekt geen ${h.vraag.talen.map((t) => label(t, ctx)).join(' of ')}`)
    : undefined;

const REGELS: readonly Regel[] = [eigenHulpvraag, geblokkeerd, ...wijkservice, categorie, vaardigheden, afstand, beschikbaar, ...capaciteit, vog, taal];

/** Every violated hard constraint, in a fixed order. */
export function uitsluitingen(p: PaarFeiten): Uitsluiting[] {
  const gevonden: Uitsluiting[] = [];
  for (const regel of REGELS) {
    const u = regel(p);
    if (u) gevonden.push(u);
  }
  return gevonden;
}
