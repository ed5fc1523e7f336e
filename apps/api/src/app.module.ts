import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { loggerParams } from '@app/common';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@app/config';
import { JobsModule } from '@app/jobs';
import { DatabaseModule } from '@app/persistence';
import { AccountsModule } from './accounts/accounts';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BeheerModule } from './beheer/jobs.controller';
import { DeelnemersModule } from './deelnemers/deelnemers.module';
import { KlachtenModule } from './klachten/klachten';
import { MarktplaatsModule } from './marktplaats/marktplaats.module';
import { MatchesModule } from './matches/matches.module';
import { MatchingModule } from './matching/matching.module';
import { MonitoringModule } from './monitoring/monitoring.module';
import { NotificatiesApiModule } from './notificaties/notificaties.module';
import { RealtimeModule } from './realtime/realtime.module';
import { GebiedenModule } from './gebieden/gebieden.module';
import { HealthModule } from './health/health.module';
import { SysteemModule } from './systeem/systeem.module';
import { TenancyModule } from './tenancy/tenancy.module';
import { WerkvoorraadModule } from './werkvoorraad/werkvoorraad.module';
import { WijkserviceModule } from './wijkservice/wijkservice.module';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (cfg: AppConfig) => loggerParams(cfg, 'api') }),
    DatabaseModule.voor('api'),
    JobsModule,
    TenancyModule,
    AuthModule,
    HealthModule,
    SysteemModule,
    GebiedenModule,
    AuditModule,
    DeelnemersModule,
    KlachtenModule,
    AccountsModule,
    BeheerModule,
    MarktplaatsModule,
    MatchingModule,
    MatchesModule,
    WerkvoorraadModule,
    WijkserviceModule,
    MonitoringModule,
    NotificatiesApiModule,
    RealtimeModule,
  ],
})
export class AppModule {}
