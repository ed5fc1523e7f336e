import * as fs from 'node:fs';
import * as path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { repoRoot } from '@app/runtime';

/** Where `npm run build:web` puts the browser app (Vite output). */
export function webDistDir(): string {
  return process.env.WEB_DIST_DIR ?? path.join(repoRoot(), 'dist', 'web');
}

/**
 * Serves the built web app at / with a fallback to index.html for client-side routes. Paths under /api
 * are never answered here, so an unknown API route stays a 404 problem+json.
 */
export async function mountWebApp(app: NestFastifyApplication, dir = webDistDir()): Promise<boolean> {
  if (!fs.existsSync(path.join(dir, 'index.html'))) return false;
  // one route per built file (wildcard: false), so the api's hot paths never pay a file-system stat;
  // hashed assets may be cached for a year, everything else (index.html) never, so a deploy is picked up at once
  await app.register(fastifyStatic, {
    root: dir,
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders: (reply, file) => {
      void reply.header('Cache-Control', file.startsWith(path.join(dir, 'assets') + path.sep) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (req, reply) => {
      const p = req.url.split('?')[0];
      if (p === '/api' || p.startsWith('/api/') || path.extname(p)) return reply.callNotFound();
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    });
  return true;
}
