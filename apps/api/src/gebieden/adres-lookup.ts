import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { normaliseerPostcode } from '@app/domain';

export interface AdresResultaat {
  postcode: string;
  huisnummer: string;
  wijk: { code: string; naam: string };
  buurt: { code: string; naam: string } | null;
  stadsdeel: string;
  locatie: { lat: number; lon: number };
  /** How exact `locatie` is: the PC4 centroid until a BAG adapter or a makelaar's pin says more. */
  nauwkeurigheid: 'pc4' | 'pc6' | 'adres' | 'handmatig';
}

/**
 * Resolves a Dutch address to area and coarse coordinates. A BAG/PDOK adapter can replace the PC4 one. Called
 * inside a transaction, it must be given that transaction's manager (`m`): taking a second pool connection while
 * holding one deadlocks the pool once every connection is held that way.
 */
export abstract class AdresLookup {
  abstract zoek(gemeenteId: string, postcode: string, huisnummer: string, m?: EntityManager): Promise<AdresResultaat | undefined>;
}

export const POSTCODE_PATTERN = /^[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Za-z]{2}$/;

/** Offline lookup on the CBS PC4 table: there is no PC6 data offline, so the wijk is the PC4's main wijk. */
@Injectable()
export class Pc4AdresLookup extends AdresLookup {
  constructor(private readonly ds: DataSource) {
    super();
  }

  async zoek(gemeenteId: string, postcode: string, huisnummer: string, m: EntityManager = this.ds.manager): Promise<AdresResultaat | undefined> {
    const pc = normaliseerPostcode(postcode);
    const rows: {
      wijk_code: string;
      wijk_naam: string;
      stadsdeel: string;
      buurt_code: string | null;
      buurt_naam: string | null;
      lat: number;
      lon: number;
    }[] = await m.query(
      `SELECT p.wijk_code, w.naam AS wijk_naam, w.stadsdeel, p.buurt_code, b.naam AS buurt_naam, p.lat, p.lon
         FROM postcodegebieden p JOIN wijken w ON w.code = p.wijk_code LEFT JOIN buurten b ON b.code = p.buurt_code
        WHERE p.pc4 = $1 AND p.gemeente_id = $2`,
      [pc.slice(0, 4), gemeenteId],
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      postcode: pc,
      huisnummer,
      wijk: { code: r.wijk_code, naam: r.wijk_naam },
      buurt: r.buurt_code ? { code: r.buurt_code, naam: r.buurt_naam! } : null,
      stadsdeel: r.stadsdeel,
      locatie: { lat: r.lat, lon: r.lon },
      nauwkeurigheid: 'pc4',
    };
  }
}
