import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { InjectConfig, type AppConfig } from '@app/config';
import { kamers, REALTIME_KANAAL, RealtimeEvent, type RealtimeBericht } from '@app/notificaties';
import { RealtimeGateway } from './realtime.gateway';
import { TellersService } from './tellers.service';

const OVERLAP_MS = 5_000;
const TELLER_PAUZE_MS = 300;

/**
 * What this api instance pushes from PostgreSQL: new tasks (`NOTIFY taken, '<gemeenteId>'` from plaatsTaak, in
 * the api or the worker) and, without Redis, the worker's realtime messages (`NOTIFY realtime`). Every instance
 * listens and emits to its own sockets only (`local`), so with several instances nobody gets a message twice.
 */
@Injectable()
export class RealtimeBronService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RealtimeBronService.name);
  private client?: Client;
  private stopped = false;
  private readonly sinds = new Map<string, Date>();
  private readonly gezien = new Set<string>();
  private readonly tellerTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly ds: DataSource,
    private readonly gateway: RealtimeGateway,
    private readonly tellers: TellersService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl });
    client.on('error', (e) => {
      this.logger.warn(`realtime listener lost its connection (${e.message}); reconnecting`);
      this.client = undefined;
      setTimeout(() => void this.listen().catch(() => undefined), 2000);
    });
    client.on('notification', (n) => void this.op(n.channel, n.payload ?? '').catch((e: Error) => this.logger.warn(`realtime push failed: ${e.message}`)));
    try {
      await client.connect();
      await client.query('LISTEN taken');
      if (!this.config.redisUrl) await client.query(`LISTEN ${REALTIME_KANAAL}`);
      this.client = client;
    } catch {
      setTimeout(() => void this.listen().catch(() => undefined), 2000);
    }
  }

  private async op(kanaal: string, payload: string): Promise<void> {
    if (kanaal === REALTIME_KANAAL) {
      const b = JSON.parse(payload) as RealtimeBericht;
      this.gateway.server.local.to(b.kamers).emit(b.event, b.data);
    } else if (kanaal === 'taken' && /^[0-9a-f-]{36}$/.test(payload)) {
      await this.nieuweTaken(payload);
      this.tellersLater(payload);
    }
  }

  /** Tasks created since the last look (with overlap: transactions commit out of order), each pushed once. */
  private async nieuweTaken(gemeenteId: string): Promise<void> {
    const sinds = this.sinds.get(gemeenteId) ?? new Date(Date.now() - OVERLAP_MS);
    const rows: { id: string; soort: string; titel: string; prioriteit: string; wijk_code: string | null; created_at: Date }[] = await this.ds.query(
      `SELECT id, soort, titel, prioriteit, wijk_code, created_at FROM taken WHERE gemeente_id = $1 AND created_at > $2 ORDER BY created_at LIMIT 500`,
      [gemeenteId, new Date(sinds.getTime() - OVERLAP_MS)],
    );
    for (const t of rows) {
      if (this.gezien.has(t.id)) continue;
      this.gezien.add(t.id);
      const kamer = t.wijk_code ? kamers.wijk(t.wijk_code) : kamers.staf(gemeenteId);
      this.gateway.server.local
        .to(kamer)
        .emit(RealtimeEvent.TaakNieuw, { id: t.id, soort: t.soort, titel: t.titel, prioriteit: t.prioriteit, wijkCode: t.wijk_code });
    }
    if (this.gezien.size > 20_000) this.gezien.clear();
    if (rows.length) this.sinds.set(gemeenteId, new Date(rows[rows.length - 1].created_at));
  }

  /**
   * Counters follow changes, at most a few times a second per gemeente, and only while someone here watches the
   * gemeente: under load the three counts ran on every new task (~8 ms each with thousands of tasks and offers).
   */
  private tellersLater(gemeenteId: string): void {
    if (this.tellerTimers.has(gemeenteId)) return;
    this.tellerTimers.set(
      gemeenteId,
      setTimeout(() => {
        this.tellerTimers.delete(gemeenteId);
        if (!this.gateway.heeftLuisteraars(kamers.gemeente(gemeenteId))) return;
        void this.tellers
          .voor(gemeenteId)
          .then((t) => this.gateway.server.local.to(kamers.gemeente(gemeenteId)).emit(RealtimeEvent.Tellers, t))
          .catch(() => undefined);
      }, TELLER_PAUZE_MS),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const t of this.tellerTimers.values()) clearTimeout(t);
    const c = this.client;
    this.client = undefined;
    if (c) {
      c.removeAllListeners('error');
      c.on('error', () => undefined);
      await c.end().catch(() => undefined);
    }
  }
}
