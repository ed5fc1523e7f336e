import type { EntityManager } from 'typeorm';

export interface DomainEvent {
  type: string;
  aggregateId: string;
  payload?: Record<string, unknown>;
}

/**
 * Records events in the caller's transaction: they commit or roll back with the state change.
 * A NOTIFY (delivered on commit only) wakes the relay without polling delay.
 */
export async function publishEvents(manager: EntityManager, events: DomainEvent[]): Promise<void> {
  if (!events.length) return;
  await manager.query(`INSERT INTO outbox_events (type, aggregate_id, payload) SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[])`, [
    events.map((e) => e.type),
    events.map((e) => e.aggregateId),
    events.map((e) => JSON.stringify(e.payload ?? {})),
  ]);
  await manager.query(`NOTIFY outbox_events`);
}
