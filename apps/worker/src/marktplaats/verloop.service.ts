import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { apply, hulpvraagMachine, instellingSql } from '@app/domain';
import { publishEvents } from '@app/persistence';

/**
 * Open requests without activity expire after the gemeente's period (instellingen.verloopDagen, default 60),
 * with a notice first: the notice goes out verloopMeldingDagen (default 7) days before, and expiry waits until
 * the notice is at least that old, so nobody's request disappears unannounced. Idempotent: a re-run changes
 * nothing more.
 */
@Injectable()
export class VerloopService {
  private readonly logger = new Logger(VerloopService.name);
  constructor(private readonly ds: DataSource) {}

  async run(nu = new Date()): Promise<{ gemeld: number; verlopen: number }> {
    const termijn = `make_interval(days => ${instellingSql('verloopDagen')})`;
    const melding = `make_interval(days => ${instellingSql('verloopMeldingDagen')})`;
    const gemeld = await this.ds.transaction(async (m) => {
      // TypeORM returns [rows, count] for UPDATE … RETURNING
      const [rows]: [{ id: string }[], number] = await m.query(
        `UPDATE hulpvragen h SET verloop_gemeld_op = $1 FROM gemeenten g
          WHERE g.id = h.gemeente_id AND h.status = 'open' AND h.verloop_gemeld_op IS NULL
            AND h.laatste_activiteit < $1::timestamptz - ${termijn} + ${melding}
          RETURNING h.id`,
        [nu],
      );
      await publishEvents(
        m,
        rows.map((r) => ({ type: 'hulpvraag.verloopt-binnenkort', aggregateId: r.id })),
      );
      return rows.length;
    });
    const verlopen = await this.ds.transaction(async (m) => {
      const due: { id: string; status: 'open' }[] = await m.query(
        `SELECT h.id, h.status FROM hulpvragen h JOIN gemeenten g ON g.id = h.gemeente_id
          WHERE h.status = 'open' AND h.laatste_activiteit < $1::timestamptz - ${termijn}
            AND h.verloop_gemeld_op <= $1::timestamptz - ${melding}
          FOR UPDATE OF h SKIP LOCKED`,
        [nu],
      );
      const ids = due.filter((h) => apply(hulpvraagMachine, h.status, 'laten-verlopen').ok).map((h) => h.id);
      if (!ids.length) return 0;
      await m.query(`UPDATE hulpvragen SET status = 'verlopen', status_reden = 'geen-activiteit', updated_at = now() WHERE id = ANY($1)`, [ids]);
      await m.query(
        `INSERT INTO wijzigingen (gemeente_id, object_type, object_id, kanaal, actie) SELECT gemeente_id, 'hulpvraag', id, 'systeem', 'laten-verlopen' FROM hulpvragen WHERE id = ANY($1)`,
        [ids],
      );
      await publishEvents(
        m,
        ids.map((id) => ({ type: 'hulpvraag.verlopen', aggregateId: id })),
      );
      return ids.length;
    });
    if (gemeld || verlopen) this.logger.log(`hulpvragen: ${gemeld} notices, ${verlopen} expired`);
    return { gemeld, verlopen };
  }
}
