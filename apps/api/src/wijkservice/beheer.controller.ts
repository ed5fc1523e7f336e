import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Caller, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { leesInstellingen, schrijfInstellingen } from './instellingen';
import { WijkserviceMonitoringService } from './monitoring.service';
import { leesPeriode } from './periode';
import { InstellingenDto, PeriodeQuery } from './wijkservice.dto';

/** The gemeente's Wijkservice settings and its aggregate figures. */
@ApiTags('wijkservice')
@ApiBearerAuth()
@Controller('wijkservice')
export class WijkserviceBeheerController {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly monitoring: WijkserviceMonitoringService,
  ) {}

  @Rollen('beheerder', 'makelaar', 'professional', 'gemeente')
  @Get('instellingen')
  instellingen(@Caller() p: Principal) {
    return leesInstellingen(this.ds.manager, p.gemeenteId);
  }

  @Rollen('beheerder')
  @Put('instellingen')
  @ApiOperation({ summary: 'Modus (vrijwillig of tegenprestatie) en een vaste vergoeding per taak (alleen vastgelegd)' })
  async zetInstellingen(@Caller() p: Principal, @Body() dto: InstellingenDto) {
    const w = { modus: dto.modus, vergoedingPerTaakCent: dto.vergoedingPerTaakCent ?? null };
    await schrijfInstellingen(this.ds.manager, p.gemeenteId, w);
    await this.audit.record(p, 'wijzigen', 'wijkservice-instellingen', p.gemeenteId, null, w);
    return w;
  }

  @Rollen('gemeente', 'beheerder')
  @Get('monitoring')
  @ApiOperation({ summary: 'Wijkservice: uren, actieve deelnemers, gedane taken, uitstroomredenen en overrides; kleine aantallen als "<5"' })
  cijfers(@Caller() p: Principal, @Query() q: PeriodeQuery) {
    return this.monitoring.cijfers(p, leesPeriode(q));
  }
}
