import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Problem } from '@app/common';
import { plaatsTaak } from '@app/matches';
import { leesAntwoord, normaliseerTelefoon, type InkomendeSms } from '@app/notificaties';
import type { Principal, Rol } from '../auth/principal';
import { MatchesService } from '../matches/matches.service';

export type SmsResultaat = 'geaccepteerd' | 'afgewezen' | 'onbekend-antwoord' | 'geen-open-aanbod' | 'taak-voor-makelaar' | string;

interface OpenAanbod {
  match_id: string;
  helper_id: string;
  gemeente_id: string;
  wijk_code: string;
  voornaam: string | null;
  account_id: string | null;
  rollen: Rol[] | null;
}

/**
 * A helper's "JA"/"NEE" by SMS to an offer. It goes through MatchesService as the helper (their own login), so
 * the same locks and the unique index decide when two answers race. Each provider message acts once.
 */
@Injectable()
export class SmsAntwoordService {
  private readonly logger = new Logger(SmsAntwoordService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly matches: MatchesService,
  ) {}

  async verwerk(sms: InkomendeSms): Promise<{ resultaat: SmsResultaat; matchId?: string }> {
    const [eerder] = await this.ds.query(`SELECT resultaat, match_id FROM sms_inkomend WHERE provider_id = $1`, [sms.id]);
    if (eerder) return { resultaat: eerder.resultaat, matchId: eerder.match_id ?? undefined };
    const antwoord = leesAntwoord(sms.tekst);
    const aanbod = antwoord ? await this.openAanbod(sms.van) : undefined;
    const resultaat = !antwoord ? 'onbekend-antwoord' : !aanbod ? 'geen-open-aanbod' : await this.antwoord(aanbod, antwoord);
    await this.ds.query(
      `INSERT INTO sms_inkomend (provider_id, gemeente_id, deelnemer_id, match_id, antwoord, resultaat) VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING`,
      [sms.id, aanbod?.gemeente_id ?? null, aanbod?.helper_id ?? null, aanbod?.match_id ?? null, antwoord ?? 'onbekend', resultaat],
    );
    this.logger.log(`inbound SMS ${sms.id}: ${resultaat}`);
    return { resultaat, matchId: aanbod?.match_id };
  }

  /** The newest open offer to the helper with this number; one that went out by SMS first. */
  private async openAanbod(van: string): Promise<OpenAanbod | undefined> {
    const n = normaliseerTelefoon(van);
    if (!n) return undefined;
    const [r] = (await this.ds.query(
      `SELECT m.id AS match_id, m.helper_id, m.gemeente_id, m.wijk_code, d.voornaam, a.id AS account_id, a.rollen
         FROM matches m JOIN deelnemers d ON d.id = m.helper_id
         LEFT JOIN LATERAL (SELECT id, rollen FROM accounts WHERE deelnemer_id = d.id AND actief ORDER BY created_at LIMIT 1) a ON true
        WHERE m.status = 'aangeboden' AND regexp_replace(d.telefoon, '[^0-9+]', '', 'g') = ANY ($1)
        ORDER BY EXISTS (SELECT 1 FROM berichten b WHERE b.match_id = m.id AND b.kanaal = 'sms' AND b.status IN ('sent', 'delivered')) DESC, m.aangeboden_op DESC
        LIMIT 1`,
      [[n, `+31${n.slice(1)}`, `0031${n.slice(1)}`]],
    )) as OpenAanbod[];
    return r;
  }

  private async antwoord(a: OpenAanbod, antwoord: 'ja' | 'nee'): Promise<SmsResultaat> {
    if (!a.account_id) return this.naarMakelaar(a, antwoord);
    const helper: Principal = { accountId: a.account_id, gemeenteId: a.gemeente_id, rollen: a.rollen ?? [], deelnemerId: a.helper_id, wijkCodes: [] };
    try {
      if (antwoord === 'ja') await this.matches.accepteren(helper, a.match_id);
      else await this.matches.afwijzen(helper, a.match_id, 'nee per sms');
      return antwoord === 'ja' ? 'geaccepteerd' : 'afgewezen';
    } catch (e) {
      if (e instanceof Problem) return e.code;
      throw e;
    }
  }

  /** A helper without a login cannot act in the system; the makelaar does it for them after the SMS. */
  private async naarMakelaar(a: OpenAanbod, antwoord: 'ja' | 'nee'): Promise<SmsResultaat> {
    await this.ds.transaction((m) =>
      plaatsTaak(m, {
        gemeenteId: a.gemeente_id,
        soort: 'sms-antwoord-verwerken',
        titel: `${a.voornaam ?? 'Een vrijwilliger'} antwoordde ${antwoord.toUpperCase()} per SMS op een aanbod`,
        instructie: antwoord === 'ja' ? 'Accepteer de match namens de vrijwilliger.' : 'Wijs de match af namens de vrijwilliger.',
        prioriteit: 'hoog',
        wijkCode: a.wijk_code,
        deelnemerId: a.helper_id,
        matchId: a.match_id,
        sleutel: `sms-antwoord:${a.match_id}:${antwoord}`,
      }),
    );
    return 'taak-voor-makelaar';
  }
}
