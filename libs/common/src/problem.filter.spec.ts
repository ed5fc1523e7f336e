import { HttpException, NotFoundException } from '@nestjs/common';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { conflict } from './problem';
import { isUnavailable, toProblem } from './problem.filter';

describe('toProblem', () => {
  it('maps a database that went away mid-transaction to 503, not 500', () => {
    expect(toProblem(new QueryRunnerAlreadyReleasedError()).status).toBe(503);
    expect(toProblem(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })).status).toBe(503);
    expect(toProblem(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })).status).toBe(503);
    expect(isUnavailable(new Error('boom'))).toBe(false);
  });

  it('maps invalid input that reached the database to 422 and a duplicate to 409', () => {
    const err = (code: string) => new QueryFailedError('SELECT 1', [], Object.assign(new Error('x'), { code }));
    expect(toProblem(err('22P02')).status).toBe(422);
    expect(toProblem(err('23505')).status).toBe(409);
  });

  it('keeps a domain problem as it is, and never lets an extension override status', () => {
    const body = toProblem(conflict('ongeldige-overgang', 'x', { status: 'ingetrokken', huidigeStatus: 'ingetrokken' }), '/api/v1/x');
    expect(body).toMatchObject({ status: 409, code: 'ongeldige-overgang', huidigeStatus: 'ingetrokken', instance: '/api/v1/x' });
  });

  it('maps Nest HTTP errors and unknown errors without leaking internals', () => {
    expect(toProblem(new NotFoundException()).code).toBe('niet-gevonden');
    expect(toProblem(new HttpException('Unexpected token } in JSON at position 1', 400)).code).toBe('ongeldige-json');
    const unknown = toProblem(new TypeError('secret internal detail'));
    expect(unknown).toMatchObject({ status: 500, code: 'interne-fout' });
    expect(JSON.stringify(unknown)).not.toContain('secret');
  });
});
