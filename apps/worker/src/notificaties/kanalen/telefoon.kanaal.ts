import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { plaatsTaak } from '@app/matches';
import type { Bezorging, KanaalAfzender, Verzonden } from '@app/notificaties';

/** A makelaar calls: a task in the wijk's werkvoorraad with the exact words to say. */
@Injectable()
export class TelefoonKanaal implements KanaalAfzender {
  readonly kanaal = 'telefoon' as const;
  constructor(private readonly ds: DataSource) {}

  async verstuur(b: Bezorging): Promise<Verzonden> {
    const o = b.ontvanger;
    const sleutel = b.taakSleutel ?? `bericht:${b.sleutel}`;
    const id = await this.ds.transaction((m) =>
      plaatsTaak(m, {
        gemeenteId: o.gemeenteId,
        soort: 'bel-bericht',
        titel: `Bel ${o.voornaam ?? 'de deelnemer'} (${o.telefoon ?? 'geen nummer'}): ${b.tekst.onderwerp}`,
        instructie: b.tekst.bellen || b.tekst.tekst,
        prioriteit: 'hoog',
        wijkCode: o.wijkCode,
        deelnemerId: o.deelnemerId,
        hulpvraagId: b.hulpvraagId,
        matchId: b.matchId,
        vervaltOp: new Date(Date.now() + 24 * 3600_000),
        sleutel,
      }),
    );
    // an existing task (the same call already planned) counts as this message: the makelaar calls once
    return { status: 'sent', externId: id ?? sleutel };
  }
}
