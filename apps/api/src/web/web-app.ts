import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import { repoRoot } from '@app/runtime';

/** Where `npm run build:web` puts the browser app (Vite output). */
export function webDistDir(): string {
  return process.env.WEB_DIST_DIR ?? path.join(repoRoot(), 'dist', 'web');
}

/**
 * Serves the built web app at / with a fallback to index.html for client-side routes. Paths under /api
 * are never answered here, so an unknown API route stays a 404 problem+json.
 */
export function mountWebApp(app: NestExpressApplication, dir = webDistDir()): boolean {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) return false;
  // hashed assets may be cached for a year; index.html never, so a deploy is picked up at once
  const assets = express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', index: false });
  const files = express.static(dir, { index: false, maxAge: 0 });
  app.use('/assets', assets);
  // the api's hot paths must not pay a file-system stat per request
  app.use((req: Request, res: Response, next: NextFunction) => (req.path.startsWith('/api/') ? next() : files(req, res, next)));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api/') || req.path === '/api' || path.extname(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
