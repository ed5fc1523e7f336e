import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { Emitter } from '@socket.io/redis-emitter';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { kamers, socketIoKey } from '@app/notificaties';
import { createApiApp } from '../../apps/api/src/app.factory';
import { percentile } from '../lib/report';
import { zetOmgeving, type Omgeving } from './omgeving';

const EVENT = 'bench.fanout';

/** Accounts to connect as: `wijk` makelaars in one werkgebied, the rest residents (own room only). */
async function accounts(db: Client, totaal: number, wijk: number): Promise<{ gid: string; wijkCode: string; ids: { id: string; makelaar: boolean }[] }> {
  const [{ gid, code }] = (await db.query(`SELECT g.id AS gid, w.code FROM gemeenten g JOIN wijken w ON w.gemeente_id = g.id ORDER BY g.code, w.code LIMIT 1`))
    .rows;
  const [wg] = (await db.query(`INSERT INTO werkgebieden (gemeente_id, naam, wijk_codes) VALUES ($1, 'bench', $2) RETURNING id`, [gid, [code]])).rows;
  const { rows } = await db.query(
    `INSERT INTO accounts (gemeente_id, email, wachtwoord_hash, rollen)
     SELECT $1, 'fanout-' || i || '@bench.local', 'x', CASE WHEN i <= $3 THEN '{makelaar}'::text[] ELSE '{bewoner}'::text[] END FROM generate_series(1, $2) i
     RETURNING id, rollen`,
    [gid, totaal, wijk],
  );
  const ids = rows.map((r: { id: string; rollen: string[] }) => ({ id: r.id, makelaar: r.rollen.includes('makelaar') }));
  await db.query(`INSERT INTO account_werkgebieden (account_id, werkgebied_id) SELECT unnest($1::uuid[]), $2`, [
    ids.filter((x) => x.makelaar).map((x) => x.id),
    wg.id,
  ]);
  return { gid, wijkCode: code, ids };
}

/** 5,000 sockets on the real gateway (Redis adapter); the worker's emitter sends to a 1,000-member wijk room. */
export async function fanout(o: Omgeving, totaal: number, wijk: number, events: number) {
  zetOmgeving(o, true, 'bench-fanout', { PORT: '0' });
  const api = await createApiApp();
  await api.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;
  const db = new Client({ connectionString: o.databaseUrl });
  await db.connect();
  const redis = new Redis(o.redisUrl);
  const child = fork(path.join(__dirname, 'fanout-clients.js'), [], { stdio: 'inherit' });
  try {
    const a = await accounts(db, totaal, wijk);
    const jwt = api.get(JwtService);
    const tokens = a.ids.map((x) =>
      jwt.sign({ sub: x.id, gid: a.gid, rol: [x.makelaar ? 'makelaar' : 'bewoner'], did: x.makelaar ? null : x.id, tv: 0 }, { expiresIn: 3600 }),
    );
    const bericht = (type: string) =>
      new Promise<Record<string, unknown>>((r, j) =>
        child.on('message', (m: Record<string, unknown>) => (m.type === type ? r(m) : m.type === 'fout' ? j(new Error(String(m.bericht))) : undefined)),
      );
    const t0 = performance.now();
    const verbonden = bericht('verbonden');
    child.send({ type: 'start', url, tokens, event: EVENT });
    const { n } = (await verbonden) as { n: number };
    const connectMs = performance.now() - t0;
    const emitter = new Emitter(redis, { key: socketIoKey('bench-fanout') });
    for (let i = 0; i < events; i++) {
      emitter.to(kamers.wijk(a.wijkCode)).emit(EVENT, { t: Date.now(), i });
      await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, 1000));
    const metingen = bericht('metingen');
    child.send({ type: 'klaar' });
    const { ms, per } = (await metingen) as { ms: number[]; per: number[] };
    const s = [...ms].sort((x, y) => x - y);
    const makelaarsVolledig = per.slice(0, wijk).every((c) => c === events);
    const anderenNiets = per.slice(wijk).every((c) => c === 0);
    return {
      verbonden: n,
      connectMs,
      ontvangen: ms.length,
      verwacht: wijk * events,
      p50: percentile(s, 50),
      p95: percentile(s, 95),
      p99: percentile(s, 99),
      makelaarsVolledig,
      anderenNiets,
    };
  } finally {
    child.kill();
    await redis.quit();
    await db.end();
    await api.close();
  }
}
