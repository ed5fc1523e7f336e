import type { EntityManager } from 'typeorm';
import { forbidden, notFound } from '@app/common';
import type { Principal } from '../auth/principal';
import type { DeelnemersService } from '../deelnemers/deelnemers.service';
import type { LijstQuery } from './marktplaats.dto';

type Tabel = 'hulpvragen' | 'aanbod';
const WAT: Record<Tabel, string> = { hulpvragen: 'Hulpvraag', aanbod: 'Aanbod' };

/**
 * Loads a request or offer the caller may see and change: whoever entered it, or anyone who may act for the
 * person it belongs to (the person, their gemachtigde, staff of that wijk). 404 outside the tenant.
 */
export async function laadEigen<T extends { deelnemer_id: string; ingevoerd_door: string | null }>(
  m: EntityManager,
  deelnemers: DeelnemersService,
  p: Principal,
  tabel: Tabel,
  id: string,
  lock: boolean,
): Promise<T> {
  const [row] = (await m.query(`SELECT * FROM ${tabel} WHERE id = $1 AND gemeente_id = $2 ${lock ? 'FOR UPDATE' : ''}`, [id, p.gemeenteId])) as T[];
  if (!row) throw notFound(WAT[tabel], id);
  if (row.ingevoerd_door === p.accountId) return row;
  try {
    await deelnemers.laad(p, row.deelnemer_id, m);
  } catch {
    throw forbidden(`Dit is niet uw ${WAT[tabel].toLowerCase()}`);
  }
  return row;
}

/** Mine (and of the people I act for); staff see their wijken; filters by person, wijk and state. */
export function lijstEigen<T>(m: EntityManager, p: Principal, tabel: Tabel, q: LijstQuery): Promise<T[]> {
  const staff = p.rollen.includes('beheerder') || p.rollen.includes('makelaar');
  return m.query(
    `SELECT t.* FROM ${tabel} t
      WHERE t.gemeente_id = $1
        AND ($2::boolean OR t.deelnemer_id = $3 OR t.ingevoerd_door = $4
             OR t.deelnemer_id IN (SELECT deelnemer_id FROM gemachtigden WHERE account_id = $4 AND beeindigd_op IS NULL))
        AND ($5::text[] IS NULL OR t.wijk_code = ANY($5))
        AND ($6::uuid IS NULL OR t.deelnemer_id = $6) AND ($7::text IS NULL OR t.wijk_code = $7) AND ($8::text IS NULL OR t.status = $8)
      ORDER BY t.created_at DESC LIMIT 200`,
    [
      p.gemeenteId,
      staff,
      p.deelnemerId,
      p.accountId,
      staff && !p.rollen.includes('beheerder') ? p.wijkCodes : null,
      q.deelnemer ?? null,
      q.wijk ?? null,
      q.status ?? null,
    ],
  );
}
