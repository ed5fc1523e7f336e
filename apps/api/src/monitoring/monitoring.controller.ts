import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { bestand, PDF } from '../common/bestand';
import { Caller, Public, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { TenantService } from '../tenancy/tenant.service';
import { eigenGemeente } from './eigen-gemeente';
import { KOLOMMEN, SCHEMA_VERSIE } from './export-formaat';
import { KerncijfersService } from './kerncijfers.service';
import { kwartaalrapportPdf } from './kwartaalrapport';
import { GROEPERINGEN, kwartaal, leesVerzoek } from './verzoek';

class KerncijfersQuery {
  @ApiPropertyOptional({ example: '2025-01-01' }) @IsOptional() @IsString() @MaxLength(10) van?: string;
  @ApiPropertyOptional({ example: '2025-12-31' }) @IsOptional() @IsString() @MaxLength(10) tot?: string;
  @ApiPropertyOptional({ description: 'Gemeentecode (GM0392) of id; alleen de eigen gemeente' }) @IsOptional() @IsString() @MaxLength(40) gemeente?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(60) stadsdeel?: string;
  @ApiPropertyOptional({ example: 'WK039201' }) @IsOptional() @IsString() @MaxLength(20) wijk?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(60) categorie?: string;
  @ApiPropertyOptional({ enum: GROEPERINGEN }) @IsOptional() @IsString() @MaxLength(20) groepeer?: string;
}

class KwartaalQuery {
  @ApiPropertyOptional({ example: '2025' }) @IsOptional() @IsString() @MaxLength(4) jaar?: string;
  @ApiPropertyOptional({ example: '1' }) @IsOptional() @IsString() @MaxLength(1) kwartaal?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(40) gemeente?: string;
}

@ApiTags('monitoring')
@ApiBearerAuth()
@Rollen('gemeente', 'beheerder')
@Controller('monitoring')
export class MonitoringController {
  constructor(
    private readonly kerncijfers: KerncijfersService,
    private readonly tenants: TenantService,
  ) {}

  @Get('kerncijfers')
  @ApiOperation({ summary: 'Kerncijfers: deelnemers, hulpvragen, matches, doorlooptijden, onvervulde vraag; geaggregeerd, kleine aantallen als "<5"' })
  async cijfers(@Caller() p: Principal, @Query() q: KerncijfersQuery) {
    const g = await eigenGemeente(this.tenants, p, q.gemeente);
    return this.kerncijfers.lees(g, leesVerzoek(q, new Date()));
  }

  @Get('kwartaalrapport.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Kwartaalrapport (PDF) met staafdiagrammen per wijk' })
  @Header('Cache-Control', 'no-store')
  async rapport(@Caller() p: Principal, @Query() q: KwartaalQuery) {
    const g = await eigenGemeente(this.tenants, p, q.gemeente);
    const kw = kwartaal(q.jaar, q.kwartaal);
    const cijfers = await this.kerncijfers.lees(g, { periode: { van: kw.van, tot: kw.tot }, filters: {}, groepeer: 'wijk' });
    const pdf = await kwartaalrapportPdf(cijfers, kw);
    return bestand(pdf, PDF, `kwartaalrapport-${g.code}-${kw.jaar}-Q${kw.kwartaal}.pdf`, { inline: true });
  }

  // open data: the column definitions are published for anyone who reads the export
  @Public()
  @Get('data-dictionary')
  @ApiOperation({ summary: 'Kolommen van de dagelijkse open-data-export (ook als docs/data-dictionary.md)' })
  dictionary() {
    return { schemaVersie: SCHEMA_VERSIE, kolommen: KOLOMMEN, documentatie: 'docs/data-dictionary.md' };
  }
}
