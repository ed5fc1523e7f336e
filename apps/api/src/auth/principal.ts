export const ROLLEN = ['bewoner', 'vrijwilliger', 'wijkservice', 'makelaar', 'professional', 'gemeente', 'beheerder'] as const;
export type Rol = (typeof ROLLEN)[number];

/** Who is calling, resolved once per request from the access token and the account's current state. */
export interface Principal {
  accountId: string;
  gemeenteId: string;
  rollen: Rol[];
  deelnemerId: string | null;
  /** The wijken of the makelaar's werkgebieden (empty for other roles). */
  wijkCodes: string[];
}

export const STAFF: Rol[] = ['makelaar', 'beheerder'];

export function heeftRol(p: Principal | undefined, ...rollen: Rol[]): boolean {
  return !!p && p.rollen.some((r) => rollen.includes(r));
}

/** Whoever causes a change: a logged-in principal, or an anonymous web form (accountId null). */
export type Actor = Pick<Principal, 'gemeenteId' | 'rollen' | 'wijkCodes'> & { accountId: string | null; deelnemerId?: string | null };

export function anoniem(gemeenteId: string): Actor {
  return { gemeenteId, accountId: null, rollen: [], wijkCodes: [] };
}
