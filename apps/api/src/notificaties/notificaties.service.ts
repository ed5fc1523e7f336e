import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '@app/common';
import type { Principal } from '../auth/principal';

const KOLOMMEN = `id, sjabloon, titel, tekst, link, gelezen_op AS "gelezenOp", created_at AS "aangemaaktOp"`;

/** The logged-in person's in-app messages (as deelnemer, or as account for staff). */
@Injectable()
export class NotificatiesService {
  constructor(private readonly ds: DataSource) {}

  private wie(p: Principal): [string, string] {
    return p.deelnemerId ? ['deelnemer_id', p.deelnemerId] : ['account_id', p.accountId];
  }

  async lijst(p: Principal, opts: { ongelezen?: boolean; limit: number }) {
    const [kolom, id] = this.wie(p);
    const items = await this.ds.query(
      `SELECT ${KOLOMMEN} FROM notificaties WHERE ${kolom} = $1 AND gemeente_id = $2 AND ($3::boolean IS NOT TRUE OR gelezen_op IS NULL)
        ORDER BY created_at DESC LIMIT $4`,
      [id, p.gemeenteId, opts.ongelezen ?? false, opts.limit],
    );
    const [{ n }] = await this.ds.query(`SELECT count(*)::int AS n FROM notificaties WHERE ${kolom} = $1 AND gemeente_id = $2 AND gelezen_op IS NULL`, [
      id,
      p.gemeenteId,
    ]);
    return { ongelezen: n as number, items };
  }

  /** Read: the message counts as delivered on the makelaar's delivery overview. */
  async gelezen(p: Principal, notificatieId?: string) {
    const [kolom, id] = this.wie(p);
    const [rows]: [{ sleutel: string }[], number] = await this.ds.query(
      `UPDATE notificaties SET gelezen_op = now() WHERE ${kolom} = $1 AND gemeente_id = $2 AND gelezen_op IS NULL AND ($3::uuid IS NULL OR id = $3) RETURNING sleutel`,
      [id, p.gemeenteId, notificatieId ?? null],
    );
    if (notificatieId && !rows.length) {
      const bestaat = await this.ds.query(`SELECT 1 FROM notificaties WHERE id = $1 AND ${kolom} = $2`, [notificatieId, id]);
      if (!bestaat.length) throw notFound('Notificatie', notificatieId);
    }
    if (rows.length) {
      await this.ds.query(
        `UPDATE berichten SET status = 'delivered', afgeleverd_op = now(), updated_at = now() WHERE sleutel = ANY($1) AND kanaal = 'app' AND status = 'sent'`,
        [rows.map((r) => r.sleutel)],
      );
    }
    return { gelezen: rows.length };
  }
}
