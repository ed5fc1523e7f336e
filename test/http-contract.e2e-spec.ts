import request from 'supertest';
import { login, startStack, type TestStack } from './harness/stack';

describe('HTTP contract (api on real PostgreSQL and Redis)', () => {
  let stack: TestStack;
  let token: string;
  const auth = () => ({ authorization: `Bearer ${token}` });
  beforeAll(async () => {
    stack = await startStack({ worker: false, label: 'http' });
    token = await login(stack.http);
  });
  afterAll(() => stack?.close());

  it('reports PostgreSQL and the queue as healthy', async () => {
    const res = await request(stack.http).get('/api/v1/health').expect(200);
    expect(res.body.info.database.status).toBe('up');
    expect(res.body.info.queue).toMatchObject({ status: 'up', backend: 'redis' });
  });

  it('serves a valid OpenAPI 3 document with the health route', async () => {
    const res = await request(stack.http).get('/api/v1/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/v1/health');
    expect(res.body.info.title).toBe('Buurtkracht API');
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const res = await request(stack.http).get('/api/v1/bestaat-niet').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, code: 'niet-gevonden', instance: '/api/v1/bestaat-niet' });
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const res = await request(stack.http).post('/api/v1/systeem/pings').set(auth()).set('content-type', 'application/json').send('{bad').expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('ongeldige-json');
  });

  it('takes an empty body with a JSON content type as no body, not as malformed JSON', async () => {
    // a bodiless POST (curl -H 'content-type: application/json' -X POST) runs
    await request(stack.http).post('/api/v1/notificaties/gelezen').set(auth()).set('content-type', 'application/json').expect(200);
    // where a body is required, the fields are named
    const res = await request(stack.http).post('/api/v1/auth/login').set('content-type', 'application/json').expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(res.body.errors)).toContain('email');
  });

  it('answers a malformed id with 400 and a missing one with 404, never 500', async () => {
    await request(stack.http).get('/api/v1/systeem/pings/not-a-uuid').set(auth()).expect(400);
    const res = await request(stack.http).get('/api/v1/systeem/pings/00000000-0000-4000-8000-000000000000').set(auth()).expect(404);
    expect(res.body.detail).toContain('00000000-0000-4000-8000-000000000000');
  });

  it('sets security headers and echoes a request id', async () => {
    const res = await request(stack.http).get('/api/v1/health/live').set('x-request-id', 'abc-123').expect(200);
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
