import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { rank, score } from '@app/matching';
import { KandidatenRepository, naarHulpvraag, naarKandidaat, plaatsTaak, type HulpvraagRow } from '@app/matches';

/** A helper good enough to tell the makelaar about. */
export const DREMPEL = 0.5;

/**
 * New or changed supply: open requests nearby that have nobody yet are re-scored against this helper, and a
 * good fit becomes a task on the makelaar's list ("nieuwe kandidaat"). Proposes only; never assigns.
 */
@Injectable()
export class HerberekeningService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: KandidatenRepository,
  ) {}

  async voorAanbod(aanbodId: string, nu = new Date()): Promise<number> {
    const [a] = await this.ds.query(`SELECT gemeente_id, status FROM aanbod WHERE id = $1`, [aanbodId]);
    if (!a || a.status !== 'actief') return 0;
    const k = await this.repo.kandidaat(aanbodId, a.gemeente_id);
    if (!k) return 0;
    const ctx = await this.repo.context(a.gemeente_id, nu);
    const vragen = await this.repo.hulpvragenVoorAanbod(k, a.gemeente_id);
    let taken = 0;
    await this.ds.transaction(async (m) => {
      for (const h of vragen) {
        const open = await m.query(`SELECT 1 FROM matches WHERE hulpvraag_id = $1 AND status IN ('voorgesteld', 'aangeboden') LIMIT 1`, [h.id]);
        if (open.length) continue;
        const s = score(naarHulpvraag(h, h.bewoner_talen), naarKandidaat(k), ctx);
        if (s.excludedBy || s.total < DREMPEL) continue;
        const id = await plaatsTaak(m, {
          gemeenteId: h.gemeente_id,
          soort: 'nieuwe-kandidaat',
          titel: `Nieuwe helper voor ${h.referentie} "${h.titel}": ${k.voornaam ?? 'een buurtgenoot'} (${Math.round(s.total * 100)}%)`,
          instructie: s.reasons.join('; '),
          wijkCode: h.wijk_code,
          hulpvraagId: h.id,
          sleutel: `kandidaat:${h.id}:${aanbodId}`,
        });
        if (id) taken++;
      }
    });
    return taken;
  }

  /**
   * Nightly: every open request that has nobody (no offer out, no match) gets its best current candidate as a
   * task, so supply that appeared without an event (capacity freed, a holiday ended) is not missed.
   */
  async nachtelijk(nu = new Date(), max = 5_000): Promise<number> {
    const vragen: (HulpvraagRow & { bewoner_talen: string[] })[] = await this.ds.query(
      `SELECT h.*, d.talen AS bewoner_talen FROM hulpvragen h JOIN deelnemers d ON d.id = h.deelnemer_id
        WHERE h.status = 'open' AND h.created_at < $1::timestamptz - interval '1 day'
          AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.hulpvraag_id = h.id AND m.status IN ('voorgesteld', 'aangeboden', 'geaccepteerd', 'bevestigd', 'actief'))
        ORDER BY h.created_at LIMIT $2`,
      [nu, max],
    );
    const contexten = new Map<string, Awaited<ReturnType<KandidatenRepository['context']>>>();
    let taken = 0;
    for (const h of vragen) {
      const ctx = contexten.get(h.gemeente_id) ?? (await this.repo.context(h.gemeente_id, nu));
      contexten.set(h.gemeente_id, ctx);
      const rows = await this.repo.voorHulpvraag(h);
      const [beste] = rank(naarHulpvraag(h, h.bewoner_talen), rows.map(naarKandidaat), ctx, { limit: 1, uitgeslotenLimit: 0 }).suggesties;
      if (!beste || beste.total < DREMPEL) continue;
      const k = rows.find((r) => r.id === beste.kandidaatId)!;
      const id = await this.ds.transaction((m) =>
        plaatsTaak(m, {
          gemeenteId: h.gemeente_id,
          soort: 'nieuwe-kandidaat',
          titel: `Nieuwe helper voor ${h.referentie} "${h.titel}": ${k.voornaam ?? 'een buurtgenoot'} (${Math.round(beste.total * 100)}%)`,
          instructie: beste.reasons.join('; '),
          wijkCode: h.wijk_code,
          hulpvraagId: h.id,
          sleutel: `kandidaat:${h.id}:${k.id}`,
        }),
      );
      if (id) taken++;
    }
    return taken;
  }
}
