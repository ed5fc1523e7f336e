import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { UuidParam } from '../common/params';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Rollen } from '../auth/decorators';
import { SysteemService, type PingView } from './systeem.service';

@ApiTags('systeem')
@ApiBearerAuth()
@Rollen('beheerder')
@Controller('systeem/pings')
export class SysteemController {
  constructor(private readonly service: SysteemService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Start a diagnostic round trip api → outbox → queue → worker' })
  create(): Promise<PingView> {
    return this.service.create();
  }

  @Get(':id')
  @ApiOperation({ summary: 'Whether the worker has processed the ping' })
  get(@Param('id', UuidParam()) id: string): Promise<PingView> {
    return this.service.get(id);
  }
}
