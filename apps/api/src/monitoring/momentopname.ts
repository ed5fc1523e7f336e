/**
 * Kerncijfers of closed standard periods, materialised. A calendar month, quarter or year that has ended changes
 * only through late edits, so the nightly job `monitoring.momentopnamen` computes it for every grouping, without
 * filters, and the api serves it from `monitoring_momentopnamen`. Everything else (a period still running, any
 * other period, any filter) is computed live. The stored result is the suppressed output itself.
 */
import type { DataSource } from 'typeorm';
import { dagnummer, kalenderdag, uitDagnummer, type Kalenderdag } from '@app/domain';
import type { Kerncijfers } from './kerncijfers.service';
import type { KerncijfersVerzoek, Periode } from './verzoek';

/** Where the figures come from: computed now, or the nightly result of a closed period (and when it was made). */
export interface Stand {
  readonly bron: 'live' | 'momentopname';
  readonly berekendOp: string;
}

/** How many past years the job keeps: this year's closed periods and all of last year's. */
const JAREN = 2;

/**
 * The shape and suppression of a stored result. Raise it whenever `Kerncijfers` or the suppression changes: rows
 * of another version are never served (and the next night replaces them).
 */
export const MOMENTOPNAME_VERSIE = 1;

const laatsteDag = (jaar: number, maand: number): Kalenderdag => uitDagnummer(Date.UTC(jaar, maand, 1) / 86_400_000 - 1);

/** The calendar months, quarters and years of this and last year that ended before `vandaag`. */
export function geslotenPeriodes(vandaag: Kalenderdag): Periode[] {
  const jaar = Number(vandaag.slice(0, 4));
  const uit: Periode[] = [];
  for (let j = jaar - JAREN + 1; j <= jaar; j++) {
    const van = (m: number) => `${j}-${String(m).padStart(2, '0')}-01`;
    for (let m = 1; m <= 12; m++) uit.push({ van: van(m), tot: laatsteDag(j, m) });
    for (let k = 0; k < 4; k++) uit.push({ van: van(k * 3 + 1), tot: laatsteDag(j, k * 3 + 3) });
    uit.push({ van: van(1), tot: `${j}-12-31` });
  }
  return uit.filter((p) => dagnummer(p.tot) < dagnummer(vandaag));
}

/**
 * The stored result for this request, when it asks one of today's closed standard periods without filters, the
 * result was made after the period ended and in this version; otherwise null (compute live). Older periods are
 * not recomputed each night, so they are never served from here.
 */
export async function leesMomentopname(ds: DataSource, gemeenteId: string, v: KerncijfersVerzoek, nu = new Date()): Promise<Kerncijfers | null> {
  if (v.filters.wijk || v.filters.stadsdeel || v.filters.categorie) return null;
  if (!geslotenPeriodes(kalenderdag(nu)).some((p) => p.van === v.periode.van && p.tot === v.periode.tot)) return null;
  const [r] = (await ds.query(
    `SELECT resultaat, berekend_op FROM monitoring_momentopnamen
      WHERE gemeente_id = $1 AND van = $2 AND tot = $3 AND groepeer = $4 AND tot < (berekend_op AT TIME ZONE 'Europe/Amsterdam')::date
        AND (resultaat->>'versie')::int = $5`,
    [gemeenteId, v.periode.van, v.periode.tot, v.groepeer, MOMENTOPNAME_VERSIE],
  )) as { resultaat: Kerncijfers & { versie?: number }; berekend_op: Date }[];
  if (!r) return null;
  const { versie: _versie, ...k } = r.resultaat;
  return { ...k, stand: { bron: 'momentopname', berekendOp: new Date(r.berekend_op).toISOString() } };
}

/** Stores (or replaces) one result, made at `nu`. */
export async function schrijfMomentopname(ds: DataSource, gemeenteId: string, v: KerncijfersVerzoek, k: Kerncijfers, nu: Date): Promise<void> {
  await ds.query(
    `INSERT INTO monitoring_momentopnamen (gemeente_id, van, tot, groepeer, resultaat, berekend_op) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (gemeente_id, van, tot, groepeer) DO UPDATE SET resultaat = EXCLUDED.resultaat, berekend_op = EXCLUDED.berekend_op`,
    [gemeenteId, v.periode.van, v.periode.tot, v.groepeer, JSON.stringify({ ...k, versie: MOMENTOPNAME_VERSIE }), nu],
  );
}

/** Drops what the job no longer recomputes: periods outside today's window, so nothing stale lingers. */
export async function ruimMomentopnamenOp(ds: DataSource, gemeenteId: string, nu: Date): Promise<void> {
  const periodes = geslotenPeriodes(kalenderdag(nu));
  await ds.query(
    `DELETE FROM monitoring_momentopnamen m WHERE m.gemeente_id = $1
        AND NOT EXISTS (SELECT 1 FROM unnest($2::date[], $3::date[]) AS p(van, tot) WHERE p.van = m.van AND p.tot = m.tot)`,
    [gemeenteId, periodes.map((p) => p.van), periodes.map((p) => p.tot)],
  );
}
