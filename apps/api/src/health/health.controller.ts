import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { InjectConfig, type AppConfig } from '@app/config';
import { queueBackendKind, queueSettings } from '@app/jobs';
import { Public } from '../auth/decorators';
import { QueueHealthIndicator } from './queue.health';

@ApiTags('systeem')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly queue: QueueHealthIndicator,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: PostgreSQL and the queue backend answer (503 when one does not)' })
  check() {
    const backend = queueBackendKind(queueSettings(this.config));
    return this.health.check([() => this.db.pingCheck('database', { timeout: 1500 }), () => this.queue.isHealthy('queue', backend)]);
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  live() {
    return { status: 'ok' };
  }
}
