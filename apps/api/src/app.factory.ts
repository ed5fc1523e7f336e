import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { createValidationPipe, ProblemFilter } from '@app/common';
import { AppModule } from './app.module';
import { mountWebApp } from './web/web-app';

export const API_PREFIX = 'api/v1';

/** Prototype-pollution keys never reach a DTO or a merge: the body is refused as invalid JSON (400). */
export function weigerPrototypeSleutels(key: string, value: unknown): unknown {
  if (key === '__proto__' || (key === 'constructor' && typeof value === 'object' && value !== null && 'prototype' in value)) {
    throw new SyntaxError(`de sleutel "${key}" is niet toegestaan`);
  }
  return value;
}

export function openApiDocument(app: NestExpressApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Buurtkracht API')
    .setDescription(
      'Burenhulp en Wijkservice: hulpvragen, aanbod, matches en de werkvoorraad van de sociaal makelaar. Fouten zijn application/problem+json (RFC 9457).',
    )
    .setVersion('1.0.0')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Builds the api application (used by main.ts and by the end-to-end tests). */
export async function createApiApp(opts: { logger?: boolean } = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
    // tests run many apps in one process: no bootstrap chatter
    ...(opts.logger === false ? { logger: false as const } : {}),
  });
  if (opts.logger !== false) app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'", 'ws:', 'wss:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.useBodyParser('json', { limit: '256kb', type: ['application/json', 'application/*+json'], reviver: weigerPrototypeSleutels });
  app.useBodyParser('urlencoded', { limit: '64kb', extended: false });
  mountWebApp(app);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();

  const document = openApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: `${API_PREFIX}/openapi.json`, yamlDocumentUrl: `${API_PREFIX}/openapi.yaml` });
  return app;
}
