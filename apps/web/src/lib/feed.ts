// A live list: loads once, then keeps itself fresh while someone looks at it. For now it polls (every 15 s for the
// werkvoorraad); a push transport (the socket.io gateway being built) plugs in with `attachPush`: it calls
// `changed()` when the server says something changed, or `replace(data)` with the new list, and polling then drops
// to a slow safety net. Pages only use `useFeed`, so swapping polling for push changes nothing in them.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';

export interface FeedState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** when the data was last loaded (ms since epoch) */
  at: number;
}

export interface PushTransport<T> {
  (handlers: { changed: () => void; replace: (data: T) => void }): () => void;
}

export interface Feed<T> {
  state: () => FeedState<T>;
  subscribe: (l: () => void) => () => void;
  refresh: () => Promise<void>;
  /** optimistic local change (e.g. after an action), before the next load confirms it */
  update: (fn: (data: T) => T) => void;
  attachPush: (transport: PushTransport<T>) => () => void;
}

export function createFeed<T>(load: (signal: AbortSignal) => Promise<T>, opts: { intervalMs: number; pushSafetyNetMs?: number }): Feed<T> {
  let state: FeedState<T> = { data: undefined, error: undefined, loading: false, at: 0 };
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ctl: AbortController | undefined;
  let pushed = false;
  const set = (patch: Partial<FeedState<T>>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  const interval = () => (pushed ? (opts.pushSafetyNetMs ?? 300_000) : opts.intervalMs);
  const schedule = () => {
    if (timer) clearTimeout(timer);
    if (listeners.size) timer = setTimeout(() => void refresh(), interval());
  };
  async function refresh(): Promise<void> {
    ctl?.abort();
    const mine = (ctl = new AbortController());
    set({ loading: true });
    try {
      const data = await load(mine.signal);
      if (mine === ctl) set({ data, error: undefined, loading: false, at: Date.now() });
    } catch (e) {
      if (mine === ctl && !mine.signal.aborted) set({ error: e, loading: false });
    } finally {
      if (mine === ctl) schedule();
    }
  }
  const onVisible = () => {
    if (document.visibilityState === 'visible' && Date.now() - state.at > interval()) void refresh();
  };
  return {
    state: () => state,
    subscribe(l) {
      listeners.add(l);
      if (listeners.size === 1) {
        document.addEventListener('visibilitychange', onVisible);
        if (!state.at || Date.now() - state.at > 2000) void refresh();
        else schedule();
      }
      return () => {
        listeners.delete(l);
        if (!listeners.size) {
          document.removeEventListener('visibilitychange', onVisible);
          if (timer) clearTimeout(timer);
          ctl?.abort();
        }
      };
    },
    refresh,
    update(fn) {
      if (state.data !== undefined) set({ data: fn(state.data) });
    },
    attachPush(transport) {
      pushed = true;
      schedule();
      const detach = transport({ changed: () => void refresh(), replace: (data) => set({ data, error: undefined, at: Date.now() }) });
      return () => {
        pushed = false;
        detach();
        schedule();
      };
    },
  };
}

export function useFeed<T>(feed: Feed<T>): FeedState<T> {
  const s = useSyncExternalStore(feed.subscribe, feed.state);
  return s;
}

/** Loads once per change of `key` (and on `reload()`); for pages that do not need to stay live. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, key: string): FeedState<T> & { reload: () => void; set: (d: T) => void } {
  const [state, setState] = useState<FeedState<T>>({ data: undefined, error: undefined, loading: true, at: 0 });
  const [gen, setGen] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    const ctl = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    loadRef.current(ctl.signal).then(
      (data) => setState({ data, error: undefined, loading: false, at: Date.now() }),
      (error: unknown) => {
        if (!ctl.signal.aborted) setState((s) => ({ ...s, error, loading: false }));
      },
    );
    return () => ctl.abort();
  }, [key, gen]);
  const reload = useCallback(() => setGen((g) => g + 1), []);
  const set = useCallback((data: T) => setState((s) => ({ ...s, data })), []);
  return { ...state, reload, set };
}
