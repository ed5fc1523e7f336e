import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
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

/** JSON logs with a request id on every line; bodies and query strings are never logged. */
export function loggerParams(config: Pick<AppConfig, 'logLevel'>, name: string): Params {
  return {
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
    pinoHttp: {
      name,
      level: config.logLevel,
      redact: { paths: REDACTED_KEYS, censor: '[weg]' },
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
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
