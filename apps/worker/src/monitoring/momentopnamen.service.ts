import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { kalenderdag } from '@app/domain';
import { KerncijfersService } from '../../../api/src/monitoring/kerncijfers.service';
import { geslotenPeriodes, ruimMomentopnamenOp, schrijfMomentopname } from '../../../api/src/monitoring/momentopname';
import { GROEPERINGEN } from '../../../api/src/monitoring/verzoek';

export interface MomentopnamenUitkomst {
  gemeenten: number;
  opnamen: number;
}

/**
 * Nightly: the kerncijfers of every closed month, quarter and year of this and last year, per grouping, for each
 * gemeente (or one), so the dashboard reads them instead of scanning a year of rows. Recomputed every night, so
 * late edits to a closed period show the next day. Each result is one upsert: a crash leaves whole results.
 */
@Injectable()
export class MomentopnamenService {
  private readonly logger = new Logger(MomentopnamenService.name);
  private readonly kerncijfers: KerncijfersService;

  constructor(private readonly ds: DataSource) {
    this.kerncijfers = new KerncijfersService(ds);
  }

  async run(nu = new Date(), gemeenteCode?: string): Promise<MomentopnamenUitkomst> {
    const gemeenten: { id: string; code: string; naam: string }[] = await this.ds.query(
      `SELECT id, code, naam FROM gemeenten WHERE $1::text IS NULL OR code = $1 ORDER BY code`,
      [gemeenteCode ?? null],
    );
    const periodes = geslotenPeriodes(kalenderdag(nu));
    let opnamen = 0;
    for (const g of gemeenten) {
      for (const periode of periodes) {
        for (const groepeer of GROEPERINGEN) {
          const v = { periode, filters: {}, groepeer };
          await schrijfMomentopname(this.ds, g.id, v, await this.kerncijfers.bereken(g, v, nu), nu);
          opnamen++;
        }
      }
      await ruimMomentopnamenOp(this.ds, g.id, nu);
    }
    this.logger.log(`kerncijfers of closed periods: ${opnamen} result(s) for ${gemeenten.length} gemeente(n)`);
    return { gemeenten: gemeenten.length, opnamen };
  }
}
