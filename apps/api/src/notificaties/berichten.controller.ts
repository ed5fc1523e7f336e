import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { UuidParam } from '../common/params';
import { DeelnemersService } from '../deelnemers/deelnemers.service';

/** Delivery status per message for the makelaar: which channel, queued/sent/delivered/failed, which fallback. */
@ApiTags('notificaties')
@ApiBearerAuth()
@Controller('deelnemers')
export class BerichtenController {
  constructor(
    private readonly ds: DataSource,
    private readonly deelnemers: DeelnemersService,
    private readonly audit: AuditService,
  ) {}

  @Rollen('makelaar', 'beheerder')
  @Get(':id/berichten')
  @ApiOperation({ summary: 'Berichten aan een deelnemer en hun bezorgstatus (inzage wordt gelogd)' })
  async berichten(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    await this.deelnemers.laad(p, id);
    await this.audit.record(p, 'lezen', 'berichten', id, id);
    return this.ds.query(
      `SELECT id, sjabloon, kanaal, status, fallback_van AS "fallbackVan", pogingen, fout, match_id AS "matchId", post_batch_id AS "postBatchId",
              uitgesteld_tot AS "uitgesteldTot", created_at AS "aangemaaktOp", verzonden_op AS "verzondenOp", afgeleverd_op AS "afgeleverdOp"
         FROM berichten WHERE deelnemer_id = $1 AND gemeente_id = $2 ORDER BY created_at DESC, kanaal LIMIT 200`,
      [id, p.gemeenteId],
    );
  }
}
