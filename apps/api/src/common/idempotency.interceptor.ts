import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { badRequest, conflict } from '@app/common';
import type { RequestWithPrincipal } from '../auth/decorators';

/**
 * `Idempotency-Key` on POST: the first request with a key runs and its answer is stored; a repeat gets the
 * same answer without running again. A placeholder row claims the key first, so two concurrent requests
 * with one key cannot both create (the second gets 409 while the first is running).
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly ds: DataSource) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<FastifyRequest & RequestWithPrincipal>();
    const key = req.headers['idempotency-key'];
    if (req.method !== 'POST' || key === undefined) return next.handle();
    if (typeof key !== 'string' || !/^[\w.:-]{8,128}$/.test(key)) {
      throw badRequest('ongeldige-sleutel', 'Idempotency-Key moet 8 tot 128 letters, cijfers of - _ . : zijn', [
        { field: 'Idempotency-Key', message: 'ongeldig' },
      ]);
    }
    const scope = `${req.principal?.accountId ?? `anon:${req.ip}`}:${req.routeOptions.url ?? req.url.split('?')[0]}`;
    const res = ctx.switchToHttp().getResponse<FastifyReply>();
    // Nest applies the route's status after interceptors, so take it from the same metadata
    const status = (Reflect.getMetadata(HTTP_CODE_METADATA, ctx.getHandler()) as number | undefined) ?? 201;
    return from(this.run(scope, key, status, res, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }

  private async run(scope: string, key: string, status: number, res: FastifyReply, handler: () => Promise<unknown>): Promise<unknown> {
    const claimed = await this.ds.query(
      `INSERT INTO idempotentie (scope, sleutel, status, body) VALUES ($1, $2, 0, 'null') ON CONFLICT DO NOTHING RETURNING 1`,
      [scope, key],
    );
    if (!claimed.length) {
      const [prev] = await this.ds.query(`SELECT status, body FROM idempotentie WHERE scope = $1 AND sleutel = $2`, [scope, key]);
      if (!prev || prev.status === 0) throw conflict('verzoek-loopt-nog', 'Een verzoek met deze Idempotency-Key wordt nog verwerkt');
      void res.header('Idempotent-Replayed', 'true');
      return prev.body;
    }
    try {
      const body = await handler();
      await this.ds.query(`UPDATE idempotentie SET status = $3, body = $4 WHERE scope = $1 AND sleutel = $2`, [
        scope,
        key,
        status,
        JSON.stringify(body ?? null),
      ]);
      return body;
    } catch (e) {
      // a failed request leaves nothing behind: the client may retry with the same key
      await this.ds.query(`DELETE FROM idempotentie WHERE scope = $1 AND sleutel = $2`, [scope, key]);
      throw e;
    }
  }
}
