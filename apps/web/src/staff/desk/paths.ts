// Addresses inside the makelaar desk, and data the desk pages share.
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { Wijk } from '../../api/types';
import { staff } from '../../api/staff';
import { createFeed, type Feed } from '../../lib/feed';
import { bijEvents } from '../../lib/live';
import type { Taak } from '../../api/staff';

export const DESK = '/mijn/werkvoorraad';
export const deskPath = {
  intake: `${DESK}/intake`,
  hulpvraag: (id: string) => `${DESK}/hulpvraag/${id}`,
  deelnemer: (id: string) => `${DESK}/deelnemer/${id}`,
};

/** the werkvoorraad reloads when the server pushes a task or match event; polling every 15 s is the fallback */
export const TAKEN_INTERVAL_MS = 15_000;
const feeds = new Map<string, Feed<Taak[]>>();
export function takenFeed(mijn: boolean): Feed<Taak[]> {
  const key = mijn ? 'mijn' : 'alle';
  let f = feeds.get(key);
  if (!f) {
    f = createFeed((signal) => staff.taken({ mijn }, signal), { intervalMs: TAKEN_INTERVAL_MS, pushSafetyNetMs: 30_000 });
    f.attachPush(bijEvents<Taak[]>('taak.nieuw', 'match.geaccepteerd', 'match.afgewezen'));
    feeds.set(key, f);
  }
  return f;
}

let wijkCache: Map<string, string> | null = null;
/** wijk code → name */
export function useWijkNamen(): Map<string, string> {
  const [m, setM] = useState<Map<string, string>>(wijkCache ?? new Map());
  useEffect(() => {
    if (wijkCache) return;
    const ctl = new AbortController();
    api
      .wijken(ctl.signal)
      .then((w: Wijk[]) => {
        wijkCache = new Map(w.map((x) => [x.code, x.naam]));
        setM(wijkCache);
      })
      .catch(() => undefined);
    return () => ctl.abort();
  }, []);
  return m;
}
