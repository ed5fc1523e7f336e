import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { Caller, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { UuidParam } from '../common/params';
import { AanmeldingDto, AanwezigheidDto, GroepstaakDto } from './groepstaak.dto';
import { GroepstakenService } from './groepstaken.service';

class WijkQuery {
  @ApiPropertyOptional({ example: 'WK039200' }) @IsOptional() @Matches(/^WK[0-9]{6}$/) wijk?: string;
}

@ApiTags('wijkservice')
@ApiBearerAuth()
@Rollen('makelaar', 'beheerder', 'wijkservice', 'professional')
@Controller('wijkservice/groepstaken')
export class GroepstakenController {
  constructor(private readonly service: GroepstakenService) {}

  @Rollen('makelaar', 'beheerder')
  @Post()
  @ApiOperation({ summary: 'Groepstaak (bijv. onderhoudsploeg): datum, plaats, aantal plekken, coördinator' })
  maak(@Caller() p: Principal, @Body() dto: GroepstaakDto) {
    return this.service.maak(p, dto);
  }

  @Get()
  lijst(@Caller() p: Principal, @Query() q: WijkQuery) {
    return this.service.lijst(p, q.wijk);
  }

  @Get(':id')
  vind(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.vind(p, id);
  }

  @Post(':id/aanmeldingen')
  @ApiOperation({ summary: 'Aanmelden (de deelnemer zelf, of de makelaar namens hem of haar)' })
  meldAan(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: AanmeldingDto) {
    return this.service.meldAan(p, id, dto);
  }

  @Post(':id/aanwezigheid')
  @HttpCode(200)
  @ApiOperation({ summary: 'Aanwezigheid en uren vastleggen (coördinator of makelaar)' })
  aanwezigheid(@Caller() p: Principal, @Param('id', UuidParam()) id: string, @Body() dto: AanwezigheidDto) {
    return this.service.aanwezigheid(p, id, dto);
  }
}
