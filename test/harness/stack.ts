import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApiApp } from '../../apps/api/src/app.factory';
import { createWorker } from '../../apps/worker/src/worker.factory';
import { applyEnv, createTestDatabase, testAppEnv } from './database';

export interface TestStack {
  api: NestExpressApplication;
  worker?: INestApplicationContext;
  http: ReturnType<NestExpressApplication['getHttpServer']>;
  databaseUrl: string;
  close: () => Promise<void>;
}

/** The real api (and optionally the worker) in this process, on a fresh database and the test Redis. */
export async function startStack(opts: { worker?: boolean; label?: string; env?: Record<string, string> } = {}): Promise<TestStack> {
  const db = await createTestDatabase(opts.label);
  applyEnv({ ...testAppEnv(db.url), ...(opts.env ?? {}) });
  const api = await createApiApp({ logger: false });
  await api.init();
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

export async function eventually<T>(fn: () => Promise<T | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
