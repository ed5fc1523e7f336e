import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

/** The worker: BullMQ processors and the outbox relay, no HTTP. Used by main.ts and the e2e tests. */
export async function createWorker(opts: { logger?: boolean } = {}): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    bufferLogs: true,
    abortOnError: false,
    ...(opts.logger === false ? { logger: false as const } : {}),
  });
  if (opts.logger !== false) app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  return app;
}
