import { Inject, Injectable } from '@nestjs/common';
import { KanaalOnbereikbaar, naarE164, SMS_PROVIDER, type Bezorging, type KanaalAfzender, type SmsProvider, type Verzonden } from '@app/notificaties';
import { alsExtern } from '../externe-fout';

@Injectable()
export class SmsKanaal implements KanaalAfzender {
  readonly kanaal = 'sms' as const;
  constructor(@Inject(SMS_PROVIDER) private readonly provider: SmsProvider) {}

  async verstuur(b: Bezorging): Promise<Verzonden> {
    const naar = b.ontvanger.telefoon ? naarE164(b.ontvanger.telefoon) : undefined;
    if (!naar) throw new KanaalOnbereikbaar('no mobile number');
    // the local stand-in writes to our own database: its outage is ours, not an outside party's
    const verstuurd = this.provider.verstuur({ naar, tekst: b.tekst.kort, referentie: b.sleutel });
    const r = await (this.provider.naam === 'lokaal' ? verstuurd : alsExtern(verstuurd));
    return { status: r.afgeleverd ? 'delivered' : 'sent', externId: r.id };
  }
}
