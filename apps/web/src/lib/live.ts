// Server push over socket.io, for lists that must update while a makelaar is on the phone. One connection per
// tab, authenticated with the current access token on every (re)connect; the server puts it in the rooms of the
// caller's wijken. Lists stay correct without it: the feed's slow safety-net poll still runs.
import { io, type Socket } from 'socket.io-client';
import { auth } from '../api/auth';
import type { PushTransport } from './feed';

let socket: Socket | undefined;

function verbinding(): Socket {
  socket ??= io({ path: '/socket.io', transports: ['websocket'], auth: (cb) => cb({ token: auth.accessToken() }) });
  return socket;
}

/** A push transport that reloads the list whenever one of these events arrives. */
export function bijEvents<T>(...events: string[]): PushTransport<T> {
  return ({ changed }) => {
    const s = verbinding();
    for (const e of events) s.on(e, changed);
    return () => {
      for (const e of events) s.off(e, changed);
    };
  };
}
