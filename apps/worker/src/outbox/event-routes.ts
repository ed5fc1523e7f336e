import { JobName, jobCatalogue, type JobPayloads } from '@app/jobs';

export interface RelayedEvent {
  id: string;
  type: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

export interface JobRequest<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
}

/** Which jobs each domain event starts. Unknown event types start nothing (and are still marked relayed). */
export function jobsForEvent(e: RelayedEvent): JobRequest[] {
  switch (e.type) {
    case 'systeem.ping':
      return [{ name: JobName.SysteemPing, payload: { pingId: e.aggregateId, eventId: e.id } }];
    default:
      return [];
  }
}

export function jobIdFor(req: JobRequest): string {
  return (jobCatalogue[req.name].jobId as (p: unknown) => string)(req.payload);
}
