import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { UuidParam } from '../common/params';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unprocessable } from '@app/common';
import { Caller, OptionalCaller, Public, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { TenantService } from '../tenancy/tenant.service';
import { AdresLookup } from './adres-lookup';
import { AdresQuery, CategorieUpdateDto, GemeenteQuery, LocatieDto, WerkgebiedDto } from './gebieden.dto';
import { GebiedenService } from './gebieden.service';

const CBS = 'Bron: CBS, Kadaster (CC BY 4.0)';

@ApiTags('gebieden')
@ApiBearerAuth()
@Controller()
export class GebiedenController {
  constructor(
    private readonly service: GebiedenService,
    private readonly tenants: TenantService,
    private readonly adressen: AdresLookup,
  ) {}

  @Public()
  @Get('wijken')
  @ApiOperation({ summary: 'Wijken van de gemeente (CBS), met centroid' })
  @Header('X-Bron', CBS)
  async wijken(@OptionalCaller() p: Principal | undefined, @Query() q: GemeenteQuery) {
    return this.service.wijken((await this.tenants.resolve(p, q.gemeente)).id);
  }

  @Public()
  @Get('wijken.geojson')
  @ApiOperation({ summary: 'Wijkgrenzen als GeoJSON (voor de kaart, zonder online tegels)' })
  async wijkenGeojson(@OptionalCaller() p: Principal | undefined, @Query() q: GemeenteQuery) {
    return this.service.geojson((await this.tenants.resolve(p, q.gemeente)).id, 'wijken');
  }

  @Public()
  @Get('buurten.geojson')
  @ApiOperation({ summary: 'Buurtgrenzen als GeoJSON' })
  async buurtenGeojson(@OptionalCaller() p: Principal | undefined, @Query() q: GemeenteQuery) {
    return this.service.geojson((await this.tenants.resolve(p, q.gemeente)).id, 'buurten');
  }

  @Public()
  @Get('wijken/:code')
  @ApiOperation({ summary: 'Eén wijk met haar buurten' })
  async wijk(@OptionalCaller() p: Principal | undefined, @Param('code') code: string, @Query() q: GemeenteQuery) {
    return this.service.wijk((await this.tenants.resolve(p, q.gemeente)).id, code);
  }

  @Public()
  @Get('adressen')
  @ApiOperation({ summary: 'Postcode + huisnummer → wijk, buurt, stadsdeel en grove coördinaten (PC4)' })
  async adres(@OptionalCaller() p: Principal | undefined, @Query() q: AdresQuery) {
    const g = await this.tenants.resolve(p, q.gemeente);
    const r = await this.adressen.zoek(g.id, q.postcode, q.huisnummer.replace(/\s+/g, '').toUpperCase());
    if (!r) throw unprocessable('postcode', `deze postcode ligt niet in ${g.naam}`, 'onbekende-postcode');
    return r;
  }

  @Public()
  @Get('categorieen')
  @ApiOperation({ summary: 'Hulpcategorieën met pictogram, VOG-eis en of Wijkservice ze mag doen' })
  async categorieen(@OptionalCaller() p: Principal | undefined, @Query() q: GemeenteQuery) {
    return this.service.categorieen((await this.tenants.resolve(p, q.gemeente)).id);
  }

  @Rollen('beheerder')
  @Put('categorieen/:code')
  @ApiOperation({ summary: 'Categorie wijzigen (beheerder)' })
  wijzigCategorie(@Caller() p: Principal, @Param('code') code: string, @Body() dto: CategorieUpdateDto) {
    return this.service.wijzigCategorie(p.gemeenteId, code, dto);
  }

  @Rollen('makelaar', 'beheerder', 'professional')
  @Get('werkgebieden')
  @ApiOperation({ summary: 'Werkgebieden (sets van wijken) van makelaars en wijkteams' })
  werkgebieden(@Caller() p: Principal) {
    return this.service.werkgebieden(p.gemeenteId);
  }

  @Rollen('beheerder')
  @Post('werkgebieden')
  maakWerkgebied(@Caller() p: Principal, @Body() dto: WerkgebiedDto) {
    return this.service.maakWerkgebied(p.gemeenteId, dto);
  }

  @Rollen('beheerder')
  @Put('werkgebieden/:id')
  wijzigWerkgebied(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: WerkgebiedDto) {
    return this.service.wijzigWerkgebied(p.gemeenteId, id, dto);
  }

  @Public()
  @Get('locaties')
  @ApiOperation({ summary: 'Waar en wanneer de makelaar of het Loket te bezoeken of te bellen is' })
  async locaties(@OptionalCaller() p: Principal | undefined, @Query() q: GemeenteQuery) {
    return this.service.locaties((await this.tenants.resolve(p, q.gemeente)).id);
  }

  @Rollen('beheerder', 'makelaar')
  @Post('locaties')
  maakLocatie(@Caller() p: Principal, @Body() dto: LocatieDto) {
    return this.service.maakLocatie(p.gemeenteId, dto);
  }

  @Rollen('beheerder', 'makelaar')
  @Put('locaties/:id')
  wijzigLocatie(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: LocatieDto) {
    return this.service.wijzigLocatie(p.gemeenteId, id, dto);
  }

  @Rollen('beheerder', 'makelaar')
  @Delete('locaties/:id')
  @HttpCode(204)
  verwijderLocatie(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.verwijderLocatie(p.gemeenteId, id);
  }
}
