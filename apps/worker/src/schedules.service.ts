import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { jobCatalogue, JobProducer, schedules } from '@app/jobs';

/** Upserts the catalogue's cron schedules; BullMQ keeps one scheduler per id however many workers start. */
@Injectable()
export class SchedulesService implements OnApplicationBootstrap {
  constructor(private readonly jobs: JobProducer) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const s of schedules) {
      const def = jobCatalogue[s.name];
      await this.jobs.queue(def.queue).upsertJobScheduler(s.name, { pattern: s.cron, tz: 'Europe/Amsterdam' }, { name: s.name, data: {}, opts: def.options });
    }
  }
}
