import { Controller, Get, HttpCode, Module, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { notFound, unprocessable } from '@app/common';
import { allQueues, JobProducer, type QueueName } from '@app/jobs';
import { AuditService } from '../audit/audit.service';
import { Caller, Rollen } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { InstellingenController, InstellingenService } from './instellingen.controller';

class MisluktQuery {
  @ApiPropertyOptional({ enum: allQueues }) @IsOptional() @IsIn(allQueues) queue?: QueueName;
}

/**
 * The dead-letter list: jobs that used up their retries, with a retry button for the beheerder. Job payloads
 * are not shown (they may carry a reset token or personal ids); the job id names what it was about.
 */
@ApiTags('beheer')
@ApiBearerAuth()
@Rollen('beheerder')
@Controller('beheer/jobs')
export class JobsBeheerController {
  constructor(
    private readonly jobs: JobProducer,
    private readonly audit: AuditService,
  ) {}

  @Get('mislukt')
  @ApiOperation({ summary: 'Mislukte jobs (alle pogingen op) per queue, nieuwste eerst' })
  async mislukt(@Query() q: MisluktQuery) {
    const out = [];
    for (const queue of q.queue ? [q.queue] : allQueues) {
      for (const job of await this.jobs.queue(queue).getFailed(0, 99)) {
        out.push({
          queue,
          id: job.id,
          naam: job.name,
          reden: job.failedReason?.slice(0, 500) ?? null,
          pogingen: job.attemptsMade,
          misluktOp: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
        });
      }
    }
    return out.sort((a, b) => (b.misluktOp ?? '').localeCompare(a.misluktOp ?? ''));
  }

  @Post(':queue/:id/opnieuw')
  @HttpCode(202)
  @ApiOperation({ summary: 'Een mislukte job opnieuw laten proberen' })
  async opnieuw(@Caller() p: Principal, @Param('queue') queue: string, @Param('id') id: string) {
    if (!(allQueues as string[]).includes(queue)) throw unprocessable('queue', `onbekende queue; kies uit ${allQueues.join(', ')}`);
    const job = await this.jobs.queue(queue as QueueName).getJob(id);
    if (!job || !(await job.isFailed())) throw notFound('Mislukte job', id);
    await job.retry('failed');
    await this.audit.record(p, 'wijzigen', 'job', `${queue}/${id}`, null, { actie: 'opnieuw' });
    return { queue, id, status: 'opnieuw-ingepland' };
  }
}

@Module({ controllers: [JobsBeheerController, InstellingenController], providers: [InstellingenService] })
export class BeheerModule {}
