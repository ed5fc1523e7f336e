/** The socket.io rooms. A client is put in the rooms its token entitles it to, and can join no others. */
export const kamers = {
  deelnemer: (id: string) => `deelnemer:${id}`,
  /** Wijk codes are national (CBS), so they cannot collide across gemeenten. */
  wijk: (code: string) => `wijk:${code}`,
  /** The gemeente dashboard: live counters only (aggregates, no personal data), for staff and gemeente users. */
  gemeente: (id: string) => `gemeente:${id}`,
  /** Makelaars and beheerders of one gemeente: tasks without a wijk. */
  staf: (id: string) => `staf:${id}`,
};

/** Events pushed to clients. */
export enum RealtimeEvent {
  AanbodNieuw = 'aanbod.nieuw',
  MatchGeaccepteerd = 'match.geaccepteerd',
  MatchAfgewezen = 'match.afgewezen',
  TaakNieuw = 'taak.nieuw',
  Notificatie = 'notificatie',
  Tellers = 'tellers',
}

/** One message from the worker to the api instances: who gets it, what, with which data (ids and short texts). */
export interface RealtimeBericht {
  kamers: string[];
  event: RealtimeEvent;
  data: Record<string, unknown>;
}

/** PostgreSQL NOTIFY channel the worker uses for realtime messages when there is no Redis. */
export const REALTIME_KANAAL = 'realtime';

/** The socket.io Redis adapter/emitter key, shared by api instances and the worker of one deployment (QUEUE_PREFIX). */
export const socketIoKey = (prefix: string) => `buurtkracht-io:${prefix}`;
