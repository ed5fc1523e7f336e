import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InjectConfig, type AppConfig } from '@app/config';
import { kalenderdag } from '@app/domain';
import { taalVan, tekstVoor } from '@app/notificaties';
import { BezorgService } from './bezorg.service';

const MAX_VRAGEN = 10;

interface Lezer {
  deelnemer_id: string;
  account_id: string | null;
  gemeente_id: string;
  voornaam: string | null;
  email: string;
  talen: string[] | null;
  wijk_code: string | null;
  vragen: { titel: string; wijk: string }[];
}

/**
 * Weekly: volunteers who opted in (consent doel 'digest', not withdrawn), with an e-mail address and not marked
 * offline, get the open requests of the past week in their own wijk. Nothing new, no mail. One per person per
 * week (the delivery key holds the week).
 */
@Injectable()
export class DigestService {
  constructor(
    private readonly ds: DataSource,
    private readonly bezorg: BezorgService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async run(nu = new Date()): Promise<number> {
    const week = kalenderdag(new Date(nu.getTime() - ((nu.getUTCDay() + 6) % 7) * 86400_000));
    const lezers: Lezer[] = await this.ds.query(
      `SELECT d.id AS deelnemer_id, a.id AS account_id, d.gemeente_id, d.voornaam, COALESCE(d.email, a.email) AS email, d.talen, d.wijk_code, v.vragen
         FROM deelnemers d
         LEFT JOIN LATERAL (SELECT id, email FROM accounts WHERE deelnemer_id = d.id AND actief LIMIT 1) a ON true
         CROSS JOIN LATERAL (
           SELECT json_agg(json_build_object('titel', x.titel, 'wijk', x.naam)) AS vragen FROM (
             SELECT h.titel, w.naam FROM hulpvragen h JOIN wijken w ON w.code = h.wijk_code
              WHERE h.gemeente_id = d.gemeente_id AND h.wijk_code = d.wijk_code AND h.status = 'open' AND h.created_at > $1::timestamptz - interval '7 days'
                AND h.deelnemer_id <> d.id
              ORDER BY h.created_at DESC LIMIT ${MAX_VRAGEN}) x) v
        WHERE 'vrijwilliger' = ANY (d.rollen) AND NOT d.offline AND d.gepseudonimiseerd_op IS NULL AND v.vragen IS NOT NULL
          AND COALESCE(d.email, a.email) IS NOT NULL
          AND EXISTS (SELECT 1 FROM toestemmingen t WHERE t.deelnemer_id = d.id AND t.doel = 'digest' AND t.ingetrokken_op IS NULL)`,
      [nu],
    );
    for (const l of lezers) {
      const taal = taalVan(l.talen);
      const link = `${this.config.publicUrl}/#/prikbord`;
      await this.bezorg.opKanaal(
        {
          sleutel: `digest:${week}:${l.deelnemer_id}:email`,
          sjabloon: 'digest',
          tekst: tekstVoor('digest', taal, { voornaam: l.voornaam, vragen: l.vragen, link }),
          ontvanger: {
            gemeenteId: l.gemeente_id,
            deelnemerId: l.deelnemer_id,
            accountId: l.account_id,
            voornaam: l.voornaam,
            email: l.email,
            telefoon: null,
            taal,
            wijkCode: l.wijk_code,
            adres: null,
          },
          matchId: null,
          hulpvraagId: null,
          link,
        },
        'email',
        null,
        null,
      );
    }
    return lezers.length;
  }
}
