/* Child process of the fan-out bench: holds the socket.io clients, so their CPU is not the server's.
 * IPC in: {type:'start', url, tokens, event} then {type:'klaar'}; out: {type:'verbonden', n}, {type:'metingen', ms, per}. */
import { io, type Socket } from 'socket.io-client';

interface Start {
  type: 'start';
  url: string;
  tokens: string[];
  event: string;
}

const sockets: Socket[] = [];
const ms: number[] = [];
const per: number[] = [];

async function start(m: Start): Promise<void> {
  for (let i = 0; i < m.tokens.length; i += 250) {
    await Promise.all(
      m.tokens.slice(i, i + 250).map(
        (token, k) =>
          new Promise<void>((resolve, reject) => {
            const s = io(m.url, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
            const idx = i + k;
            per[idx] = 0;
            s.on(m.event, (d: { t: number }) => {
              ms.push(Date.now() - d.t);
              per[idx]++;
            });
            s.once('welkom', () => resolve());
            s.once('connect_error', reject);
            sockets.push(s);
          }),
      ),
    );
  }
  process.send?.({ type: 'verbonden', n: sockets.length });
}

process.on('message', (m: Start | { type: 'klaar' }) => {
  if (m.type === 'start') void start(m).catch((e: Error) => process.send?.({ type: 'fout', bericht: e.message }));
  else {
    process.send?.({ type: 'metingen', ms, per }, undefined, {}, () => {
      for (const s of sockets) s.disconnect();
      process.exit(0);
    });
  }
});
