import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { loggerParams } from '@app/common';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@app/config';
import { JobsModule } from '@app/jobs';
import { DatabaseModule } from '@app/persistence';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { VerloopService } from './marktplaats/verloop.service';
import { BewaartermijnService } from './privacy/bewaartermijn';
import { SchedulesService } from './schedules.service';
import { SysteemProcessor } from './systeem/systeem.processor';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (cfg: AppConfig) => loggerParams(cfg, 'worker') }),
    DatabaseModule,
    JobsModule,
  ],
  providers: [OutboxRelayService, SysteemProcessor, BewaartermijnService, VerloopService, SchedulesService],
})
export class WorkerModule {}
