import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { bestand, PDF } from '../common/bestand';
import { Caller, Rollen } from '../auth/decorators';
import { UuidParam } from '../common/params';
import type { Principal } from '../auth/principal';
import { DeelnemerQuery, DeelnemerWijzigingDto, GemachtigdeDto, NieuweDeelnemerDto, ToestemmingDto } from './deelnemer.dto';
import { DeelnemersService } from './deelnemers.service';
import { InzageService } from './inzage.service';

@ApiTags('deelnemers')
@ApiBearerAuth()
@Controller('deelnemers')
export class DeelnemersController {
  constructor(
    private readonly service: DeelnemersService,
    private readonly inzage: InzageService,
  ) {}

  @Rollen('makelaar', 'beheerder', 'professional')
  @Post()
  @ApiOperation({ summary: 'Intake van een deelnemer (ook zonder computer of e-mail) door makelaar of professional' })
  maak(@Caller() p: Principal, @Body() dto: NieuweDeelnemerDto) {
    return this.service.maak(p, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Deelnemers in uw werkgebied (makelaar), die u verwees (professional) of allemaal (beheerder)' })
  lijst(@Caller() p: Principal, @Query() q: DeelnemerQuery) {
    return this.service.lijst(p, q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Het dossier van één deelnemer (elke inzage door een medewerker wordt gelogd)' })
  vind(@Caller() p: Principal, @Param('id', UuidParam()) deelnemerId: string) {
    return this.service.vind(p, deelnemerId);
  }

  @Patch(':id')
  wijzig(@Caller() p: Principal, @Param('id', UuidParam()) deelnemerId: string, @Body() dto: DeelnemerWijzigingDto) {
    return this.service.wijzig(p, deelnemerId, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Gegevens verwijderen (pseudonimiseren): persoonsgegevens weg, anonieme tellingen blijven' })
  verwijder(@Caller() p: Principal, @Param('id', UuidParam()) deelnemerId: string) {
    return this.service.verwijder(p, deelnemerId);
  }

  @Get(':id/inzage')
  @ApiOperation({ summary: 'Alles wat over deze persoon bewaard wordt (recht op inzage)' })
  inzageJson(@Caller() p: Principal, @Param('id', UuidParam()) deelnemerId: string) {
    return this.inzage.json(p, deelnemerId);
  }

  @Get(':id/inzage.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Inzage als brief om te printen (voor wie geen computer heeft)' })
  @Header('Cache-Control', 'no-store')
  async inzagePdf(@Caller() p: Principal, @Param('id', UuidParam()) deelnemerId: string) {
    return bestand(await this.inzage.pdf(p, deelnemerId), PDF, `inzage-${deelnemerId}.pdf`, { inline: true });
  }

  @Get(':id/toestemmingen')
  toestemmingen(@Caller() p: Principal, @Param('id', UuidParam()) deelnemerId: string) {
    return this.service.toestemmingen(p, deelnemerId);
  }

  @Post(':id/toestemmingen')
  @ApiOperation({ summary: 'Toestemming vastleggen, per doel en per derde partij' })
  geefToestemming(@Caller() p: Principal, @Param('id', UuidParam()) deelnemerId: string, @Body() dto: ToestemmingDto) {
    return this.service.geefToestemming(p, deelnemerId, dto);
  }

  @Post(':id/toestemmingen/:toestemmingId/intrekken')
  @HttpCode(200)
  @ApiOperation({ summary: 'Toestemming intrekken (de registratie blijft: wie, wanneer, via welk kanaal)' })
  trekIn(@Caller() p: Principal, @Param('id', UuidParam()) deelnemerId: string, @Param('toestemmingId', UuidParam('toestemmingId')) toestemmingId: string) {
    return this.service.trekToestemmingIn(p, deelnemerId, toestemmingId);
  }

  @Post(':id/gemachtigden')
  @ApiOperation({ summary: 'Een familielid of professional mag namens deze persoon handelen (met toestemming)' })
  gemachtigde(@Caller() p: Principal, @Param('id', UuidParam()) deelnemerId: string, @Body() dto: GemachtigdeDto) {
    return this.service.voegGemachtigdeToe(p, deelnemerId, dto);
  }
}
