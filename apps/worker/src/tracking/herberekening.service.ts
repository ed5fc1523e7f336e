import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { score } from '@app/matching';
import { KandidatenRepository, naarHulpvraag, naarKandidaat, plaatsTaak } from '@app/matches';

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
}
