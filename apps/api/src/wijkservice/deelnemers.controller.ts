import { Body, Controller, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { bestand, PDF } from '../common/bestand';
import { Caller, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { UuidParam } from '../common/params';
import { leesPeriode } from './periode';
import { UrenOverzichtService } from './uren-overzicht.service';
import { VerklaringService } from './verklaring.service';
import { VerwijzingService } from './verwijzing.service';
import { AfspraakWijzigingDto, PeriodeQuery, UitstroomDto, VerwijzingDto } from './wijkservice.dto';

@ApiTags('wijkservice')
@ApiBearerAuth()
@Rollen('professional', 'makelaar', 'beheerder')
@Controller('wijkservice/deelnemers')
export class WijkserviceDeelnemersController {
  constructor(
    private readonly verwijzing: VerwijzingService,
    private readonly verklaring: VerklaringService,
    private readonly uren: UrenOverzichtService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Verwijzen en intake (klantmanager of makelaar, met toestemming): interesses, vaardigheden, grenzen, voorkeurstaken, afspraak' })
  verwijs(@Caller() p: Principal, @Body() dto: VerwijzingDto) {
    return this.verwijzing.verwijs(p, dto);
  }

  @Get()
  lijst(@Caller() p: Principal) {
    return this.verwijzing.lijst(p);
  }

  @Get(':id')
  @Rollen('professional', 'makelaar', 'beheerder', 'wijkservice')
  vind(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.verwijzing.vind(p, id);
  }

  @Patch(':id/afspraak')
  @ApiOperation({ summary: 'De afspraak wijzigen: modus, uren per week, einddatum' })
  afspraak(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: AfspraakWijzigingDto) {
    return this.verwijzing.wijzigAfspraak(p, id, dto);
  }

  @Post(':id/uitstroom')
  @HttpCode(200)
  @ApiOperation({ summary: 'Uitstroom vastleggen (werk, opleiding, zorg, anders); het Wijkservice-aanbod stopt' })
  uitstroom(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: UitstroomDto) {
    return this.verwijzing.uitstroom(p, id, dto);
  }

  @Get(':id/uren')
  @Rollen('professional', 'makelaar', 'beheerder', 'wijkservice')
  @ApiOperation({
    summary: 'Geregistreerde uren dit jaar: per week, per maand en per taak, met de stand (bevestigd, betwist, open); de deelnemer ziet alleen de eigen uren',
  })
  urenOverzicht(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.uren.overzicht(p, id);
  }

  @Get(':id/verklaring.pdf')
  @Rollen('professional', 'makelaar', 'beheerder', 'wijkservice')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary:
      'Verklaring van deelname (uren en soorten taken) voor de klantmanager; alleen met toestemming, zonder namen van bewoners. De deelnemer print de eigen verklaring altijd',
  })
  @Header('Cache-Control', 'no-store')
  async pdf(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Query() q: PeriodeQuery) {
    const periode = leesPeriode(q);
    const pdf = await this.verklaring.pdf(p, id, periode);
    return bestand(pdf, PDF, `wijkservice-verklaring-${periode.van}-${periode.tot}.pdf`, { inline: true });
  }
}
