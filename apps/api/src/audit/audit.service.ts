import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/principal';

export type AuditActie = 'lezen' | 'zoeken' | 'aanmaken' | 'wijzigen' | 'verwijderen' | 'exporteren' | 'afdrukken';

const STAFF_ROLLEN = new Set(['makelaar', 'beheerder', 'professional', 'gemeente']);

/**
 * The audit trail of personal data (AVG): every read by staff and every change by anyone.
 * Rows hold ids, never the personal data itself.
 */
@Injectable()
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  isStaff(p: Pick<Actor, 'rollen'>): boolean {
    return p.rollen.some((r) => STAFF_ROLLEN.has(r));
  }

  async record(
    p: Actor,
    actie: AuditActie,
    objectType: string,
    objectId: string | null,
    deelnemerId: string | null,
    details?: Record<string, unknown>,
    m: EntityManager = this.ds.manager,
  ): Promise<void> {
    if ((actie === 'lezen' || actie === 'zoeken') && !this.isStaff(p)) return;
    await m.query(
      `INSERT INTO audit_log (gemeente_id, account_id, rollen, actie, object_type, object_id, deelnemer_id, details) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
      [p.gemeenteId, p.accountId, p.rollen, actie, objectType, objectId, deelnemerId, details ? JSON.stringify(details) : null],
    );
  }

  list(gemeenteId: string, f: { deelnemerId?: string; accountId?: string; limit: number; voor?: string }) {
    return this.ds.query(
      `SELECT id, account_id AS "accountId", rollen, actie, object_type AS "objectType", object_id AS "objectId", deelnemer_id AS "deelnemerId", details, at
         FROM audit_log
        WHERE gemeente_id = $1 AND ($2::uuid IS NULL OR deelnemer_id = $2) AND ($3::uuid IS NULL OR account_id = $3) AND ($4::bigint IS NULL OR id < $4)
        ORDER BY id DESC LIMIT $5`,
      [gemeenteId, f.deelnemerId ?? null, f.accountId ?? null, f.voor ?? null, f.limit],
    );
  }
}
