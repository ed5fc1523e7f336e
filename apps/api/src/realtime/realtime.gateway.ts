import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  type OnGatewayConnection,
  type OnGatewayInit,
} from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server, Socket } from 'socket.io';
import { InjectConfig, type AppConfig } from '@app/config';
import { kamers, RealtimeEvent, socketIoKey } from '@app/notificaties';
import { SocketAuthFout, SocketAuthService, type SocketSessie } from './socket-auth.service';
import { TellersService } from './tellers.service';

// setTimeout fires at once beyond 2^31-1 ms; such tokens outlive the process anyway
const MAX_TIMER_MS = 2 ** 31 - 1;

type SessieSocket = Socket & { data: { sessie: SocketSessie; timer?: NodeJS.Timeout } };

/**
 * socket.io on the api's HTTP server (path /socket.io). A client connects with its access token
 * (`auth: { token }`); a bad, expired or revoked token is refused before the connection opens. The client is put
 * in the rooms its token entitles it to and can `join` no others. With REDIS_URL the Redis adapter shares rooms
 * between api instances (and receives the worker's emitter).
 */
@WebSocketGateway({ serveClient: false, cors: { origin: false } })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnApplicationShutdown {
  private readonly logger = new Logger(RealtimeGateway.name);
  private redis: Redis[] = [];
  @WebSocketServer() server!: Server;

  constructor(
    private readonly auth: SocketAuthService,
    private readonly tellers: TellersService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  afterInit(server: Server): void {
    if (this.config.redisUrl) {
      const pub = new Redis(this.config.redisUrl, { maxRetriesPerRequest: 3 });
      const sub = pub.duplicate();
      this.redis = [pub, sub];
      server.adapter(createAdapter(pub, sub, { key: socketIoKey(this.config.queuePrefix) }));
    }
    server.use((socket, next) => {
      const header = socket.handshake.headers.authorization;
      const token = (socket.handshake.auth as { token?: unknown })?.token ?? (header?.startsWith('Bearer ') ? header.slice(7) : undefined);
      this.auth.sessie(token).then(
        (sessie) => {
          socket.data.sessie = sessie;
          next();
        },
        (e: unknown) => {
          const fout = new Error(e instanceof SocketAuthFout ? e.message : 'Verbinden lukt nu niet') as Error & { data: unknown };
          fout.data = { code: e instanceof SocketAuthFout ? e.code : 'fout' };
          if (!(e instanceof SocketAuthFout)) this.logger.warn(`socket auth failed: ${(e as Error).message}`);
          next(fout);
        },
      );
    });
  }

  async handleConnection(socket: SessieSocket): Promise<void> {
    const s = socket.data.sessie;
    await socket.join([...s.kamers]);
    // an expired token does not keep a live connection: the client reconnects with a fresh one
    const resterend = s.verlooptOp === undefined ? undefined : s.verlooptOp - Date.now();
    if (resterend !== undefined && resterend < MAX_TIMER_MS) {
      socket.data.timer = setTimeout(() => socket.disconnect(true), Math.max(0, resterend));
      socket.once('disconnect', () => clearTimeout(socket.data.timer));
    }
    socket.emit('welkom', { kamers: [...s.kamers] });
    if (s.kamers.has(kamers.gemeente(s.gemeenteId))) socket.emit(RealtimeEvent.Tellers, await this.tellers.voor(s.gemeenteId));
  }

  /** Whether a socket of this instance is in `kamer` (the local rooms; every instance pushes to its own sockets). */
  heeftLuisteraars(kamer: string): boolean {
    return (this.server.sockets.adapter.rooms.get(kamer)?.size ?? 0) > 0;
  }

  @SubscribeMessage('join')
  async join(@ConnectedSocket() socket: SessieSocket, @MessageBody() kamer: unknown) {
    if (typeof kamer !== 'string' || !socket.data.sessie.kamers.has(kamer)) return { ok: false, code: 'geen-toegang', kamer };
    await socket.join(kamer);
    return { ok: true, kamer };
  }

  @SubscribeMessage('leave')
  async leave(@ConnectedSocket() socket: SessieSocket, @MessageBody() kamer: unknown) {
    if (typeof kamer === 'string') await socket.leave(kamer);
    return { ok: true, kamer };
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.redis.map((r) => r.quit().catch(() => undefined)));
  }
}
