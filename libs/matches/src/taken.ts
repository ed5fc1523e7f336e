import { notifyNaCommit } from '@app/persistence';
import type { EntityManager } from 'typeorm';

export interface NieuweTaak {
  gemeenteId: string;
  soort: string;
  titel: string;
  /** The exact words a makelaar can say on the phone. */
  instructie?: string;
  prioriteit?: 'laag' | 'normaal' | 'hoog' | 'spoed';
  wijkCode?: string | null;
  deelnemerId?: string | null;
  hulpvraagId?: string | null;
  matchId?: string | null;
  signaleringId?: string | null;
  vervaltOp?: Date | null;
  /** Deterministic key: a job or event that runs twice creates the task once. */
  sleutel: string;
}

/** Puts a task on the werkvoorraad of the wijk's makelaars (idempotent on `sleutel`). Returns the id when new. */
export async function plaatsTaak(m: EntityManager, t: NieuweTaak): Promise<string | undefined> {
  const rows: { id: string }[] = await m.query(
    `INSERT INTO taken (gemeente_id, soort, titel, instructie, prioriteit, wijk_code, deelnemer_id, hulpvraag_id, match_id, signalering_id, vervalt_op, sleutel)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) ON CONFLICT (sleutel) DO NOTHING RETURNING id`,
    [
      t.gemeenteId,
      t.soort,
      t.titel,
      t.instructie ?? null,
      t.prioriteit ?? 'normaal',
      t.wijkCode ?? null,
      t.deelnemerId ?? null,
      t.hulpvraagId ?? null,
      t.matchId ?? null,
      t.signaleringId ?? null,
      t.vervaltOp ?? null,
      t.sleutel,
    ],
  );
  if (rows[0]) await notifyNaCommit(m, 'taken', t.gemeenteId);
  return rows[0]?.id;
}
