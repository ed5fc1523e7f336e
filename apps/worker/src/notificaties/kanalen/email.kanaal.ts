import { Injectable } from '@nestjs/common';
import { KanaalOnbereikbaar, type Bezorging, type KanaalAfzender, type Verzonden } from '@app/notificaties';
import { alsExtern } from '../externe-fout';
import { Mailer } from '../mail/mailer';

@Injectable()
export class EmailKanaal implements KanaalAfzender {
  readonly kanaal = 'email' as const;
  constructor(private readonly mailer: Mailer) {}

  async verstuur(b: Bezorging): Promise<Verzonden> {
    if (!b.ontvanger.email) throw new KanaalOnbereikbaar('no e-mail address');
    const id = await alsExtern(this.mailer.verstuur({ naar: b.ontvanger.email, onderwerp: b.tekst.onderwerp, tekst: b.tekst.tekst, sleutel: b.sleutel }));
    return { status: 'sent', externId: id };
  }
}
