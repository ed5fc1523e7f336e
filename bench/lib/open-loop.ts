import * as nodeHttp from 'node:http';

export interface OpenLoopRequest {
  method?: string;
  path: string;
  headers?: nodeHttp.OutgoingHttpHeaders;
  body?: string;
}

export interface OpenLoopResult {
  /** ms from the moment each request was due (not sent) to the end of its response */
  latencies: number[];
  status: Map<number, number>;
  errors: number;
  timeouts: number;
  seconds: number;
}

/**
 * Open-loop load: sends `perSecond` requests a second on a fixed schedule, whatever the server does, and a request's
 * latency runs from the moment it was due, so a stalled server shows as latency (no coordinated omission).
 * autocannon's `overallRate` pauses its connections until the next second and counts that pause as latency (~1 s on
 * a low-rate route while the same server answered a probe in 10 ms), so fixed-rate figures come from here.
 */
export function openLoop(
  base: string,
  perSecond: number,
  seconds: number,
  next: () => OpenLoopRequest | undefined,
  agent: nodeHttp.Agent,
  into: OpenLoopResult = { latencies: [], status: new Map(), errors: 0, timeouts: 0, seconds },
): Promise<OpenLoopResult> {
  const r = into;
  const interval = 1000 / perSecond;
  const totaal = Math.floor(seconds * perSecond);
  return new Promise<OpenLoopResult>((resolve) => {
    if (totaal <= 0) return resolve(r);
    let verstuurd = 0;
    let open = 0;
    // start at a random point of the first interval, so several senders do not all fire on the same tick
    let volgende = performance.now() + Math.random() * interval;
    const klaar = () => {
      open--;
      if (verstuurd === totaal && open === 0) resolve(r);
    };
    const stuur = (gepland: number) => {
      const req = next();
      if (!req) return;
      open++;
      // a request ends once: with its response, or with one error (a timeout after the headers may also surface on the response)
      let afgerond = false;
      const einde = (fout?: 'fout' | 'timeout') => {
        if (afgerond) return;
        afgerond = true;
        if (fout === 'fout') r.errors++;
        if (fout === 'timeout') r.timeouts++;
        klaar();
      };
      const uit = nodeHttp.request(
        `${base}${req.path}`,
        {
          method: req.method ?? 'GET',
          headers: { ...(req.headers ?? {}), ...(req.body ? { 'content-length': Buffer.byteLength(req.body) } : {}) },
          agent,
          timeout: 10_000,
        },
        (res) => {
          res.resume();
          res.on('error', (e) => einde(e.message === 'timeout' ? 'timeout' : 'fout'));
          res.on('end', () => {
            if (afgerond) return;
            r.latencies.push(performance.now() - gepland);
            r.status.set(res.statusCode ?? 0, (r.status.get(res.statusCode ?? 0) ?? 0) + 1);
            einde();
          });
        },
      );
      uit.on('timeout', () => uit.destroy(new Error('timeout')));
      uit.on('error', (e) => einde(e.message === 'timeout' ? 'timeout' : 'fout'));
      uit.end(req.body);
    };
    const tik = () => {
      const nu = performance.now();
      while (volgende <= nu && verstuurd < totaal) {
        stuur(volgende);
        volgende += interval;
        verstuurd++;
      }
      if (verstuurd < totaal) setTimeout(tik, Math.max(0, volgende - performance.now()));
      else if (open === 0) resolve(r);
    };
    tik();
  });
}
