import type { Actor, Principal } from '../auth/principal';

export interface DeelnemerScope {
  id: string;
  gemeente_id: string;
  wijk_code: string | null;
  aangemaakt_door: string | null;
}

/**
 * May this caller read and act for this person? Own file; a gemachtigde (checked by the caller);
 * a makelaar for people in the wijken of their werkgebieden (and people they entered without a wijk);
 * a professional for the people they referred; a beheerder for the whole gemeente. Never across tenants.
 */
export function magDeelnemerBeheren(p: Principal, d: DeelnemerScope, isGemachtigde = false): boolean {
  if (d.gemeente_id !== p.gemeenteId) return false;
  if (p.deelnemerId === d.id || isGemachtigde) return true;
  if (p.rollen.includes('beheerder')) return true;
  if (p.rollen.includes('makelaar')) return d.wijk_code ? p.wijkCodes.includes(d.wijk_code) : d.aangemaakt_door === p.accountId;
  if (p.rollen.includes('professional')) return d.aangemaakt_door === p.accountId;
  return false;
}

/** A makelaar may only enter people in their own wijken. */
export function magInWijk(p: Actor, wijkCode: string): boolean {
  if (p.rollen.includes('beheerder') || p.rollen.includes('professional')) return true;
  if (p.rollen.includes('makelaar')) return p.wijkCodes.includes(wijkCode);
  return true;
}
