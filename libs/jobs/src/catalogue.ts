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
  /** Match follow-up: offer expiry and cascade, reminders, outcome checks, SLA escalation, re-matching. */
  Tracking = 'tracking',
  /** Messages to people on their channels (app, e-mail, SMS, makelaar call, letter) and realtime pushes. */
  Notificaties = 'notificaties',
}

export enum JobName {
  SysteemPing = 'systeem.ping',
  /** Daily: pseudonymise people whose retention period after leaving has passed. */
  Bewaartermijn = 'privacy.bewaartermijn',
  /** Daily: warn about, then expire, open hulpvragen without activity. */
  HulpvraagVerloop = 'hulpvraag.verloop',
  /** An offer to a helper reached its deadline: expire it and offer the next in the cascade. */
  AanbodVerloop = 'match.aanbod-verloop',
  /** The day before a date: remind both sides. */
  Herinnering = 'match.herinnering',
  /** The day after the first date: did the help happen? */
  Opvolging = 'match.opvolging',
  /** Daily: first-contact and match norms (working days), stale matches. */
  SlaControle = 'tracking.sla',
  /** New or changed supply: re-score open unmatched requests nearby. */
  Herbereken = 'matching.herbereken',
  /** Nightly: open requests that have nobody get their best current candidate as a makelaar task. */
  NachtelijkeHerberekening = 'matching.nachtelijk',
  /** Daily: yesterday's suppressed figures per wijk, categorie and day as open data (CSV, JSON) per gemeente. */
  MonitoringDagexport = 'monitoring.dagexport',
  /** Nightly: the kerncijfers of closed months, quarters and years, materialised for the dashboard. */
  MonitoringMomentopnamen = 'monitoring.momentopnamen',
  /** One message to one recipient of one event, on channel `stap` of their fallback order. */
  Notificeer = 'notificatie.bezorg',
  /** Push one domain event to the socket.io rooms it concerns. */
  RealtimePush = 'notificatie.realtime',
  /** Daily: the day's letters as one printable PDF and a task for the makelaar to post them. */
  PostBatch = 'notificatie.post-batch',
  /** Weekly: opt-in digest e-mail of new requests near each volunteer. */
  Digest = 'notificatie.digest',
}

export interface JobPayloads {
  [JobName.SysteemPing]: { pingId: string; eventId: string };
  [JobName.Bewaartermijn]: { datum?: string };
  [JobName.HulpvraagVerloop]: { datum?: string };
  [JobName.AanbodVerloop]: { matchId: string };
  [JobName.Herinnering]: { matchId: string; datum: string };
  [JobName.Opvolging]: { matchId: string };
  [JobName.SlaControle]: { datum?: string };
  [JobName.Herbereken]: { aanbodId: string; eventId: string };
  [JobName.NachtelijkeHerberekening]: { datum?: string };
  [JobName.MonitoringDagexport]: { datum?: string; gemeente?: string };
  [JobName.MonitoringMomentopnamen]: { datum?: string; gemeente?: string };
  [JobName.Notificeer]: {
    eventId: string;
    type: string;
    aggregateId: string;
    rol: 'bewoner' | 'helper' | 'account' | 'melder';
    stap?: number;
    payload?: Record<string, unknown>;
  };
  [JobName.RealtimePush]: { eventId: string; type: string; aggregateId: string; payload?: Record<string, unknown> };
  [JobName.PostBatch]: { datum?: string };
  [JobName.Digest]: { week?: string };
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
  [JobName.AanbodVerloop]: { queue: QueueName.Tracking, options: retry(8, 2_000), jobId: (p) => `aanbod-verloop.${p.matchId}` },
  [JobName.Herinnering]: { queue: QueueName.Tracking, options: retry(8, 2_000), jobId: (p) => `herinnering.${p.matchId}.${p.datum.slice(0, 10)}` },
  [JobName.Opvolging]: { queue: QueueName.Tracking, options: retry(8, 2_000), jobId: (p) => `opvolging.${p.matchId}` },
  [JobName.SlaControle]: { queue: QueueName.Tracking, options: retry(5, 60_000), jobId: (p) => `sla.${p.datum ?? 'nu'}` },
  [JobName.Herbereken]: { queue: QueueName.Tracking, options: retry(5, 5_000), jobId: (p) => `herbereken.${p.aanbodId}.${p.eventId}` },
  [JobName.NachtelijkeHerberekening]: { queue: QueueName.Tracking, options: retry(3, 60_000), jobId: (p) => `nachtelijk.${p.datum ?? 'nu'}` },
  [JobName.MonitoringDagexport]: {
    queue: QueueName.Systeem,
    options: retry(5, 60_000),
    jobId: (p) => `monitoring-dagexport.${p.gemeente ?? 'alle'}.${p.datum ?? 'gisteren'}`,
  },
  [JobName.MonitoringMomentopnamen]: {
    queue: QueueName.Systeem,
    options: retry(3, 60_000),
    jobId: (p) => `monitoring-momentopnamen.${p.gemeente ?? 'alle'}.${p.datum ?? 'nu'}`,
  },
  // per event, recipient and channel step: a relay or fallback that runs twice enqueues once
  [JobName.Notificeer]: { queue: QueueName.Notificaties, options: retry(4, 2_000), jobId: (p) => `notificatie.${p.eventId}.${p.rol}.${p.stap ?? 0}` },
  [JobName.RealtimePush]: { queue: QueueName.Notificaties, options: retry(3, 1_000), jobId: (p) => `realtime.${p.eventId}` },
  [JobName.PostBatch]: { queue: QueueName.Notificaties, options: retry(5, 60_000), jobId: (p) => `post-batch.${p.datum ?? 'nu'}` },
  [JobName.Digest]: { queue: QueueName.Notificaties, options: retry(5, 60_000), jobId: (p) => `digest.${p.week ?? 'nu'}` },
};

/** Jobs the worker schedules itself (cron in Europe/Amsterdam); upserted at start, so one schedule across workers. */
export const schedules: { name: JobName; cron: string }[] = [
  { name: JobName.Bewaartermijn, cron: '15 3 * * *' },
  { name: JobName.HulpvraagVerloop, cron: '30 6 * * *' },
  { name: JobName.SlaControle, cron: '0 7 * * 1-5' },
  { name: JobName.NachtelijkeHerberekening, cron: '0 2 * * *' },
  { name: JobName.MonitoringDagexport, cron: '30 2 * * *' },
  { name: JobName.MonitoringMomentopnamen, cron: '45 2 * * *' },
  { name: JobName.PostBatch, cron: '0 15 * * 1-5' },
  { name: JobName.Digest, cron: '0 9 * * 1' },
];

export const allQueues = Object.values(QueueName);
