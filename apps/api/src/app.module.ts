import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { loggerParams } from '@app/common';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@app/config';
import { JobsModule } from '@app/jobs';
import { DatabaseModule } from '@app/persistence';
import { HealthModule } from './health/health.module';
import { SysteemModule } from './systeem/systeem.module';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (cfg: AppConfig) => loggerParams(cfg, 'api') }),
    DatabaseModule,
    JobsModule,
    HealthModule,
    SysteemModule,
  ],
})
export class AppModule {}
