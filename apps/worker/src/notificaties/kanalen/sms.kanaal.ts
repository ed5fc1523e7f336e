import { Inject, Injectable } from '@nestjs/common';
import { KanaalOnbereikbaar, naarE164, SMS_PROVIDER, type Bezorging, type KanaalAfzender, type SmsProvider, type Verzonden } from '@app/notificaties';

@Injectable()
export class SmsKanaal implements KanaalAfzender {
  readonly kanaal = 'sms' as const;
  constructor(@Inject(SMS_PROVIDER) private readonly provider: SmsProvider) {}

  async verstuur(b: Bezorging): Promise<Verzonden> {
    const naar = b.ontvanger.telefoon ? naarE164(b.ontvanger.telefoon) : undefined;
    if (!naar) throw new KanaalOnbereikbaar('no mobile number');
    const r = await this.provider.verstuur({ naar, tekst: b.tekst.kort, referentie: b.sleutel });
    return { status: r.afgeleverd ? 'delivered' : 'sent', externId: r.id };
  }
}
