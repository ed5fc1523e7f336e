import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, LoginThrottle, OptionalCaller, Public, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { UuidParam } from '../common/params';
import { GemeenteQuery } from '../gebieden/gebieden.dto';
import { TenantService } from '../tenancy/tenant.service';
import { ContactmomentDto, SignaleringActieDto, SignaleringDto, TaakAfrondenDto, TaakQuery, ToewijzenDto, UitstellenDto } from './werkvoorraad.dto';
import { WerkvoorraadService } from './werkvoorraad.service';

@ApiTags('werkvoorraad')
@ApiBearerAuth()
@Controller()
export class WerkvoorraadController {
  constructor(
    private readonly service: WerkvoorraadService,
    private readonly tenants: TenantService,
  ) {}

  @Rollen('makelaar', 'beheerder')
  @Get('taken')
  @ApiOperation({ summary: 'De werkvoorraad van de makelaar: bellen, opvolgen, escaleren; meest urgent eerst' })
  taken(@Caller() p: Principal, @Query() q: TaakQuery) {
    return this.service.taken(p, q);
  }

  @Rollen('makelaar', 'beheerder')
  @Post('taken/:id/oppakken')
  @HttpCode(200)
  oppakken(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.taakActie(p, id, 'oppakken');
  }

  @Rollen('makelaar', 'beheerder')
  @Post('taken/:id/toewijzen')
  @HttpCode(200)
  toewijzen(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: ToewijzenDto) {
    return this.service.toewijzen(p, id, dto.accountId);
  }

  @Rollen('makelaar', 'beheerder')
  @Post('taken/:id/uitstellen')
  @HttpCode(200)
  uitstellen(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: UitstellenDto) {
    return this.service.taakActie(p, id, 'uitstellen', { reden: dto.reden, tot: new Date(dto.tot), nu: new Date() });
  }

  @Rollen('makelaar', 'beheerder')
  @Post('taken/:id/afronden')
  @HttpCode(200)
  afronden(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: TaakAfrondenDto) {
    return this.service.taakActie(p, id, 'afronden', { ...dto });
  }

  @Rollen('makelaar', 'beheerder')
  @Post('contactmomenten')
  @ApiOperation({ summary: 'Een telefoontje, bezoek of balie-contact vastleggen; "opvolging nodig" maakt een taak' })
  contactmoment(@Caller() p: Principal, @Body() dto: ContactmomentDto) {
    return this.service.contactmoment(p, dto);
  }

  @Rollen('makelaar', 'beheerder')
  @Get('deelnemers/:id/contactmomenten')
  contactmomenten(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.contactmomenten(p, id);
  }

  @Public()
  @LoginThrottle()
  @Post('signaleringen')
  @ApiOperation({ summary: 'Ik maak me zorgen om iemand (ook anoniem). Acuut gevaar: bel 112.' })
  async signalering(@OptionalCaller() p: Principal | undefined, @Body() dto: SignaleringDto, @Query() q: GemeenteQuery) {
    return this.service.signalering(p, (await this.tenants.resolve(p, q.gemeente)).id, dto);
  }

  @Rollen('makelaar', 'beheerder')
  @Get('signaleringen')
  signaleringen(@Caller() p: Principal) {
    return this.service.signaleringen(p);
  }

  @Rollen('makelaar', 'beheerder')
  @Post('signaleringen/:id/in-behandeling-nemen')
  @HttpCode(200)
  inBehandeling(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.signaleringActie(p, id, 'in-behandeling-nemen', {});
  }

  @Rollen('makelaar', 'beheerder')
  @Post('signaleringen/:id/doorzetten')
  @HttpCode(200)
  @ApiOperation({ summary: 'Doorzetten naar wijkteam, Veilig Thuis of Meldpunt Zorg en Overlast, met de grondslag' })
  doorzetten(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: SignaleringActieDto) {
    return this.service.signaleringActie(p, id, 'doorzetten', dto);
  }

  @Rollen('makelaar', 'beheerder')
  @Post('signaleringen/:id/sluiten')
  @HttpCode(200)
  sluiten(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: SignaleringActieDto) {
    return this.service.signaleringActie(p, id, 'sluiten', dto);
  }
}
