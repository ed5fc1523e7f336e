import { Body, Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { UuidParam } from '../common/params';
import { MatchesService } from '../matches/matches.service';
import { MarkeringService } from './markering.service';
import { BetwistDto, OplossingDto } from './uren.dto';
import { UrenService } from './uren.service';
import { MarkeringDto, OverrideMatchDto } from './wijkservice.dto';

/** Giving tasks to participants under the verdringing rules, and confirming their hours. */
@ApiTags('wijkservice')
@ApiBearerAuth()
@Controller('wijkservice')
export class ToewijzingController {
  constructor(
    private readonly matches: MatchesService,
    private readonly markering: MarkeringService,
    private readonly uren: UrenService,
  ) {}

  @Rollen('makelaar', 'beheerder')
  @Post('matches')
  @ApiOperation({ summary: 'Makelaar koppelt een deelnemer; een verdringingsregel passeren kan alleen met een reden (vastgelegd, gerapporteerd)' })
  koppel(@Caller() p: Principal, @Body() dto: OverrideMatchDto) {
    return this.matches.maak(p, dto.hulpvraagId, dto.aanbodId, { overrideReden: dto.overrideReden });
  }

  @Rollen('makelaar', 'beheerder')
  @Put('hulpvragen/:id/betaald-werk')
  @ApiOperation({ summary: 'Deze hulpvraag is normaal betaald werk: niet via Wijkservice' })
  markeer(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: MarkeringDto) {
    return this.markering.markeer(p, id, dto.reden);
  }

  @Rollen('makelaar', 'beheerder')
  @Delete('hulpvragen/:id/betaald-werk')
  @HttpCode(204)
  async ontmarkeer(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    await this.markering.verwijder(p, id);
  }

  @Post('keren/:keerId/bevestigen')
  @HttpCode(200)
  @ApiOperation({ summary: 'De andere kant bevestigt de geregistreerde uren (de makelaar voor een bewoner zonder computer)' })
  bevestig(@Caller() p: Principal, @Param('keerId', UuidParam('keerId')) keerId: string) {
    return this.uren.bevestig(p, keerId);
  }

  @Post('keren/:keerId/betwisten')
  @HttpCode(200)
  @ApiOperation({ summary: 'Niet eens met de uren: wordt een taak voor de sociaal makelaar' })
  betwist(@Caller() p: Principal, @Param('keerId', UuidParam('keerId')) keerId: string, @Body() dto: BetwistDto) {
    return this.uren.betwist(p, keerId, dto);
  }

  @Rollen('makelaar', 'beheerder')
  @Post('keren/:keerId/geschil-oplossen')
  @HttpCode(200)
  losOp(@Caller() p: Principal, @Param('keerId', UuidParam('keerId')) keerId: string, @Body() dto: OplossingDto) {
    return this.uren.losOp(p, keerId, dto.uren);
  }
}
