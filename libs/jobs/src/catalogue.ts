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
  /** Daily: pseudonymise people whose retention period after leaving has passed. */
  Bewaartermijn = 'privacy.bewaartermijn',
  /** Daily: warn about, then expire, open hulpvragen without activity. */
  HulpvraagVerloop = 'hulpvraag.verloop',
}

export interface JobPayloads {
  [JobName.SysteemPing]: { pingId: string; eventId: string };
  [JobName.Bewaartermijn]: { datum?: string };
  [JobName.HulpvraagVerloop]: { datum?: string };
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
  [JobName.Bewaartermijn]: {
    queue: QueueName.Systeem,
    options: retry(5, 60_000),
    jobId: (p) => `bewaartermijn.${p.datum ?? 'nu'}`,
  },
  [JobName.HulpvraagVerloop]: {
    queue: QueueName.Systeem,
    options: retry(5, 60_000),
    jobId: (p) => `hulpvraag-verloop.${p.datum ?? 'nu'}`,
  },
};

/** Jobs the worker schedules itself (cron in Europe/Amsterdam); upserted at start, so one schedule across workers. */
export const schedules: { name: JobName; cron: string }[] = [
  { name: JobName.Bewaartermijn, cron: '15 3 * * *' },
  { name: JobName.HulpvraagVerloop, cron: '30 6 * * *' },
];

export const allQueues = Object.values(QueueName);
