import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { createValidationPipe, ProblemFilter, requestId } from '@app/common';
import { AppModule } from './app.module';
import { mountWebApp } from './web/web-app';

export const API_PREFIX = 'api/v1';
const JSON_LIMIT = 256 * 1024;

export function openApiDocument(app: NestFastifyApplication): OpenAPIObject {
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

/**
 * Builds the api application (used by main.ts and by the end-to-end tests). Fastify, not Express: on the
 * public prikbord it serves ~1.8x the requests per core (docs/performance.md, bench:prikbord).
 */
export async function createApiApp(opts: { logger?: boolean } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: 'loopback',
    bodyLimit: JSON_LIMIT,
    // prototype-pollution keys never reach a DTO or a merge: the body is refused as invalid JSON (400)
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // the caller's X-Request-Id when it is a sane token, else a fresh one; echoed on the response
    requestIdHeader: false,
    genReqId: requestId,
    routerOptions: { ignoreTrailingSlash: true },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    bufferLogs: true,
    abortOnError: false,
    // tests run many apps in one process: no bootstrap chatter
    ...(opts.logger === false ? { logger: false as const } : {}),
  });
  if (opts.logger !== false) app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  // problem+json and other "+json" bodies parse like JSON, with the same limits and poisoning checks
  fastify.addContentTypeParser(/^application\/[\w.-]+\+json(;.*)?$/, { parseAs: 'string', bodyLimit: JSON_LIMIT }, fastify.getDefaultJsonParser('error', 'error'));
  // helmet's headers, built once: @fastify/helmet rebuilds every middleware and the CSP string per request (~5 % of a prikbord request)
  const securityHeaders = helmet({
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
  });
  fastify.addHook('onRequest', (req, reply, done) => {
    void reply.header('x-request-id', req.id);
    securityHeaders(req.raw, reply.raw, (err) => done(err as Error | undefined));
  });
  await mountWebApp(app);
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();

  const document = openApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: `${API_PREFIX}/openapi.json`, yamlDocumentUrl: `${API_PREFIX}/openapi.yaml` });
  return app;
}
