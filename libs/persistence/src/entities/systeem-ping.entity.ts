import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('systeem_pings')
export class SysteemPingEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt!: Date | null;

  @Column({ name: 'processed_by', type: 'text', nullable: true })
  processedBy!: string | null;

  @Column({ type: 'int', default: 0 })
  attempts!: number;
}
