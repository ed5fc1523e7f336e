import * as querystring from 'node:querystring';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { createValidationPipe, ProblemFilter, requestId } from '@app/common';
import { AppModule } from './app.module';
import { mountWebApp } from './web/web-app';

export const API_PREFIX = 'api/v1';
const JSON_LIMIT = 256 * 1024;
const FORM_LIMIT = 64 * 1024;

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
 * public prikbord it serves ~1.8x the requests per core (docs/benchmarks.md, bench:prikbord).
 */
export async function createApiApp(opts: { logger?: boolean } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    trustProxy: 'loopback',
    bodyLimit: JSON_LIMIT,
    // the caller's X-Request-Id when it is a sane token, else a fresh one; echoed on the response
    requestIdHeader: false,
    genReqId: requestId,
    routerOptions: { ignoreTrailingSlash: true },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    bufferLogs: true,
    abortOnError: false,
    // our own parsers below
    bodyParser: false,
    // tests run many apps in one process: no bootstrap chatter
    ...(opts.logger === false ? { logger: false as const } : {}),
  });
  if (opts.logger !== false) app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  // JSON with Fastify's parser: prototype-pollution keys (__proto__, constructor.prototype) never reach a DTO or a
  // merge, the body is refused as invalid JSON (400). An empty body with a JSON content type is no body, as clients
  // such as curl send it on a bodiless POST (Fastify alone answers 400); "+json" types parse alike
  const standaardJson = fastify.getDefaultJsonParser('error', 'error');
  const json = (req: FastifyRequest, body: Buffer, done: (err: Error | null, body?: unknown) => void) =>
    body.length === 0 ? done(null, undefined) : standaardJson(req, body.toString('utf8'), done);
  app.useBodyParser('application/json', { bodyLimit: JSON_LIMIT }, json);
  app.useBodyParser(/^application\/[\w.-]+\+json(;.*)?$/, { bodyLimit: JSON_LIMIT }, json);
  app.useBodyParser('application/x-www-form-urlencoded', { bodyLimit: FORM_LIMIT }, (_req, body, done) => done(null, querystring.parse(body.toString('utf8'))));
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
