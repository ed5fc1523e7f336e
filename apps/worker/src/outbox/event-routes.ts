import { STANDAARD_INSTELLINGEN } from '@app/domain';
import { JobName, jobCatalogue, type JobPayloads } from '@app/jobs';
import { NOTIFICATIE_REGELS, REALTIME_EVENTS } from '../notificaties/notificatie-regels';

export interface RelayedEvent {
  id: string;
  type: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

export interface JobRequest<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  /** Run at this moment (a delayed job), not at once. */
  at?: Date;
}

const DAG = 24 * 3600_000;

/** Which jobs each domain event starts. Unknown event types start nothing (and are still marked relayed). */
export function jobsForEvent(e: RelayedEvent): JobRequest[] {
  return [...domeinJobs(e), ...notificatieJobs(e)];
}

/** One message job per recipient (jobId per event and recipient), and one realtime push per event. */
function notificatieJobs(e: RelayedEvent): JobRequest[] {
  const basis = { eventId: e.id, type: e.type, aggregateId: e.aggregateId, payload: e.payload };
  const regel = NOTIFICATIE_REGELS[e.type];
  const jobs: JobRequest[] = (regel?.rollen ?? []).map((rol) => ({ name: JobName.Notificeer, payload: { ...basis, rol } }));
  if (REALTIME_EVENTS.has(e.type)) jobs.push({ name: JobName.RealtimePush, payload: basis });
  return jobs;
}

function domeinJobs(e: RelayedEvent): JobRequest[] {
  switch (e.type) {
    case 'systeem.ping':
      return [{ name: JobName.SysteemPing, payload: { pingId: e.aggregateId, eventId: e.id } }];
    case 'match.aangeboden':
      return [{ name: JobName.AanbodVerloop, payload: { matchId: e.aggregateId }, at: new Date(String(e.payload.verlooptOp)) }];
    case 'match.bevestigd': {
      const eerste = e.payload.eersteDatum ? new Date(String(e.payload.eersteDatum)) : undefined;
      if (!eerste) return [];
      // the gemeente's opvolgingDagen, put in the event when the match was confirmed (older events: the default)
      const opvolgingDagen = Number(e.payload.opvolgingDagen) || STANDAARD_INSTELLINGEN.opvolgingDagen;
      return [
        { name: JobName.Herinnering, payload: { matchId: e.aggregateId, datum: eerste.toISOString() }, at: new Date(eerste.getTime() - DAG) },
        { name: JobName.Opvolging, payload: { matchId: e.aggregateId }, at: new Date(eerste.getTime() + opvolgingDagen * DAG) },
      ];
    }
    case 'aanbod.actief':
    case 'aanbod.gewijzigd':
      return [{ name: JobName.Herbereken, payload: { aanbodId: e.aggregateId, eventId: e.id } }];
    default:
      return [];
  }
}

export function jobIdFor(req: JobRequest): string {
  return (jobCatalogue[req.name].jobId as (p: unknown) => string)(req.payload);
}
