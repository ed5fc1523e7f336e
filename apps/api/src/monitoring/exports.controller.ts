import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { TenantService } from '../tenancy/tenant.service';
import { ExportsService } from './exports.service';
import { eigenGemeente } from './eigen-gemeente';

const TYPES: Record<string, string> = { '.csv': 'text/csv; charset=utf-8', '.json': 'application/json; charset=utf-8' };

@ApiTags('monitoring')
@ApiBearerAuth()
@Rollen('gemeente', 'beheerder')
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly exports: ExportsService,
    private readonly tenants: TenantService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Dagelijkse open-data-exports van de eigen gemeente, nieuwste eerst' })
  async lijst(@Caller() p: Principal) {
    return this.exports.lijst((await eigenGemeente(this.tenants, p)).code);
  }

  @Get('*pad')
  @ApiOperation({ summary: 'Eén exportbestand: <datum>/v<versie>/<bestand> zoals in de lijst' })
  async bestand(@Caller() p: Principal, @Param('pad') pad: string | string[], @Res() res: Response) {
    const id = Array.isArray(pad) ? pad.join('/') : pad;
    const vol = await this.exports.bestand((await eigenGemeente(this.tenants, p)).code, id);
    const ext = vol.slice(vol.lastIndexOf('.'));
    res.type(TYPES[ext]).setHeader('Content-Disposition', `attachment; filename="${id.replaceAll('/', '_')}"`);
    res.sendFile(vol);
  }
}
