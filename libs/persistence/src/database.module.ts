import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { dataSourceOptions, DB_POOL_STANDAARD } from './data-source';

/** TypeORM on the configured database; migrations are run by the launcher, never by the apps. */
@Module({})
export class DatabaseModule {
  /** `proces`: whose default pool size applies when DB_POOL_SIZE is not set (DB_POOL_STANDAARD). */
  static voor(proces: keyof typeof DB_POOL_STANDAARD): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (cfg: AppConfig) => {
            if (!cfg.databaseUrl) throw new Error('DATABASE_URL is required by the api and worker (npm start sets it for the embedded database)');
            return { ...dataSourceOptions(cfg.databaseUrl, {}, DB_POOL_STANDAARD[proces]), retryAttempts: 3, retryDelay: 500 };
          },
        }),
      ],
    };
  }
}
