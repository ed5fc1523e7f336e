import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Caller, OptionalCaller, Public, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { bestand, PDF } from '../common/bestand';
import { IdempotencyInterceptor } from '../common/idempotency.interceptor';
import { UuidParam } from '../common/params';
import { TenantService } from '../tenancy/tenant.service';
import { AanbodService } from './aanbod.service';
import { HulpvragenService } from './hulpvragen.service';
import {
  AanbodDto,
  AanbodWijzigingDto,
  DoorverwijzenDto,
  HulpvraagDto,
  HulpvraagWijzigingDto,
  IntrekkenDto,
  LijstQuery,
  PrikbordQuery,
} from './marktplaats.dto';
import { PapierService } from './papier.service';
import { PrikbordService } from './prikbord.service';

@ApiTags('hulpvragen')
@ApiBearerAuth()
@Controller('hulpvragen')
export class HulpvragenController {
  constructor(private readonly service: HulpvragenService) {}

  @Post()
  @UseInterceptors(IdempotencyInterceptor)
  @ApiOperation({ summary: 'Hulpvraag plaatsen (zelf, als gemachtigde, of door de makelaar voor een bewoner)' })
  maak(@Caller() p: Principal, @Body() dto: HulpvraagDto) {
    return this.service.maak(p, dto);
  }

  @Get()
  lijst(@Caller() p: Principal, @Query() q: LijstQuery) {
    return this.service.lijst(p, q);
  }

  @Get(':id')
  vind(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.vind(p, id);
  }

  @Patch(':id')
  wijzig(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: HulpvraagWijzigingDto) {
    return this.service.wijzig(p, id, dto);
  }

  @Get(':id/geschiedenis')
  @ApiOperation({ summary: 'Elke wijziging: wie, wanneer, via welk kanaal' })
  geschiedenis(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.geschiedenis(p, id);
  }

  @Post(':id/publiceren')
  @HttpCode(200)
  publiceren(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.overgang(p, id, 'publiceren');
  }

  @Post(':id/intrekken')
  @HttpCode(200)
  intrekken(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: IntrekkenDto) {
    return this.service.overgang(p, id, 'intrekken', dto);
  }

  @Rollen('makelaar', 'beheerder', 'professional')
  @Post(':id/doorverwijzen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Doorverwijzen naar een professional of andere organisatie (reden uit de standaardlijst)' })
  doorverwijzen(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: DoorverwijzenDto) {
    return this.service.overgang(p, id, 'doorverwijzen', dto);
  }
}

@ApiTags('aanbod')
@ApiBearerAuth()
@Controller('aanbod')
export class AanbodController {
  constructor(private readonly service: AanbodService) {}

  @Post()
  @UseInterceptors(IdempotencyInterceptor)
  @ApiOperation({ summary: 'Aanbod plaatsen: wat, waar, wanneer en hoeveel iemand wil helpen' })
  maak(@Caller() p: Principal, @Body() dto: AanbodDto) {
    return this.service.maak(p, dto);
  }

  @Get()
  lijst(@Caller() p: Principal, @Query() q: LijstQuery) {
    return this.service.lijst(p, q);
  }

  @Get(':id')
  vind(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.vind(p, id);
  }

  @Patch(':id')
  wijzig(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: AanbodWijzigingDto) {
    return this.service.wijzig(p, id, dto);
  }

  @Post(':id/pauzeren')
  @HttpCode(200)
  pauzeren(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.overgang(p, id, 'pauzeren');
  }

  @Post(':id/activeren')
  @HttpCode(200)
  activeren(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.overgang(p, id, 'activeren');
  }

  @Post(':id/beeindigen')
  @HttpCode(200)
  beeindigen(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.overgang(p, id, 'beeindigen');
  }
}

@ApiTags('prikbord')
@Controller()
export class PrikbordController {
  constructor(
    private readonly prikbord: PrikbordService,
    private readonly papier: PapierService,
    private readonly tenants: TenantService,
  ) {}

  @Public()
  @Get('prikbord')
  @ApiOperation({ summary: 'Open hulpvragen en actief aanbod per wijk, zonder namen of adressen; zoeken en stabiele cursors' })
  async lijst(@OptionalCaller() p: Principal | undefined, @Query() q: PrikbordQuery) {
    return this.prikbord.lijst((await this.tenants.resolve(p, q.gemeente)).id, q);
  }

  @Public()
  @Get('prikbord/:wijk.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'A4-prikbordblad voor de wijk: grote letters, pictogrammen, afscheurstrookjes met nummers' })
  async pdf(@OptionalCaller() p: Principal | undefined, @Param('wijk') wijk: string, @Query() q: PrikbordQuery) {
    const pdf = await this.papier.prikbordPdf((await this.tenants.resolve(p, q.gemeente)).id, wijk);
    return bestand(pdf, PDF, `prikbord-${wijk}.pdf`, { inline: true });
  }

  @ApiBearerAuth()
  @Rollen('makelaar', 'beheerder')
  @Get('bellijst.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Bellijst van de makelaar als CSV (Excel, puntkomma)' })
  @Header('Cache-Control', 'no-store')
  async csv(@Caller() p: Principal) {
    const rows = await this.papier.bellijst(p);
    return bestand(this.papier.bellijstCsv(rows), 'text/csv; charset=utf-8', 'bellijst.csv');
  }

  @ApiBearerAuth()
  @Rollen('makelaar', 'beheerder')
  @Get('bellijst.pdf')
  @ApiProduces('application/pdf')
  @Header('Cache-Control', 'no-store')
  async bellijstPdf(@Caller() p: Principal) {
    const pdf = await this.papier.bellijstPdf(await this.papier.bellijst(p));
    return bestand(pdf, PDF, 'bellijst.pdf', { inline: true });
  }
}
