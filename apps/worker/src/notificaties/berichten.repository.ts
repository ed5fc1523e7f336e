import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { voorbereid } from '@app/persistence';
import type { Bezorgstatus, Kanaal, Ontvanger, SjabloonNaam } from '@app/notificaties';
import { Bundelaar } from './bundelaar';

export interface Claim {
  id: string;
  status: Bezorgstatus;
  /** Only when asked (`tempoLimiet`): the moment a slot frees when the person's hourly limit is reached. */
  vrijVanaf?: Date;
}

export interface ClaimVerzoek {
  sleutel: string;
  kanaal: Kanaal;
  sjabloon: SjabloonNaam;
  ontvanger: Ontvanger;
  eventId: string | null;
  matchId: string | null;
  fallbackVan: Kanaal | null;
  /** Also check the per-person limit of e-mails and SMS in the past hour (same statement, same round trip). */
  tempoLimiet?: number;
}

interface Markering {
  id: string;
  status: Bezorgstatus;
  externId: string | null;
  fout: string | null;
  uitgesteldTot: Date | null;
  inhoud: string | null;
}

/**
 * The delivery record per message and channel; its unique `sleutel` is the guard against sending twice.
 * Claims and status updates of concurrent jobs share one statement each (see `Bundelaar`).
 */
@Injectable()
export class BerichtenRepository {
  private readonly claims = new Bundelaar<ClaimVerzoek, Claim>((rs) => this.claimAlle(rs), { sleutel: (r) => r.sleutel });
  private readonly markeringen = new Bundelaar<Markering, void>((ms) => this.markeerAlle(ms), { sleutel: (m) => m.id });

  constructor(private readonly ds: DataSource) {}

  /**
   * Records the attempt before sending (or finds the earlier record): a finished one is never sent again.
   * With `tempoLimiet`, the same statement reads how many e-mails and SMS the person got in the past hour.
   */
  claim(r: ClaimVerzoek): Promise<Claim> {
    return this.claims.voeg(r);
  }

  private async claimAlle(rs: ClaimVerzoek[]): Promise<Claim[]> {
    const rows = await voorbereid<{ nr: string; id: string; status: Bezorgstatus; vrij: Date | null }>(
      this.ds,
      'berichten.claim',
      `WITH invoer AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::bigint[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[])
           WITH ORDINALITY AS t(gemeente_id, deelnemer_id, account_id, event_id, match_id, sjabloon, kanaal, sleutel, fallback_van, limiet, nr)),
       geclaimd AS (
         INSERT INTO berichten (gemeente_id, deelnemer_id, account_id, event_id, match_id, sjabloon, kanaal, sleutel, fallback_van, pogingen)
         SELECT gemeente_id, deelnemer_id, account_id, event_id, match_id, sjabloon, kanaal, sleutel, fallback_van, 1 FROM invoer ORDER BY sleutel
         ON CONFLICT (sleutel) DO UPDATE SET pogingen = berichten.pogingen + 1, updated_at = now()
         RETURNING id, status, sleutel)
       SELECT i.nr, c.id, c.status, tempo.vrij
         FROM invoer i JOIN geclaimd c ON c.sleutel = i.sleutel
         LEFT JOIN LATERAL (
           SELECT CASE WHEN count(*) >= i.limiet THEN min(x.verzonden_op) + interval '1 hour' END AS vrij FROM (
             -- through berichten_deelnemer: no index holds verzonden_op, so marking a record sent stays a HOT update;
             -- 7 days covers a backlog held through a long outage (wachtBijStoring), which must count when it goes out
             SELECT b.verzonden_op FROM berichten b
              WHERE b.deelnemer_id = i.deelnemer_id AND b.created_at > now() - interval '7 days'
                AND b.kanaal IN ('email', 'sms') AND b.verzonden_op > now() - interval '1 hour'
              ORDER BY b.verzonden_op DESC LIMIT i.limiet) x) tempo ON i.limiet IS NOT NULL AND i.deelnemer_id IS NOT NULL
        ORDER BY i.nr`,
      [
        rs.map((r) => r.ontvanger.gemeenteId),
        rs.map((r) => r.ontvanger.deelnemerId),
        rs.map((r) => r.ontvanger.accountId),
        rs.map((r) => r.eventId),
        rs.map((r) => r.matchId),
        rs.map((r) => r.sjabloon),
        rs.map((r) => r.kanaal),
        rs.map((r) => r.sleutel),
        rs.map((r) => r.fallbackVan),
        rs.map((r) => r.tempoLimiet ?? null),
      ],
    );
    if (rows.length !== rs.length) throw new Error(`claimed ${rows.length} of ${rs.length} delivery records`);
    return rows.map((r) => ({ id: r.id, status: r.status, vrijVanaf: r.vrij ? new Date(r.vrij) : undefined }));
  }

  markeer(
    id: string,
    status: Bezorgstatus,
    extra: { externId?: string; fout?: string; uitgesteldTot?: Date; inhoud?: Record<string, unknown> } = {},
  ): Promise<void> {
    return this.markeringen.voeg({
      id,
      status,
      externId: extra.externId ?? null,
      fout: extra.fout ?? null,
      uitgesteldTot: extra.uitgesteldTot ?? null,
      inhoud: extra.inhoud ? JSON.stringify(extra.inhoud) : null,
    });
  }

  private async markeerAlle(ms: Markering[]): Promise<void[]> {
    await voorbereid(
      this.ds,
      'berichten.markeer',
      `UPDATE berichten b SET status = u.status, extern_id = COALESCE(u.extern_id, b.extern_id), fout = u.fout, uitgesteld_tot = u.uitgesteld_tot,
              inhoud = COALESCE(u.inhoud, b.inhoud), updated_at = now(),
              verzonden_op = CASE WHEN u.status IN ('sent', 'delivered') THEN COALESCE(b.verzonden_op, now()) ELSE b.verzonden_op END,
              afgeleverd_op = CASE WHEN u.status = 'delivered' THEN now() ELSE b.afgeleverd_op END
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::jsonb[]) AS u(id, status, extern_id, fout, uitgesteld_tot, inhoud)
        WHERE b.id = u.id`,
      [ms.map((m) => m.id), ms.map((m) => m.status), ms.map((m) => m.externId), ms.map((m) => m.fout), ms.map((m) => m.uitgesteldTot), ms.map((m) => m.inhoud)],
    );
    return ms.map(() => undefined);
  }

  async markeerOpSleutel(sleutel: string, status: Bezorgstatus, fout: string): Promise<void> {
    await this.ds.query(`UPDATE berichten SET status = $2, fout = $3, updated_at = now() WHERE sleutel = $1`, [sleutel, status, fout]);
  }
}
