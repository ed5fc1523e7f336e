import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../../apps/api/src/app.factory';
import { createWorker } from '../../apps/worker/src/worker.factory';
import request from 'supertest';
import { applyEnv, createTestDatabase, TEST_ADMIN, testAppEnv } from './database';

export interface TestStack {
  api: NestFastifyApplication;
  worker?: INestApplicationContext;
  http: ReturnType<NestFastifyApplication['getHttpServer']>;
  databaseUrl: string;
  close: () => Promise<void>;
}

/** The real api (and optionally the worker) in this process, on a fresh database and the test Redis. */
export async function startStack(opts: { worker?: boolean; label?: string; env?: Record<string, string> } = {}): Promise<TestStack> {
  const db = await createTestDatabase(opts.label);
  applyEnv({ ...testAppEnv(db.url), ...(opts.env ?? {}) });
  const api = await createApiApp({ logger: false });
  await api.init();
  // supertest drives the bare http server: Fastify answers only once its plugins have loaded
  await api.getHttpAdapter().getInstance().ready();
  const worker = opts.worker === false ? undefined : await createWorker({ logger: false });
  await worker?.init();
  return {
    api,
    worker,
    http: api.getHttpServer(),
    databaseUrl: db.url,
    close: async () => {
      await api.close();
      await worker?.close();
      await db.drop();
    },
  };
}

/** Logs in through the real endpoint; returns the access token. */
export async function login(http: TestStack['http'], email = TEST_ADMIN.email, password = TEST_ADMIN.password): Promise<string> {
  const res = await request(http).post('/api/v1/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken as string;
}

export async function eventually<T>(fn: () => Promise<T | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
