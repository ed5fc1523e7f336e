// A small typed client for /api/v1. GET requests retry on a lost connection (with back-off) and report the
// connection state to the banner; POSTs are not retried automatically (the form keeps what was typed, the
// user presses the button again). Errors are thrown as ApiError carrying the problem+json body.
import type {
  AanbodIntake,
  Account,
  Adres,
  Categorie,
  HulpvraagIntake,
  Locatie,
  LoginResult,
  PrikbordPage,
  PrikbordType,
  Problem,
  Signalering,
  Wijk,
} from './types';
import { auth } from './auth';
import { connection } from './connection';

export const API = '/api/v1';

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
  }
  get status(): number {
    return this.problem.status;
  }
}

/** The connection failed (offline, server down): nothing came back. */
export class NetworkError extends Error {
  constructor() {
    super('Geen verbinding met de server.');
    this.name = 'NetworkError';
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** retries on network failure, GET only */
  retries?: number;
  signal?: AbortSignal;
  auth?: boolean;
  /** Idempotency-Key: the api answers a repeat with the first answer, so such a POST may be retried safely */
  idempotencyKey?: string;
}

/** A random key (crypto.getRandomValues also works outside secure contexts, unlike randomUUID). */
export function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(signal.reason);
    });
  });

async function toProblem(res: Response): Promise<Problem> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await res.json()) as Partial<Problem>;
      return { ...body, status: body.status ?? res.status };
    } catch {
      /* fall through */
    }
  }
  return { status: res.status, title: res.statusText || 'Er ging iets mis' };
}

export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const retries = opts.retries ?? (method === 'GET' ? 4 : opts.idempotencyKey ? 3 : 0);
  for (let attempt = 0; ; attempt++) {
    const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const token = opts.auth === false ? undefined : auth.accessToken();
    if (token) headers.authorization = `Bearer ${token}`;
    if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
    let res: Response;
    try {
      res = await fetch(`${API}${path}`, {
        method,
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: opts.signal,
        credentials: 'same-origin',
      });
    } catch (e) {
      if (opts.signal?.aborted) throw e;
      connection.failed();
      if (attempt >= retries) throw new NetworkError();
      await sleep(Math.min(8000, 500 * 2 ** attempt), opts.signal);
      continue;
    }
    connection.ok();
    if (res.status === 401 && opts.auth !== false && auth.canRefresh() && attempt === 0) {
      if (await auth.refresh()) continue;
    }
    if (res.status >= 502 && res.status <= 504 && attempt < retries) {
      await sleep(Math.min(8000, 500 * 2 ** attempt), opts.signal);
      continue;
    }
    if (!res.ok) throw new ApiError(await toProblem(res));
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }
}

const qs = (params: Record<string, string | number | undefined | null>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

export const api = {
  categorieen: (signal?: AbortSignal) => request<Categorie[]>('/categorieen', { signal }),
  wijken: (signal?: AbortSignal) => request<Wijk[]>('/wijken', { signal }),
  adres: (postcode: string, huisnummer: string, signal?: AbortSignal) => request<Adres>(`/adressen${qs({ postcode, huisnummer })}`, { signal, retries: 1 }),
  locaties: (signal?: AbortSignal) => request<Locatie[]>('/locaties', { signal }),
  prikbord: (params: { wijk?: string; categorie?: string; q?: string; type?: PrikbordType; cursor?: string | null; limit?: number }, signal?: AbortSignal) =>
    request<PrikbordPage>(`/prikbord${qs(params)}`, { signal }),
  hulpvraag: (body: HulpvraagIntake, idempotencyKey?: string) =>
    request<{ referentie: string; hulpvraagId: string }>('/intake/hulpvragen', { method: 'POST', body, auth: false, idempotencyKey }),
  aanbod: (body: AanbodIntake, idempotencyKey?: string) =>
    request<{ referentie: string }>('/intake/aanbod', { method: 'POST', body, auth: false, idempotencyKey }),
  signalering: (body: Signalering, idempotencyKey?: string) =>
    request<{ referentie: string }>('/signaleringen', { method: 'POST', body, auth: false, idempotencyKey }),
  login: (email: string, password: string) => request<LoginResult>('/auth/login', { method: 'POST', body: { email, password }, auth: false }),
  me: () => request<Account>('/auth/me'),
  logout: (refreshToken?: string) => request<void>('/auth/logout', { method: 'POST', body: refreshToken ? { refreshToken } : {} }),
};

/** A short Dutch sentence for any error, for the general message at the top of a form. */
export function errorText(e: unknown): string {
  if (e instanceof NetworkError) return 'Er is geen verbinding. Wat u hebt ingevuld, is bewaard. Probeer het straks opnieuw.';
  if (e instanceof ApiError) {
    if (e.status === 429) return 'U hebt het te vaak geprobeerd. Wacht een paar minuten en probeer het opnieuw.';
    if (e.status >= 500) return 'Er ging iets mis bij ons. Wat u hebt ingevuld, is bewaard. Probeer het later opnieuw, of bel ons.';
    return e.problem.detail ?? e.problem.title ?? 'Dit lukte niet.';
  }
  return 'Er ging iets mis. Probeer het opnieuw.';
}
