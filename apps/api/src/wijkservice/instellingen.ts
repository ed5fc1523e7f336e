import type { EntityManager } from 'typeorm';

export const MODI = ['vrijwillig', 'tegenprestatie'] as const;
export type Modus = (typeof MODI)[number];

/** Per gemeente, in `gemeenten.instellingen.wijkservice`. */
export interface WijkserviceInstellingen {
  /** `vrijwillig` (the 2012 start) allows only voluntary agreements; `tegenprestatie` allows both. */
  modus: Modus;
  /** Optional fixed fee per task, recorded on the statement; nothing is paid by this system. */
  vergoedingPerTaakCent: number | null;
}

export const STANDAARD: WijkserviceInstellingen = { modus: 'vrijwillig', vergoedingPerTaakCent: null };

export async function leesInstellingen(m: EntityManager, gemeenteId: string): Promise<WijkserviceInstellingen> {
  const [g] = await m.query(`SELECT instellingen -> 'wijkservice' AS w FROM gemeenten WHERE id = $1`, [gemeenteId]);
  return { ...STANDAARD, ...((g?.w ?? {}) as Partial<WijkserviceInstellingen>) };
}

export async function schrijfInstellingen(m: EntityManager, gemeenteId: string, w: WijkserviceInstellingen): Promise<void> {
  await m.query(`UPDATE gemeenten SET instellingen = jsonb_set(instellingen, '{wijkservice}', $2::jsonb) WHERE id = $1`, [gemeenteId, JSON.stringify(w)]);
}
