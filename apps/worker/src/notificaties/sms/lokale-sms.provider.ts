import type { DataSource } from 'typeorm';
import type { SmsProvider } from '@app/notificaties';

/** The stand-in outside production: records each message once (by reference) where the dev page shows it. */
export class LokaleSmsProvider implements SmsProvider {
  readonly naam = 'lokaal';
  constructor(private readonly ds: DataSource) {}

  async verstuur(b: { naar: string; tekst: string; referentie: string }): Promise<{ id: string; afgeleverd: boolean }> {
    await this.ds.query(`INSERT INTO dev_sms (referentie, naar, tekst) VALUES ($1,$2,$3) ON CONFLICT (referentie) DO NOTHING`, [b.referentie, b.naar, b.tekst]);
    return { id: `lokaal:${b.referentie}`, afgeleverd: true };
  }
}
