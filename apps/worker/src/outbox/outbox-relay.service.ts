import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { InjectConfig, type AppConfig } from '@app/config';
import { jobCatalogue, JobProducer } from '@app/jobs';
import { jobIdFor, jobsForEvent, type RelayedEvent } from './event-routes';

const BATCH = 500;

/**
 * Moves committed outbox events into BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED (several workers
 * may run) and marked relayed by the same statement, then enqueued with deterministic jobIds before the
 * transaction commits. A crash between
 * enqueue and commit re-enqueues the same jobIds, which BullMQ ignores: nothing lost, nothing doubled.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly ds: DataSource,
    private readonly jobs: JobProducer,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => this.kick(), 1000);
    this.kick();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl });
    client.on('error', (e) => {
      this.logger.warn(`outbox listener lost its connection (${e.message}); polling until it is back`);
      this.listener = undefined;
      setTimeout(() => void this.listen().catch(() => undefined), 2000);
    });
    client.on('notification', () => this.kick());
    try {
      await client.connect();
      await client.query('LISTEN outbox_events');
      this.listener = client;
    } catch {
      setTimeout(() => void this.listen().catch(() => undefined), 2000);
    }
  }

  /** Coalesces wake-ups: at most one relay pass runs, and one more follows if woken meanwhile. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .then(() => undefined)
      .catch((e: Error) => this.logger.warn(`outbox relay pass failed: ${e.message}`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Relays until no unrelayed events remain; returns how many were relayed. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.relayBatch();
      total += n;
      if (n < BATCH || this.stopped) return total;
    }
  }

  private async relayBatch(): Promise<number> {
    return this.ds.transaction(async (m) => {
      // claimed and marked in one statement; the mark only holds if the enqueue below succeeds and we commit
      const [rows]: [{ id: string; type: string; aggregate_id: string; payload: Record<string, unknown> }[], number] = await m.query(
        `UPDATE outbox_events SET relayed_at = now()
          WHERE id IN (SELECT id FROM outbox_events WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id, type, aggregate_id, payload`,
        [BATCH],
      );
      if (!rows.length) return 0;
      // RETURNING gives no order: enqueue in event order
      rows.sort((a, b) => Number(a.id) - Number(b.id));
      const events: RelayedEvent[] = rows.map((r) => ({ id: String(r.id), type: r.type, aggregateId: r.aggregate_id, payload: r.payload }));
      const byQueue = new Map<string, { name: string; data: unknown; opts: object }[]>();
      for (const e of events) {
        for (const req of jobsForEvent(e)) {
          const def = jobCatalogue[req.name];
          const list = byQueue.get(def.queue) ?? [];
          list.push({
            name: req.name,
            data: req.payload,
            opts: { ...def.options, jobId: jobIdFor(req), delay: req.at ? Math.max(0, req.at.getTime() - Date.now()) : undefined },
          });
          byQueue.set(def.queue, list);
        }
      }
      for (const [queue, list] of byQueue) {
        await this.jobs.queue(queue as never).addBulk(list as never);
      }
      return events.length;
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    const l = this.listener;
    this.listener = undefined;
    if (l) {
      l.removeAllListeners('error');
      l.on('error', () => undefined);
      await l.end().catch(() => undefined);
    }
  }
}
