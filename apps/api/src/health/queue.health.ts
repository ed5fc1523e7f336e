import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { JobProducer, QueueName } from '@app/jobs';

/** Readiness of the queue backend (Redis or BullMQ's Postgres tables): one cheap read with a deadline. */
@Injectable()
export class QueueHealthIndicator {
  constructor(
    private readonly jobs: JobProducer,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async isHealthy(key: string, backend: string): Promise<HealthIndicatorResult> {
    const check = this.indicator.check(key);
    try {
      await Promise.race([
        this.jobs.queue(QueueName.Systeem).getJobCounts('waiting'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1500)),
      ]);
      return check.up({ backend });
    } catch (e) {
      return check.down({ backend, message: (e as Error).message });
    }
  }
}
