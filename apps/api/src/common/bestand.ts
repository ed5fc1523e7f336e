import { StreamableFile } from '@nestjs/common';
import type { Readable } from 'node:stream';

/**
 * A file answer (PDF, CSV, export) without touching the framework's response object: `inline` opens in the
 * browser, else it downloads. Pair with `@Header('Cache-Control', 'no-store')` on anything personal.
 */
export function bestand(inhoud: Buffer | string | Readable, type: string, naam: string, opts: { inline?: boolean; length?: number } = {}): StreamableFile {
  const disposition = `${opts.inline ? 'inline' : 'attachment'}; filename="${naam}"`;
  if (typeof inhoud !== 'string' && !Buffer.isBuffer(inhoud)) return new StreamableFile(inhoud, { type, disposition, length: opts.length });
  const data = typeof inhoud === 'string' ? Buffer.from(inhoud, 'utf8') : inhoud;
  return new StreamableFile(data, { type, disposition, length: data.length });
}

export const PDF = 'application/pdf';
