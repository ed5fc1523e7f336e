import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface Tellers {
  openHulpvragen: number;
  openTaken: number;
  openAanbiedingen: number;
  at: string;
}

/** Live counters for the gemeente dashboard: aggregates only. */
@Injectable()
export class TellersService {
  constructor(private readonly ds: DataSource) {}

  async voor(gemeenteId: string): Promise<Tellers> {
    const [r] = await this.ds.query(
      `SELECT (SELECT count(*)::int FROM hulpvragen WHERE gemeente_id = $1 AND status = 'open') AS "openHulpvragen",
              (SELECT count(*)::int FROM taken WHERE gemeente_id = $1 AND status IN ('open', 'opgepakt')) AS "openTaken",
              (SELECT count(*)::int FROM matches WHERE gemeente_id = $1 AND status = 'aangeboden') AS "openAanbiedingen"`,
      [gemeenteId],
    );
    return { ...r, at: new Date().toISOString() };
  }
}
