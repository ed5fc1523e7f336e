import { BullModule, InjectQueue } from '@nestjs/bullmq';
import { Global, Injectable, Module } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { allQueues, jobCatalogue, type JobName, type JobPayloads, type QueueName } from './catalogue';
import { queueConnection } from './connection';

export function queueSettings(cfg: AppConfig) {
  if (!cfg.databaseUrl) throw new Error('DATABASE_URL is required');
  return { redisUrl: cfg.redisUrl, databaseUrl: cfg.databaseUrl, schema: cfg.queueSchema };
}

/** Enqueues catalogue jobs with their deterministic jobId and retry policy. */
@Injectable()
export class JobProducer {
  constructor(private readonly moduleRef: ModuleRef) {}

  queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(`BullQueue_${name}`, { strict: false });
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], extra: { delay?: number } = {}): Promise<string> {
    const def = jobCatalogue[name];
    const jobId = def.jobId(payload);
    await this.queue(def.queue).add(name, payload, { ...def.options, ...extra, jobId });
    return jobId;
  }
}

export { InjectQueue };

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (cfg: AppConfig) => ({ connection: queueConnection(queueSettings(cfg)), prefix: cfg.queuePrefix }),
    }),
    BullModule.registerQueue(...allQueues.map((name) => ({ name }))),
  ],
  providers: [JobProducer],
  exports: [BullModule, JobProducer],
})
export class JobsModule {}
