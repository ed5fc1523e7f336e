import type { JobsOptions } from 'bullmq';

/**
 * The typed job catalogue: every queue, every job, its payload, retry policy and jobId scheme.
 * Jobs carry ids, never objects; jobIds are deterministic so a retried producer cannot enqueue twice.
 */
export enum QueueName {
  /** Domain events relayed from the transactional outbox. */
  Events = 'events',
  /** Diagnostics and housekeeping. */
  Systeem = 'systeem',
}

export enum JobName {
  SysteemPing = 'systeem.ping',
}

export interface JobPayloads {
  [JobName.SysteemPing]: { pingId: string; eventId: string };
}

interface JobDefinition<N extends JobName> {
  queue: QueueName;
  options: JobsOptions;
  jobId: (payload: JobPayloads[N]) => string;
}

const retry = (attempts: number, delayMs: number): JobsOptions => ({
  attempts,
  backoff: { type: 'exponential', delay: delayMs },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  // failed jobs stay for the beheerder's dead-letter list
  removeOnFail: false,
});

export const jobCatalogue: { [N in JobName]: JobDefinition<N> } = {
  [JobName.SysteemPing]: {
    queue: QueueName.Systeem,
    options: retry(5, 500),
    jobId: (p) => `systeem-ping.${p.pingId}`,
  },
};

export const allQueues = Object.values(QueueName);
