// Tokens. The access token lives in memory only (a script injected into the page cannot read it from storage,
// and it is gone when the tab closes); the refresh token is kept in sessionStorage, so a reload of the tab
// stays logged in, while closing the tab (or the browser) logs out. sessionStorage is per tab and never sent
// with requests, so it is not exposed to CSRF; the CSP (`script-src 'self'`) limits the XSS risk.
import type { Account, LoginResult } from './types';

const REFRESH_KEY = 'bk.refresh';
type Listener = (account: Account | null) => void;

let accessToken: string | null = null;
let account: Account | null = null;
let refreshing: Promise<boolean> | null = null;
const listeners = new Set<Listener>();

function storedRefresh(): string | null {
  try {
    return sessionStorage.getItem(REFRESH_KEY);
  } catch {
    return null;
  }
}

function setSession(r: LoginResult | null): void {
  accessToken = r?.accessToken ?? null;
  account = r?.account ?? null;
  try {
    if (r) sessionStorage.setItem(REFRESH_KEY, r.refreshToken);
    else sessionStorage.removeItem(REFRESH_KEY);
  } catch {
    /* storage blocked: stays in memory */
  }
  for (const l of listeners) l(account);
}

export const auth = {
  accessToken: () => accessToken,
  account: () => account,
  canRefresh: () => storedRefresh() !== null,
  refreshToken: () => storedRefresh(),
  signedIn: (r: LoginResult) => setSession(r),
  setAccount(a: Account) {
    account = a;
    for (const l of listeners) l(account);
  },
  signedOut: () => setSession(null),
  /** swaps the stored refresh token for a new pair; false (and signed out) when it is no longer valid */
  refresh(): Promise<boolean> {
    const token = storedRefresh();
    if (!token) return Promise.resolve(false);
    refreshing ??= (async () => {
      try {
        const res = await fetch('/api/v1/auth/refresh', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ refreshToken: token }),
        });
        if (!res.ok) {
          if (res.status === 401 || res.status === 400 || res.status === 403) setSession(null);
          return false;
        }
        const body = (await res.json()) as Partial<LoginResult> & { accessToken: string; refreshToken: string };
        accessToken = body.accessToken;
        try {
          sessionStorage.setItem(REFRESH_KEY, body.refreshToken);
        } catch {
          /* ignore */
        }
        if (body.account) auth.setAccount(body.account);
        return true;
      } catch {
        return false;
      } finally {
        refreshing = null;
      }
    })();
    return refreshing;
  },
  subscribe(l: Listener): () => void {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};
