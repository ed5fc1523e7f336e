import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { wachtBijStoring } from '../common/storing';
import { JobName, QueueName, type JobPayloads } from '@app/jobs';
import { BezorgService } from './bezorg.service';
import { DigestService } from './digest.service';
import { ExterneFout, isExtern } from './externe-fout';
import { PostBatchService } from './post/post-batch.service';
import { RealtimePushService } from './realtime-push.service';

/**
 * Thin: each job names one service call. Concurrency is high because a job mostly waits: its statements are
 * batched with those of the other running jobs (Bundelaar), so more jobs at once means fewer, larger statements
 * (bench:notifications: 128 → 512 raised throughput by a quarter); mail goes over a small SMTP pool.
 */
@Processor(QueueName.Notificaties, { concurrency: 512 })
export class NotificatiesProcessor extends WorkerHost {
  constructor(
    private readonly bezorg: BezorgService,
    private readonly realtime: RealtimePushService,
    private readonly post: PostBatchService,
    private readonly digest: DigestService,
  ) {
    super();
  }

  process(job: Job, token?: string): Promise<unknown> {
    // an outside party's failure spends an attempt (backoff, then fallback); only our own outage waits for free
    return wachtBijStoring(this.worker, () =>
      this.verwerk(job, token).catch((e: unknown) => {
        throw isExtern(e) ? new ExterneFout(e) : e;
      }),
    );
  }

  private async verwerk(job: Job, token?: string): Promise<unknown> {
    switch (job.name as JobName) {
      case JobName.Notificeer:
        return this.bezorg.bezorg(job as Job<JobPayloads[JobName.Notificeer]>, token);
      case JobName.RealtimePush:
        return this.realtime.push(job.data as JobPayloads[JobName.RealtimePush]);
      case JobName.PostBatch:
        return this.post.run();
      case JobName.Digest:
        return { verstuurd: await this.digest.run() };
      default:
        throw new Error(`unknown job ${job.name} on ${QueueName.Notificaties}`);
    }
  }
}
