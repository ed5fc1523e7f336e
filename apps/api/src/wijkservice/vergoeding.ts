import type { EntityManager } from 'typeorm';
import { leesInstellingen } from './instellingen';

/**
 * Records the gemeente's fixed fee for one confirmed task at today's rate (a later change of rate leaves history
 * alone). Idempotent per task; nothing when the gemeente set no fee. No payment is made here.
 */
export async function legVergoedingVast(
  m: EntityManager,
  t: { gemeenteId: string; deelnemerId: string; bron: 'keer' | 'groepstaak'; bronId: string; datum: Date },
): Promise<void> {
  const { vergoedingPerTaakCent } = await leesInstellingen(m, t.gemeenteId);
  if (vergoedingPerTaakCent === null) return;
  await m.query(
    `INSERT INTO wijkservice_vergoedingen (gemeente_id, deelnemer_id, bron, bron_id, datum, bedrag_cent)
     VALUES ($1,$2,$3,$4,($5::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date,$6) ON CONFLICT DO NOTHING`,
    [t.gemeenteId, t.deelnemerId, t.bron, t.bronId, t.datum, vergoedingPerTaakCent],
  );
}
