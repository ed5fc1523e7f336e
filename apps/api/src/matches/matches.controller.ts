import { Body, Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { bestand, PDF } from '../common/bestand';
import { Caller, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { UuidParam } from '../common/params';
import { AfwijzenDto, AnnulerenDto, CascadeDto, KeerDto, MatchDto, NietVerschenenDto, UitkomstDto } from './matches.dto';
import { MatchesService } from './matches.service';
import { MatchkaartService } from './matchkaart.service';

@ApiTags('matches')
@ApiBearerAuth()
@Controller()
export class MatchesController {
  constructor(
    private readonly service: MatchesService,
    private readonly kaart: MatchkaartService,
  ) {}

  @Post('matches')
  @ApiOperation({ summary: 'Koppelen: de makelaar stelt een helper voor, een bewoner kiest een helper, of een helper reageert op een vraag (zelf)' })
  maak(@Caller() p: Principal, @Body() dto: MatchDto) {
    return this.service.maak(p, dto.hulpvraagId, dto.aanbodId);
  }

  @Get('matches')
  lijst(@Caller() p: Principal) {
    return this.service.lijst(p);
  }

  @Get('matches/:id')
  vind(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.vind(p, id);
  }

  @Rollen('makelaar', 'beheerder')
  @Post('hulpvragen/:id/cascade')
  @ApiOperation({ summary: 'Aanbieden aan helpers op volgorde (de volgende als een aanbod verloopt of wordt afgewezen) of aan allen tegelijk' })
  cascade(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: CascadeDto) {
    return this.service.cascade(p, id, dto);
  }

  @Rollen('makelaar', 'beheerder')
  @Get('matches/:id/kaart.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Matchkaart om te printen: wie helpt wie, waar, de volgende data, het nummer van de makelaar (wordt gelogd)' })
  @Header('Cache-Control', 'no-store')
  async kaartPdf(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return bestand(await this.kaart.pdf(p, id), PDF, `matchkaart-${id}.pdf`, { inline: true });
  }

  @Get('hulpvragen/:id/matches')
  matchesVanHulpvraag(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.lijstVoorHulpvraag(p, id);
  }

  @Post('matches/:id/accepteren')
  @HttpCode(200)
  @ApiOperation({ summary: 'De helper zegt ja; wie het eerst accepteert, helpt (de rest krijgt 409)' })
  accepteren(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.accepteren(p, id);
  }

  @Post('matches/:id/afwijzen')
  @HttpCode(200)
  afwijzen(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: AfwijzenDto) {
    return this.service.afwijzen(p, id, dto.reden);
  }

  @Post('matches/:id/bevestigen')
  @HttpCode(200)
  @ApiOperation({ summary: 'De bewoner (of de makelaar na een telefoontje) bevestigt; de data worden gepland' })
  bevestigen(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.bevestigen(p, id);
  }

  @Post('matches/:id/afronden')
  @HttpCode(200)
  afronden(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.afronden(p, id);
  }

  @Post('matches/:id/annuleren')
  @HttpCode(200)
  annuleren(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: AnnulerenDto) {
    return this.service.annuleren(p, id, dto.reden);
  }

  @Post('matches/:id/niet-verschenen')
  @HttpCode(200)
  nietVerschenen(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: NietVerschenenDto) {
    return this.service.nietVerschenen(p, id, dto.wie);
  }

  @Post('matches/:id/keren/:keerId/gedaan')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deze keer is de hulp gegeven (met uren, per kwartier)' })
  gedaan(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Param('keerId', UuidParam('keerId')) keerId: string, @Body() dto: KeerDto) {
    return this.service.keer(p, id, keerId, 'gedaan', dto.uren);
  }

  @Post('matches/:id/keren/:keerId/overgeslagen')
  @HttpCode(200)
  overgeslagen(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Param('keerId', UuidParam('keerId')) keerId: string) {
    return this.service.keer(p, id, keerId, 'overgeslagen');
  }

  @Post('matches/:id/uitkomst')
  @HttpCode(200)
  @ApiOperation({ summary: 'Is de hulp gebeurd? Elke kant, of de makelaar na een telefoontje (partij)' })
  uitkomst(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: UitkomstDto) {
    return this.service.uitkomst(p, id, dto);
  }
}
