import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { dataSourceOptions } from './data-source';

/** TypeORM on the configured database; migrations are run by the launcher, never by the apps. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (cfg: AppConfig) => {
        if (!cfg.databaseUrl) throw new Error('DATABASE_URL is required by the api and worker (npm start sets it for the embedded database)');
        return { ...dataSourceOptions(cfg.databaseUrl), retryAttempts: 3, retryDelay: 500 };
      },
    }),
  ],
})
export class DatabaseModule {}
