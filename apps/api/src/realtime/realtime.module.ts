import { Module } from '@nestjs/common';
import { RealtimeBronService } from './realtime-bron.service';
import { RealtimeGateway } from './realtime.gateway';
import { SocketAuthService } from './socket-auth.service';
import { TellersService } from './tellers.service';

@Module({ providers: [SocketAuthService, TellersService, RealtimeGateway, RealtimeBronService] })
export class RealtimeModule {}
