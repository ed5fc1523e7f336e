/**
 * The ceiling for bench:prikbord: the same SQL (prikbordQuery, the api's own builder, and the same fuzzy second try) with the same parameters, served by a bare
 * `http.createServer` + `pg.Pool` with nothing else (no framework, validation, mapping or logging).
 * Env: DATABASE_URL, PORT, DB_POOL_SIZE (default: the api's). Prints "ready <port>" when listening.
 */
import * as http from 'node:http';
import { Pool } from 'pg';
import { DB_POOL_STANDAARD } from '@app/persistence';
import { prikbordQuery } from '../../apps/api/src/marktplaats/prikbord.service';

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? DB_POOL_STANDAARD.api) });
  // gemeente code -> id, resolved once (the api caches it too)
  const gemeenten = new Map((await pool.query<{ code: string; id: string }>(`SELECT code, id FROM gemeenten`)).rows.map((r) => [r.code, r.id]));
  const first = (await pool.query<{ id: string }>(`SELECT id FROM gemeenten ORDER BY created_at, code LIMIT 1`)).rows[0].id;

  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (u.pathname !== '/api/v1/prikbord') {
      res.writeHead(u.pathname === '/api/v1/health' ? 200 : 404).end();
      return;
    }
    const code = u.searchParams.get('gemeente');
    const gemeenteId = code ? gemeenten.get(code) : first;
    if (!gemeenteId) {
      res.writeHead(404).end();
      return;
    }
    const limit = Number(u.searchParams.get('limit') ?? 20);
    const filters = {
      gemeenteId,
      wijk: u.searchParams.get('wijk') ?? undefined,
      categorie: u.searchParams.get('categorie') ?? undefined,
      q: u.searchParams.get('q')?.trim() || undefined,
      limit: limit + 1,
    };
    pool
      .query(prikbordQuery(filters))
      // the same second statement as the api: trigram similarity only when the substring search found nothing
      .then((r) => (filters.q && !r.rows.length ? pool.query(prikbordQuery({ ...filters, zoek: 'fuzzy' })) : r))
      .then((r) => {
        const body = JSON.stringify({ items: r.rows.slice(0, limit), volgende: null });
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
      })
      .catch((e: Error) => {
        res.writeHead(500).end(e.message);
      });
  });
  server.keepAliveTimeout = 65_000;
  const port = Number(process.env.PORT ?? 0);
  server.listen(port, '127.0.0.1', () => console.log(`ready ${(server.address() as { port: number }).port}`));
  const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
