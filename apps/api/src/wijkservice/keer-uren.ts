import type { EntityManager } from 'typeorm';
import type { MatchRow } from '@app/matches';
import type { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { afspraakVanAanbod, toetsAfspraak } from './afspraak';
import { weiger } from './regels';
import { legVergoedingVast } from './vergoeding';
import { Problem } from '@app/common';

export type Kant = 'bevestigd_helper' | 'bevestigd_bewoner';
export const andereKant = (k: Kant): Kant => (k === 'bevestigd_helper' ? 'bevestigd_bewoner' : 'bevestigd_helper');

/**
 * Runs in the transaction that registered hours on an occurrence of a match (after the row was written). For a
 * Wijkservice match: the agreement caps the hours (422, audited); changed hours need the other side again; an
 * occurrence confirmed by both records the gemeente's fee. Volunteers' matches are left alone.
 */
export async function naUrenRegistratie(
  m: EntityManager,
  audit: AuditService,
  p: Principal,
  match: MatchRow,
  vorige: { id: string; datum: Date | string; status: string; uren: string | null },
  uren: number,
  kant: Kant,
): Promise<void> {
  const afspraak = await afspraakVanAanbod(m, match.aanbod_id);
  if (!afspraak) return;
  const datum = new Date(vorige.datum);
  try {
    await toetsAfspraak(m, afspraak, datum, uren, { keerId: vorige.id });
  } catch (e) {
    if (e instanceof Problem) await weiger(audit, p, 'match-keer', vorige.id, match.helper_id, e);
    throw e;
  }
  if (vorige.status === 'gedaan' && Number(vorige.uren) !== uren) await m.query(`UPDATE match_keren SET ${andereKant(kant)} = NULL WHERE id = $1`, [vorige.id]);
  await vergoedAlsBevestigd(m, match.gemeente_id, match.helper_id, vorige.id, datum);
}

export async function vergoedAlsBevestigd(m: EntityManager, gemeenteId: string, helperId: string, keerId: string, datum: Date): Promise<void> {
  const [k] = await m.query(`SELECT bevestigd_bewoner AND bevestigd_helper AS beide FROM match_keren WHERE id = $1`, [keerId]);
  if (k?.beide) await legVergoedingVast(m, { gemeenteId, deelnemerId: helperId, bron: 'keer', bronId: keerId, datum });
}
