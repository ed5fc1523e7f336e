import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Emitter } from '@socket.io/redis-emitter';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { InjectConfig, type AppConfig } from '@app/config';
import { REALTIME_KANAAL, socketIoKey, type RealtimeBericht } from '@app/notificaties';

/**
 * Pushes to socket.io rooms from the worker. With Redis: the socket.io Redis emitter, which every api instance
 * (Redis adapter) receives. Without: a PostgreSQL NOTIFY that every api instance LISTENs to.
 */
@Injectable()
export class RealtimePublisher implements OnApplicationShutdown {
  private redis?: Redis;
  private emitter?: Emitter;

  constructor(
    private readonly ds: DataSource,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async publish(b: RealtimeBericht): Promise<void> {
    if (!b.kamers.length) return;
    if (this.config.redisUrl) {
      this.emitter ??= new Emitter((this.redis = new Redis(this.config.redisUrl, { maxRetriesPerRequest: 3 })), { key: socketIoKey(this.config.queuePrefix) });
      this.emitter.to(b.kamers).emit(b.event, b.data);
      return;
    }
    await this.ds.query(`SELECT pg_notify($1, $2)`, [REALTIME_KANAAL, JSON.stringify(b)]);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => undefined);
  }
}
