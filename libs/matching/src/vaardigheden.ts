import type { MatchContext } from './types';

export type VaardigheidMatch = 'exact' | 'verwant' | 'geen';

/** Credit per match kind: a related skill (e.g. snoeien for tuinieren) counts half. */
export const VAARDIGHEID_KREDIET: Readonly<Record<VaardigheidMatch, number>> = { exact: 1, verwant: 0.5, geen: 0 };

/** The helper's skill related to `code`, if any; relations are read both ways so the map need not be symmetric. */
export function verwanteVaardigheid(code: string, heeft: ReadonlySet<string>, gerelateerd: MatchContext['gerelateerdeVaardigheden']): string | undefined {
  const direct = gerelateerd[code]?.find((r) => heeft.has(r));
  if (direct !== undefined) return direct;
  for (const h of heeft) if (gerelateerd[h]?.includes(code)) return h;
  return undefined;
}

export function vaardigheidMatch(code: string, heeft: ReadonlySet<string>, gerelateerd: MatchContext['gerelateerdeVaardigheden']): VaardigheidMatch {
  if (heeft.has(code)) return 'exact';
  return verwanteVaardigheid(code, heeft, gerelateerd) === undefined ? 'geen' : 'verwant';
}
