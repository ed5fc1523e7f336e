import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { UuidParam } from '../common/params';
import { NotificatieQuery } from './notificaties.dto';
import { NotificatiesService } from './notificaties.service';

@ApiTags('notificaties')
@ApiBearerAuth()
@Controller('notificaties')
export class NotificatiesController {
  constructor(private readonly service: NotificatiesService) {}

  @Get()
  @ApiOperation({ summary: 'Mijn berichten in de app (nieuwste eerst) en hoeveel ongelezen' })
  lijst(@Caller() p: Principal, @Query() q: NotificatieQuery) {
    return this.service.lijst(p, q);
  }

  @Post('gelezen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Alle berichten gelezen' })
  alles(@Caller() p: Principal) {
    return this.service.gelezen(p);
  }

  @Post(':id/gelezen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Eén bericht gelezen' })
  een(@Caller() p: Principal, @Param('id', UuidParam()) id: string) {
    return this.service.gelezen(p, id);
  }
}
