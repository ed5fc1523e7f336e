import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { kamers, KanaalOnbereikbaar, RealtimeEvent, type Bezorging, type KanaalAfzender, type Verzonden } from '@app/notificaties';
import { RealtimePublisher } from '../realtime.publisher';

/** In-app: stored for the next login (GET /api/v1/notificaties) and pushed to the person's open sockets. */
@Injectable()
export class AppKanaal implements KanaalAfzender {
  readonly kanaal = 'app' as const;

  constructor(
    private readonly ds: DataSource,
    private readonly realtime: RealtimePublisher,
  ) {}

  async verstuur(b: Bezorging): Promise<Verzonden> {
    const o = b.ontvanger;
    if (!o.deelnemerId && !o.accountId) throw new KanaalOnbereikbaar('no account');
    const rows: { id: string }[] = await this.ds.query(
      `INSERT INTO notificaties (gemeente_id, deelnemer_id, account_id, sjabloon, titel, tekst, link, sleutel) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
       ON CONFLICT (sleutel) DO NOTHING RETURNING id`,
      [o.gemeenteId, o.deelnemerId, o.accountId, b.sjabloon, b.tekst.onderwerp, b.tekst.kort, b.link ?? null, b.sleutel],
    );
    // a re-run after a crash stored nothing new and pushes nothing again
    if (rows[0] && o.deelnemerId) {
      await this.realtime.publish({
        kamers: [kamers.deelnemer(o.deelnemerId)],
        event: RealtimeEvent.Notificatie,
        data: { id: rows[0].id, sjabloon: b.sjabloon, titel: b.tekst.onderwerp, tekst: b.tekst.kort, link: b.link ?? null },
      });
    }
    return { status: 'sent', externId: rows[0]?.id };
  }
}
