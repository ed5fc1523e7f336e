import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { forbidden, notFound } from '@app/common';
import type { Principal } from '../auth/principal';
import { magDeelnemerBeheren } from '../deelnemers/deelnemer-access';
import type { DeelnemerRow } from '../deelnemers/deelnemer.view';
import type { Afspraak } from './afspraak';

export type WijkserviceRow = DeelnemerRow &
  Afspraak & {
    aanbod_id: string | null;
    verwezen_door: string | null;
    modus: 'vrijwillig' | 'tegenprestatie';
    interesses: string[];
    vaardigheden: string[];
    voorkeurstaken: string[];
    geen_fysiek_zwaar: boolean;
    gezondheid: string | null;
    max_reisafstand_m: number;
    vervoer: string;
    uitkering: string | null;
    uitstroom_toelichting: string | null;
  };

/** The klantmanager who referred the participant keeps access, also when the makelaar entered the person. */
export function magWijkserviceBeheren(
  p: Principal,
  w: Pick<WijkserviceRow, 'id' | 'gemeente_id' | 'wijk_code' | 'aangemaakt_door' | 'verwezen_door'>,
): boolean {
  if (w.gemeente_id !== p.gemeenteId) return false;
  if (p.rollen.includes('professional') && w.verwezen_door === p.accountId) return true;
  return magDeelnemerBeheren(p, w);
}

/** Benefit status: the person, the referring klantmanager and the beheerder. Not makelaars, never residents or volunteers. */
export function magUitkeringZien(p: Principal, w: Pick<WijkserviceRow, 'id' | 'verwezen_door'>): boolean {
  return p.deelnemerId === w.id || p.rollen.includes('beheerder') || (p.rollen.includes('professional') && w.verwezen_door === p.accountId);
}

export const isWijkserviceStaf = (p: Principal) => p.rollen.some((r) => r === 'makelaar' || r === 'beheerder' || r === 'professional');

@Injectable()
export class WijkserviceToegang {
  constructor(private readonly ds: DataSource) {}

  /** A Wijkservice participant the caller may act for: 404 when unknown (or not in Wijkservice), 403 outside scope. */
  async laad(p: Principal, deelnemerId: string, m: EntityManager = this.ds.manager, lock = false): Promise<WijkserviceRow> {
    // w.* after d.*: the Wijkservice outflow and timestamps win over the person's own
    const [w] = (await m.query(
      `SELECT d.*, w.* FROM wijkservice_deelnemers w JOIN deelnemers d ON d.id = w.deelnemer_id
        WHERE w.deelnemer_id = $1 AND w.gemeente_id = $2 ${lock ? 'FOR UPDATE OF w' : ''}`,
      [deelnemerId, p.gemeenteId],
    )) as WijkserviceRow[];
    if (!w) throw notFound('Wijkservice-deelnemer', deelnemerId);
    if (!magWijkserviceBeheren(p, w)) throw forbidden('U mag deze Wijkservice-deelnemer niet inzien of wijzigen');
    return w;
  }
}
