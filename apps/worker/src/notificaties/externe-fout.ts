/**
 * Failures of an outside party (SMTP server, SMS provider). They can look like a database outage (`connect
 * ECONNREFUSED`), but they must spend an attempt, so retries with backoff and then the fallback channel follow.
 */
const extern = new WeakSet<object>();

export function alsExtern<T>(p: Promise<T>): Promise<T> {
  return p.catch((e: unknown) => {
    if (e && typeof e === 'object') extern.add(e);
    throw e;
  });
}

export function isExtern(e: unknown): boolean {
  return !!e && typeof e === 'object' && extern.has(e);
}

/** What the job queue sees of an outside failure: the code, not an error that reads as a database outage. */
export class ExterneFout extends Error {
  override readonly name = 'ExterneFout';
  constructor(e: unknown) {
    const err = e as NodeJS.ErrnoException;
    super(`outside party failed (${err.code ?? err.name ?? 'Error'})`);
  }
}
