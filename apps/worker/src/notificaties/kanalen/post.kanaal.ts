import { Injectable } from '@nestjs/common';
import { KanaalOnbereikbaar, type Bezorging, type KanaalAfzender, type Verzonden } from '@app/notificaties';

/** A letter: kept (queued) with its text until the daily batch prints it for the makelaar to post. */
@Injectable()
export class PostKanaal implements KanaalAfzender {
  readonly kanaal = 'post' as const;

  verstuur(b: Bezorging): Promise<Verzonden> {
    if (!b.ontvanger.adres) return Promise.reject(new KanaalOnbereikbaar('no postal address'));
    const inhoud = {
      naam: b.ontvanger.voornaam,
      adres: b.ontvanger.adres,
      onderwerp: b.tekst.onderwerp,
      tekst: b.tekst.tekst,
      makelaarTelefoon: b.makelaarTelefoon ?? null,
    };
    return Promise.resolve({ status: 'queued', inhoud });
  }
}
