import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '@app/common';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { HulpvragenService } from '../marktplaats/hulpvragen.service';

/** A single request marked as normally-paid work: from then on it cannot go to Wijkservice (the engine's category rule, per request). */
@Injectable()
export class MarkeringService {
  constructor(
    private readonly ds: DataSource,
    private readonly hulpvragen: HulpvragenService,
    private readonly audit: AuditService,
  ) {}

  async markeer(p: Principal, hulpvraagId: string, reden: string) {
    const h = await this.hulpvragen.laad(p, hulpvraagId);
    await this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO betaald_werk_markeringen (hulpvraag_id, gemeente_id, reden, gemarkeerd_door) VALUES ($1,$2,$3,$4)
         ON CONFLICT (hulpvraag_id) DO UPDATE SET reden = EXCLUDED.reden, gemarkeerd_door = EXCLUDED.gemarkeerd_door, at = now()`,
        [hulpvraagId, p.gemeenteId, reden.trim(), p.accountId],
      );
      await this.audit.record(p, 'wijzigen', 'betaald-werk-markering', hulpvraagId, h.deelnemer_id, undefined, m);
    });
    return { hulpvraagId, betaaldWerk: true, reden: reden.trim() };
  }

  async verwijder(p: Principal, hulpvraagId: string) {
    const h = await this.hulpvragen.laad(p, hulpvraagId);
    await this.ds.transaction(async (m) => {
      const [rows] = await m.query(`DELETE FROM betaald_werk_markeringen WHERE hulpvraag_id = $1 RETURNING hulpvraag_id`, [hulpvraagId]);
      if (!rows.length) throw notFound('Markering betaald werk voor hulpvraag', hulpvraagId);
      await this.audit.record(p, 'wijzigen', 'betaald-werk-markering', hulpvraagId, h.deelnemer_id, { verwijderd: true }, m);
    });
  }
}
