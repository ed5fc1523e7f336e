import * as fs from 'node:fs';
import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Caller, Rollen } from '../auth/decorators';
import { bestand } from '../common/bestand';
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

  // Fastify's wildcard is unnamed (the rest of the path is param '*'); OpenAPI calls it {path}
  @Get('*')
  @ApiParam({ name: 'path', type: String, description: '<datum>/v<versie>/<bestand>, zoals in de lijst' })
  @ApiOperation({ summary: 'Eén exportbestand: <datum>/v<versie>/<bestand> zoals in de lijst' })
  async bestand(@Caller() p: Principal, @Req() req: FastifyRequest<{ Params: { '*': string } }>) {
    const id = req.params['*'];
    const vol = await this.exports.bestand((await eigenGemeente(this.tenants, p)).code, id);
    const ext = vol.slice(vol.lastIndexOf('.'));
    return bestand(fs.createReadStream(vol), TYPES[ext], id.replaceAll('/', '_'), { length: (await fs.promises.stat(vol)).size });
  }
}
