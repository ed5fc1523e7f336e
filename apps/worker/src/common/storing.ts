import { Worker } from 'bullmq';
import { isUnavailable } from '@app/common';

/** How long a worker pauses when PostgreSQL or Redis is away before it tries the job again. */
export const STORING_PAUZE_MS = 5_000;

/**
 * Runs a job; when the database or queue is unreachable, the job goes back to the queue without spending one
 * of its attempts and the worker pauses, so jobs wait out an outage of any length instead of dead-lettering.
 */
export async function wachtBijStoring<T>(worker: Worker, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!isUnavailable(e)) throw e;
    await worker.rateLimit(STORING_PAUZE_MS);
    throw Worker.RateLimitError();
  }
}
