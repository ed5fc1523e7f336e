import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { wachtBijStoring } from '../common/storing';
import { JobName, QueueName, type JobPayloads } from '@app/jobs';
import { MatchWorkflow } from '@app/matches';
import { HerberekeningService } from './herberekening.service';
import { OpvolgingService } from './opvolging.service';

type P<N extends JobName> = JobPayloads[N];

/** Thin: each job names one idempotent service call; the rules live in the services and libs. */
@Processor(QueueName.Tracking, { concurrency: 4 })
export class TrackingProcessor extends WorkerHost {
  constructor(
    private readonly workflow: MatchWorkflow,
    private readonly opvolging: OpvolgingService,
    private readonly herberekening: HerberekeningService,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return wachtBijStoring(this.worker, () => this.verwerk(job));
  }

  private async verwerk(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.AanbodVerloop:
        return this.workflow.verloop((job.data as P<JobName.AanbodVerloop>).matchId);
      case JobName.Herinnering: {
        const d = job.data as P<JobName.Herinnering>;
        return this.opvolging.herinnering(d.matchId, d.datum);
      }
      case JobName.Opvolging:
        return this.opvolging.opvolging((job.data as P<JobName.Opvolging>).matchId);
      case JobName.SlaControle:
        return this.opvolging.sla();
      case JobName.NachtelijkeHerberekening:
        return this.herberekening.nachtelijk();
      case JobName.Herbereken:
        return this.herberekening.voorAanbod((job.data as P<JobName.Herbereken>).aanbodId);
      default:
        throw new Error(`unknown job ${job.name} on ${QueueName.Tracking}`);
    }
  }
}
