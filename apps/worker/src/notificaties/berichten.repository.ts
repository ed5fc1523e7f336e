import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Bezorgstatus, Kanaal, Ontvanger, SjabloonNaam } from '@app/notificaties';

export interface Claim {
  id: string;
  status: Bezorgstatus;
}

/** The delivery record per message and channel; its unique `sleutel` is the guard against sending twice. */
@Injectable()
export class BerichtenRepository {
  constructor(private readonly ds: DataSource) {}

  /** Records the attempt before sending (or finds the earlier record): a finished one is never sent again. */
  async claim(r: {
    sleutel: string;
    kanaal: Kanaal;
    sjabloon: SjabloonNaam;
    ontvanger: Ontvanger;
    eventId: string | null;
    matchId: string | null;
    fallbackVan: Kanaal | null;
  }): Promise<Claim> {
    const [row] = (await this.ds.query(
      `INSERT INTO berichten (gemeente_id, deelnemer_id, account_id, event_id, match_id, sjabloon, kanaal, sleutel, fallback_van, pogingen)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,1)
       ON CONFLICT (sleutel) DO UPDATE SET pogingen = berichten.pogingen + 1, updated_at = now()
       RETURNING id, status`,
      [r.ontvanger.gemeenteId, r.ontvanger.deelnemerId, r.ontvanger.accountId, r.eventId, r.matchId, r.sjabloon, r.kanaal, r.sleutel, r.fallbackVan],
    )) as Claim[];
    return row;
  }

  async markeer(
    id: string,
    status: Bezorgstatus,
    extra: { externId?: string; fout?: string; uitgesteldTot?: Date; inhoud?: Record<string, unknown> } = {},
  ): Promise<void> {
    await this.ds.query(
      `UPDATE berichten SET status = $2, extern_id = COALESCE($3, extern_id), fout = $4, uitgesteld_tot = $5, inhoud = COALESCE($6, inhoud), updated_at = now(),
              verzonden_op = CASE WHEN $2 IN ('sent', 'delivered') THEN COALESCE(verzonden_op, now()) ELSE verzonden_op END,
              afgeleverd_op = CASE WHEN $2 = 'delivered' THEN now() ELSE afgeleverd_op END
        WHERE id = $1`,
      [id, status, extra.externId ?? null, extra.fout ?? null, extra.uitgesteldTot ?? null, extra.inhoud ? JSON.stringify(extra.inhoud) : null],
    );
  }

  async markeerOpSleutel(sleutel: string, status: Bezorgstatus, fout: string): Promise<void> {
    await this.ds.query(`UPDATE berichten SET status = $2, fout = $3, updated_at = now() WHERE sleutel = $1`, [sleutel, status, fout]);
  }

  /** Per-person rate limit: when the limit of e-mails and SMS in the past hour is reached, the moment a slot frees. */
  async vrijVanaf(deelnemerId: string, limiet: number): Promise<Date | undefined> {
    const [r] = (await this.ds.query(
      `SELECT count(*)::int AS n, min(verzonden_op) AS oudste FROM (
         SELECT verzonden_op FROM berichten WHERE deelnemer_id = $1 AND kanaal IN ('email', 'sms') AND verzonden_op > now() - interval '1 hour'
          ORDER BY verzonden_op DESC LIMIT $2) x`,
      [deelnemerId, limiet],
    )) as { n: number; oudste: Date | null }[];
    return r.n >= limiet && r.oudste ? new Date(new Date(r.oudste).getTime() + 3600_000) : undefined;
  }
}
