import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { loggerParams } from '@app/common';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@app/config';
import { JobsModule } from '@app/jobs';
import { MatchesCoreModule } from '@app/matches';
import { DatabaseModule } from '@app/persistence';
import { NotificatiesWorkerModule } from './notificaties/notificaties.module';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { VerloopService } from './marktplaats/verloop.service';
import { DagexportService } from './monitoring/dagexport.service';
import { MomentopnamenService } from './monitoring/momentopnamen.service';
import { BewaartermijnService } from './privacy/bewaartermijn';
import { SchedulesService } from './schedules.service';
import { SysteemProcessor } from './systeem/systeem.processor';
import { HerberekeningService } from './tracking/herberekening.service';
import { OpvolgingService } from './tracking/opvolging.service';
import { TrackingProcessor } from './tracking/tracking.processor';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (cfg: AppConfig) => loggerParams(cfg, 'worker') }),
    DatabaseModule.voor('worker'),
    JobsModule,
    MatchesCoreModule,
    NotificatiesWorkerModule,
  ],
  providers: [
    OutboxRelayService,
    SysteemProcessor,
    BewaartermijnService,
    VerloopService,
    SchedulesService,
    TrackingProcessor,
    OpvolgingService,
    HerberekeningService,
    DagexportService,
    MomentopnamenService,
  ],
})
export class WorkerModule {}
