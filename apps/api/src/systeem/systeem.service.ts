import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '@app/common';
import { publishEvents, SysteemPingEntity } from '@app/persistence';

export interface PingView {
  id: string;
  status: 'wachtend' | 'verwerkt';
  createdAt: string;
  processedAt: string | null;
  processedBy: string | null;
}

const view = (p: SysteemPingEntity): PingView => ({
  id: p.id,
  status: p.processedAt ? 'verwerkt' : 'wachtend',
  createdAt: p.createdAt.toISOString(),
  processedAt: p.processedAt?.toISOString() ?? null,
  processedBy: p.processedBy,
});

@Injectable()
export class SysteemService {
  constructor(private readonly ds: DataSource) {}

  async create(): Promise<PingView> {
    return this.ds.transaction(async (m) => {
      const ping = await m.save(m.create(SysteemPingEntity, {}));
      await publishEvents(m, [{ type: 'systeem.ping', aggregateId: ping.id }]);
      return view(ping);
    });
  }

  async get(id: string): Promise<PingView> {
    const ping = await this.ds.getRepository(SysteemPingEntity).findOneBy({ id });
    if (!ping) throw notFound('Ping', id);
    return view(ping);
  }
}
