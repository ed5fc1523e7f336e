import { KanaalOnbereikbaar, type SmsProvider } from '@app/notificaties';

/**
 * A generic HTTP SMS gateway: POST {to, body, reference} as JSON with a bearer token, answer {id}.
 * The reference doubles as Idempotency-Key, so a provider that honours it sends a retried message once.
 * 4xx (bad number, refused) will not improve with retries; 5xx and network errors are retried.
 */
export class HttpSmsProvider implements SmsProvider {
  readonly naam = 'http';
  constructor(
    private readonly url: string,
    private readonly token: string | undefined,
  ) {}

  async verstuur(b: { naar: string; tekst: string; referentie: string }): Promise<{ id: string; afgeleverd: boolean }> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'idempotency-key': b.referentie,
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ to: b.naar, body: b.tekst, reference: b.referentie }),
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status >= 400 && res.status < 500) throw new KanaalOnbereikbaar(`SMS provider refused the message (HTTP ${res.status})`);
    if (!res.ok) throw new Error(`SMS provider answered HTTP ${res.status}`);
    const body = (await res.json().catch(() => ({}))) as { id?: unknown };
    return { id: typeof body.id === 'string' ? body.id : b.referentie, afgeleverd: false };
  }
}
