import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LOGIN_THROTTLE } from './decorators';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (cfg: AppConfig) => {
        if (!cfg.jwtSecret) throw new Error('JWT_SECRET is required by the api (npm start generates one in DATA_DIR)');
        return { secret: cfg.jwtSecret, signOptions: { algorithm: 'HS256', issuer: 'buurtkracht' }, verifyOptions: { issuer: 'buurtkracht' } };
      },
    }),
    // per client IP, only on the routes marked @LoginThrottle() (login, refresh, password reset)
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (cfg: AppConfig) => ({
        throttlers: [{ name: 'login', limit: cfg.loginRateLimit, ttl: 60_000, skipIf: (ctx) => !Reflect.getMetadata(LOGIN_THROTTLE, ctx.getHandler()) }],
        errorMessage: 'Te veel pogingen. Wacht een minuut en probeer het opnieuw.',
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, AuthGuard, { provide: APP_GUARD, useExisting: AuthGuard }, { provide: APP_GUARD, useClass: ThrottlerGuard }],
  exports: [AuthService, AuthGuard],
})
export class AuthModule {}
