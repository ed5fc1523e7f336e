import type { DataSource } from 'typeorm';
import { voorbereid } from '@app/persistence';
import type { SmsProvider } from '@app/notificaties';
import { Bundelaar } from '../bundelaar';

interface Sms {
  naar: string;
  tekst: string;
  referentie: string;
}

/**
 * The stand-in outside production: records each message once (by reference) where the dev page shows it.
 * Messages of concurrent jobs are written in one statement.
 */
export class LokaleSmsProvider implements SmsProvider {
  readonly naam = 'lokaal';
  private readonly schrijver = new Bundelaar<Sms, void>(async (ss) => {
    await voorbereid(
      this.ds,
      'dev-sms.schrijf',
      `INSERT INTO dev_sms (referentie, naar, tekst) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (referentie) DO NOTHING`,
      [ss.map((s) => s.referentie), ss.map((s) => s.naar), ss.map((s) => s.tekst)],
    );
    return ss.map(() => undefined);
  });

  constructor(private readonly ds: DataSource) {}

  async verstuur(b: Sms): Promise<{ id: string; afgeleverd: boolean }> {
    await this.schrijver.voeg({ referentie: b.referentie, naar: b.naar, tekst: b.tekst });
    return { id: `lokaal:${b.referentie}`, afgeleverd: true };
  }
}
