import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { JobName, JobPayloads } from '@app/jobs';
import { kamers, RealtimeEvent } from '@app/notificaties';
import { RealtimePublisher } from './realtime.publisher';

const EVENT: Record<string, RealtimeEvent> = {
  'match.aangeboden': RealtimeEvent.AanbodNieuw,
  'match.geaccepteerd': RealtimeEvent.MatchGeaccepteerd,
  'match.afgewezen': RealtimeEvent.MatchAfgewezen,
};

/** Tells the parties and the wijk's makelaars, live, that a match moved. Ids and the request title only. */
@Injectable()
export class RealtimePushService {
  constructor(
    private readonly ds: DataSource,
    private readonly publisher: RealtimePublisher,
  ) {}

  async push(d: JobPayloads[JobName.RealtimePush]): Promise<boolean> {
    const event = EVENT[d.type];
    const [m] = event
      ? ((await this.ds.query(
          `SELECT m.id, m.hulpvraag_id, m.helper_id, m.bewoner_id, m.wijk_code, m.gemeente_id, m.status, m.verloopt_op, h.titel
             FROM matches m JOIN hulpvragen h ON h.id = m.hulpvraag_id WHERE m.id = $1`,
          [d.aggregateId],
        )) as {
          id: string;
          hulpvraag_id: string;
          helper_id: string;
          bewoner_id: string;
          wijk_code: string;
          gemeente_id: string;
          status: string;
          verloopt_op: Date | null;
          titel: string;
        }[])
      : [];
    if (!m) return false;
    // a new offer is the helper's business; an answer also concerns the resident
    const partijen = event === RealtimeEvent.AanbodNieuw ? [m.helper_id] : [m.helper_id, m.bewoner_id];
    await this.publisher.publish({
      kamers: [...partijen.map(kamers.deelnemer), kamers.wijk(m.wijk_code)],
      event,
      data: { matchId: m.id, hulpvraagId: m.hulpvraag_id, titel: m.titel, status: m.status, verlooptOp: m.verloopt_op, eventId: d.eventId },
    });
    return true;
  }
}
