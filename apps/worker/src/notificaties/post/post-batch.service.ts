import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { kalenderdag } from '@app/domain';
import { plaatsTaak } from '@app/matches';
import { briefPdf, type Brief } from '@app/notificaties';

/**
 * Daily: every gemeente's waiting letters become one printable PDF and one task for the makelaar to post them.
 * Letters are claimed, batched and marked sent in one transaction, so a re-run never prints a letter twice.
 * The letter text is cleared once it is in the batch.
 */
@Injectable()
export class PostBatchService {
  constructor(private readonly ds: DataSource) {}

  async run(nu = new Date()): Promise<{ batches: number; brieven: number }> {
    const gemeenten: { gemeente_id: string }[] = await this.ds.query(
      `SELECT DISTINCT gemeente_id FROM berichten WHERE kanaal = 'post' AND post_batch_id IS NULL AND status = 'queued' AND inhoud IS NOT NULL`,
    );
    let brieven = 0;
    for (const { gemeente_id } of gemeenten) brieven += await this.batch(gemeente_id, kalenderdag(nu));
    return { batches: gemeenten.length, brieven };
  }

  private batch(gemeenteId: string, datum: string): Promise<number> {
    return this.ds.transaction(async (m) => {
      const rows: { id: string; inhoud: Brief }[] = await m.query(
        `SELECT id, inhoud FROM berichten WHERE gemeente_id = $1 AND kanaal = 'post' AND post_batch_id IS NULL AND status = 'queued' AND inhoud IS NOT NULL
          ORDER BY created_at FOR UPDATE SKIP LOCKED`,
        [gemeenteId],
      );
      if (!rows.length) return 0;
      const pdf = await briefPdf(
        rows.map((r) => r.inhoud),
        datum,
      );
      const [batch] = await m.query(`INSERT INTO post_batches (gemeente_id, datum, aantal, pdf) VALUES ($1,$2,$3,$4) RETURNING id`, [
        gemeenteId,
        datum,
        rows.length,
        pdf,
      ]);
      await m.query(
        `UPDATE berichten SET post_batch_id = $2, status = 'sent', verzonden_op = now(), extern_id = $2, inhoud = NULL, updated_at = now() WHERE id = ANY($1)`,
        [rows.map((r) => r.id), batch.id],
      );
      await plaatsTaak(m, {
        gemeenteId,
        soort: 'post-versturen',
        titel: `Print en verstuur ${rows.length} brief${rows.length === 1 ? '' : 'en'} (${datum})`,
        instructie: `Download de brieven bij Post (GET /api/v1/post-batches/${batch.id}/pdf), print ze en doe ze vandaag op de post.`,
        sleutel: `post-batch:${batch.id}`,
      });
      return rows.length;
    });
  }
}
