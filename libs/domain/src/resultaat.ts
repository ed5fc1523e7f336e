/**
 * Validation outcome shared by the pure rules. Errors name the field so the API can map them to a
 * problem+json `errors[]` entry without knowing the rule; `bericht` is Dutch (B1) for the end user.
 */
export interface VeldFout {
  readonly veld: string;
  readonly code: string;
  readonly bericht: string;
}

export type Resultaat<T> = { readonly ok: true; readonly waarde: T } | { readonly ok: false; readonly fouten: readonly VeldFout[] };

export const gelukt = <T>(waarde: T): Resultaat<T> => ({ ok: true, waarde });

export const mislukt = <T = never>(...fouten: VeldFout[]): Resultaat<T> => ({ ok: false, fouten });

export const fout = (veld: string, code: string, bericht: string): VeldFout => ({ veld, code, bericht });
