import { OutboxEventEntity } from './outbox-event.entity';
import { SysteemPingEntity } from './systeem-ping.entity';

export { OutboxEventEntity, SysteemPingEntity };

export const entities = [OutboxEventEntity, SysteemPingEntity];
