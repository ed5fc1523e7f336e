import { EventSubscriber, type EntityManager, type EntitySubscriberInterface, type TransactionCommitEvent, type TransactionRollbackEvent } from 'typeorm';

export interface DomainEvent {
  type: string;
  aggregateId: string;
  payload?: Record<string, unknown>;
}

/**
 * Records events in the caller's transaction: they commit or roll back with the state change.
 * A NOTIFY right after the commit wakes the relay without polling delay.
 */
export async function publishEvents(manager: EntityManager, events: DomainEvent[]): Promise<void> {
  if (!events.length) return;
  await manager.query(`INSERT INTO outbox_events (type, aggregate_id, payload) SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[])`, [
    events.map((e) => e.type),
    events.map((e) => e.aggregateId),
    events.map((e) => JSON.stringify(e.payload ?? {})),
  ]);
  await notifyNaCommit(manager, 'outbox_events');
}

type Wachtend = Map<string, [kanaal: string, payload: string]>;

/**
 * A NOTIFY sent after the caller's transaction commits, as a statement of its own (at once without a transaction).
 * A NOTIFY inside a transaction takes a database-wide lock at commit and holds it through the WAL flush, so every
 * writing request that publishes an event would commit one at a time (bench:load). These are wake-up hints: the
 * outbox relay also polls every second, so a lost one delays nothing for long; a lost `taken` hint (the process dies
 * between COMMIT and the NOTIFY) means the desk sees that task on its next refresh instead of live.
 */
export async function notifyNaCommit(m: EntityManager, kanaal: string, payload = ''): Promise<void> {
  const qr = m.queryRunner;
  if (qr?.isTransactionActive) {
    const wachtend = ((qr.data as { naCommit?: Wachtend }).naCommit ??= new Map());
    wachtend.set(`${kanaal}\u0000${payload}`, [kanaal, payload]);
    return;
  }
  await m.query('SELECT pg_notify($1, $2)', [kanaal, payload]);
}

/** Sends the NOTIFYs a transaction queued, on its own connection, once the outermost transaction committed. */
@EventSubscriber()
export class NaCommitNotifier implements EntitySubscriberInterface {
  async afterTransactionCommit(e: TransactionCommitEvent): Promise<void> {
    const qr = e.queryRunner;
    const data = qr.data as { naCommit?: Wachtend };
    // a released savepoint: the outer transaction may still roll back
    if (qr.isTransactionActive || !data.naCommit?.size) return;
    const wachtend = [...data.naCommit.values()];
    data.naCommit = undefined;
    // the commit stands whatever happens here: a failed hint must not turn it into an error
    for (const [kanaal, payload] of wachtend) await qr.query('SELECT pg_notify($1, $2)', [kanaal, payload]).catch(() => undefined);
  }

  afterTransactionRollback(e: TransactionRollbackEvent): void {
    if (!e.queryRunner.isTransactionActive) (e.queryRunner.data as { naCommit?: Wachtend }).naCommit = undefined;
  }
}
