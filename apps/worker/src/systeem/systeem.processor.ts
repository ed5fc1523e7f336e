import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { wachtBijStoring } from '../common/storing';
import { JobName, QueueName, type JobPayloads } from '@app/jobs';
import { VerloopService } from '../marktplaats/verloop.service';
import { DagexportService } from '../monitoring/dagexport.service';
import { MomentopnamenService } from '../monitoring/momentopnamen.service';
import { BewaartermijnService } from '../privacy/bewaartermijn';

@Processor(QueueName.Systeem, { concurrency: 8 })
export class SysteemProcessor extends WorkerHost {
  constructor(
    private readonly ds: DataSource,
    private readonly bewaartermijn: BewaartermijnService,
    private readonly verloop: VerloopService,
    private readonly dagexport: DagexportService,
    private readonly momentopnamen: MomentopnamenService,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return wachtBijStoring(this.worker, () => this.verwerk(job));
  }

  private async verwerk(job: Job): Promise<unknown> {
    switch (job.name) {
      case JobName.SysteemPing: {
        const { pingId } = job.data as JobPayloads[JobName.SysteemPing];
        // idempotent: a re-run after a crash only counts the attempt
        await this.ds.query(
          `UPDATE systeem_pings SET attempts = attempts + 1, processed_at = COALESCE(processed_at, now()), processed_by = COALESCE(processed_by, $2) WHERE id = $1`,
          [pingId, `${hostname()}:${process.pid}`],
        );
        return { pingId };
      }
      case JobName.HulpvraagVerloop:
        return this.verloop.run();
      case JobName.Bewaartermijn:
        return { gepseudonimiseerd: await this.bewaartermijn.run() };
      case JobName.MonitoringDagexport: {
        const { datum, gemeente } = job.data as JobPayloads[JobName.MonitoringDagexport];
        return this.dagexport.run(datum, gemeente);
      }
      case JobName.MonitoringMomentopnamen: {
        // `datum` only names the run (its jobId): results are always computed now, from today's data
        const { gemeente } = job.data as JobPayloads[JobName.MonitoringMomentopnamen];
        return this.momentopnamen.run(new Date(), gemeente);
      }
      default:
        throw new Error(`unknown job ${job.name} on ${QueueName.Systeem}`);
    }
  }
}
