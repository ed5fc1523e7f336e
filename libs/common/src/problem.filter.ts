import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { Problem, problemBody, type ProblemBody } from './problem';

/** Error codes of a database or queue that is down or restarting: the client should retry later. */
const UNAVAILABLE_PG = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006', '53300']);
const UNAVAILABLE_NET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

// TypeORM's own errors when the connection under a transaction is gone (PostgreSQL restarting)
const UNAVAILABLE_TYPEORM = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/** True for errors of a database or queue that is down or restarting: the caller should retry later, not fail. */
export function isUnavailable(e: unknown): boolean {
  if (UNAVAILABLE_TYPEORM.has((e as Error)?.name)) return true;
  const err = e as { code?: string; message?: string; driverError?: { code?: string } };
  const code = err?.driverError?.code ?? err?.code;
  if (code && (UNAVAILABLE_PG.has(code) || UNAVAILABLE_NET.has(code))) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Connection is closed|connect ECONNREFUSED/i.test(err?.message ?? '');
}

/** Maps every error at the edge to application/problem+json (RFC 9457); never leaks internals. */
export function toProblem(exception: unknown, instance?: string): ProblemBody {
  if (exception instanceof Problem) return exception.body(instance);
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const res = exception.getResponse() as string | { message?: string | string[]; error?: string };
    // Fastify's own errors (body too large, unsupported media type, empty JSON body) arrive as HttpExceptions from Nest's adapter
    const message = typeof res === 'string' ? res : Array.isArray(res.message) ? res.message.join('; ') : res.message;
    if (status === 400 && typeof message === 'string' && /JSON/.test(message)) {
      return problemBody(400, 'ongeldige-json', `De body is geen geldige JSON (${message})`, instance);
    }
    const code =
      status === 404
        ? 'niet-gevonden'
        : status === 400
          ? 'ongeldig-verzoek'
          : status === 413
            ? 'te-groot'
            : status === 415
              ? 'verkeerd-formaat'
              : status === 429
                ? 'te-veel-verzoeken'
                : `http-${status}`;
    return problemBody(status, code, message, instance);
  }
  const e = exception as { statusCode?: number; message?: string };
  // Fastify's JSON parser: a SyntaxError marked 400 (malformed JSON, or a __proto__/constructor.prototype key)
  if (exception instanceof SyntaxError && e.statusCode === 400) {
    return problemBody(400, 'ongeldige-json', `De body is geen geldige JSON (${exception.message})`, instance);
  }
  if (isUnavailable(exception)) {
    return problemBody(503, 'tijdelijk-niet-beschikbaar', 'De dienst is even niet bereikbaar. Probeer het over een minuut opnieuw.', instance);
  }
  if (exception instanceof QueryFailedError) {
    const code = (exception.driverError as { code?: string })?.code;
    // invalid input that slipped past validation (e.g. an out-of-range number): the client's mistake
    if (code === '22P02' || code === '22003' || code === '22007' || code === '22008' || code === '22001') {
      return problemBody(422, 'ongeldige-waarde', 'Een van de waarden is ongeldig', instance);
    }
    if (code === '23505') return problemBody(409, 'bestaat-al', 'Dit bestaat al', instance);
  }
  return problemBody(500, 'interne-fout', 'Er ging iets mis aan onze kant. Het is gemeld; probeer het later opnieuw.', instance);
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const req = ctx.getRequest<FastifyRequest>();
    const body = toProblem(exception, (req.originalUrl ?? req.url)?.split('?')[0]);
    if (body.status >= 500) {
      // stack and message only: request bodies may hold personal data and are never logged
      this.logger.error({ err: exception, reqId: req.id, status: body.status }, 'request failed');
    }
    if (reply.sent || reply.raw.headersSent) return;
    if (body.status === 503) void reply.header('Retry-After', '30');
    void reply.status(body.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(body));
  }
}
