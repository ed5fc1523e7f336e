// Whether the server can be reached. The banner listens to this; while the connection is lost it checks
// /api/v1/health/live every few seconds, so the banner disappears by itself when the server is back.
type Listener = (online: boolean) => void;

let online = true;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<Listener>();

function set(next: boolean): void {
  if (next === online) return;
  online = next;
  for (const l of listeners) l(online);
  if (!online) schedule(2000);
  else if (timer) clearTimeout(timer);
}

function schedule(ms: number): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(async () => {
    try {
      const res = await fetch('/api/v1/health/live', { cache: 'no-store' });
      if (res.ok) return set(true);
    } catch {
      /* still offline */
    }
    schedule(Math.min(ms * 2, 15000));
  }, ms);
}

export const connection = {
  isOnline: () => online,
  ok: () => set(true),
  failed: () => set(false),
  /** check now (the "probeer opnieuw" button) */
  retry: () => schedule(0),
  subscribe(l: Listener): () => void {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

if (typeof window !== 'undefined') {
  window.addEventListener('offline', () => set(false));
  window.addEventListener('online', () => schedule(0));
}
