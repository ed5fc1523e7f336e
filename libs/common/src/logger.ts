import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '@app/config';

/** Keys whose values are personal data or secrets: never written to a log line. */
export const REDACTED_KEYS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.wachtwoord',
  '*.email',
  '*.telefoon',
  '*.naam',
  '*.adres',
  '*.token',
  '*.refreshToken',
];

/** The request id: the caller's X-Request-Id when it is a sane token (a proxy's trace), else a fresh UUID. */
export function requestId(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
}

/**
 * JSON logs with a request id on every line (pino-http takes the id Fastify gave the request, see requestId);
 * bodies and query strings are never logged.
 */
export function loggerParams(config: Pick<AppConfig, 'logLevel'>, name: string): Params {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      name,
      level: config.logLevel,
      redact: { paths: REDACTED_KEYS, censor: '[weg]' },
      genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? requestId(req),
      serializers: {
        // the path only: query strings may carry a postcode or a search term
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url?.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug'),
      autoLogging: { ignore: (req) => req.url === '/api/v1/health' },
    },
  };
}
