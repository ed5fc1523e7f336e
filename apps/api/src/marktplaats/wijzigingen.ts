import type { EntityManager } from 'typeorm';
import type { Actor } from '../auth/principal';

/** Every change to a request or offer: who, when, via which channel, what. */
export function logWijziging(
  m: EntityManager,
  a: Actor,
  objectType: 'hulpvraag' | 'aanbod' | 'match',
  objectId: string,
  kanaal: string,
  actie: string,
  details?: Record<string, unknown>,
): Promise<unknown> {
  return m.query(`INSERT INTO wijzigingen (gemeente_id, object_type, object_id, account_id, kanaal, actie, details) VALUES ($1,$2,$3,$4,$5,$6,$7)`, [
    a.gemeenteId,
    objectType,
    objectId,
    a.accountId,
    kanaal,
    actie,
    details ? JSON.stringify(details) : null,
  ]);
}
