import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { notFound } from '@app/common';
import { bestand, PDF } from '../common/bestand';
import { AuditService } from '../audit/audit.service';
import { Caller, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { UuidParam } from '../common/params';

/** The daily letters (residents who prefer post) as one PDF per batch, for the makelaar to print and post. */
@ApiTags('notificaties')
@ApiBearerAuth()
@Rollen('makelaar', 'beheerder')
@Controller('post-batches')
export class PostController {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'De dagelijkse brievenbatches (nieuwste eerst)' })
  lijst(@Caller() p: Principal) {
    return this.ds.query(`SELECT id, datum, aantal, created_at AS "aangemaaktOp" FROM post_batches WHERE gemeente_id = $1 ORDER BY created_at DESC LIMIT 60`, [
      p.gemeenteId,
    ]);
  }

  @Get(':id/pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'De brieven van één batch om te printen (wordt gelogd)' })
  @Header('Cache-Control', 'no-store')
  async pdf(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    const [b] = await this.ds.query(`SELECT pdf, datum FROM post_batches WHERE id = $1 AND gemeente_id = $2`, [id, p.gemeenteId]);
    if (!b) throw notFound('Brievenbatch', id);
    await this.audit.record(p, 'afdrukken', 'post_batch', id, null);
    return bestand(b.pdf as Buffer, PDF, `brieven-${id}.pdf`);
  }
}
