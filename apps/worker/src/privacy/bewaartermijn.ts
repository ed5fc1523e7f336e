import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { instellingSql } from '@app/domain';
import { pseudonimiseer } from '@app/persistence';

/**
 * Retention: a person who left (uitstroom) more than the gemeente's term ago (instellingen.bewaartermijnMaanden,
 * default 24) is pseudonymised. One transaction per person, so a crash halfway resumes where it stopped.
 */
@Injectable()
export class BewaartermijnService {
  private readonly logger = new Logger(BewaartermijnService.name);
  constructor(private readonly ds: DataSource) {}

  async run(nu = new Date()): Promise<number> {
    const due: { id: string }[] = await this.ds.query(
      `SELECT d.id FROM deelnemers d JOIN gemeenten g ON g.id = d.gemeente_id
        WHERE d.gepseudonimiseerd_op IS NULL AND d.uitstroom_datum IS NOT NULL
          AND d.uitstroom_datum < ($1::timestamptz - make_interval(months => ${instellingSql('bewaartermijnMaanden')}))
        LIMIT 10000`,
      [nu],
    );
    for (const { id } of due) {
      await this.ds.transaction((m) => pseudonimiseer(m, id, 'bewaartermijn verstreken'));
    }
    if (due.length) this.logger.log(`pseudonymised ${due.length} people past their retention period`);
    return due.length;
  }
}
