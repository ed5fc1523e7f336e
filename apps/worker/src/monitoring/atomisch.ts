import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/**
 * Writes `inhoud` to `bestand` so that a reader sees the old file or the whole new one, never a part:
 * a temp file in the same directory (same file system, so rename is atomic), flushed, then renamed over.
 */
export async function schrijfAtomisch(bestand: string, inhoud: string): Promise<void> {
  await fs.mkdir(path.dirname(bestand), { recursive: true });
  const tijdelijk = path.join(path.dirname(bestand), `.${path.basename(bestand)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fh = await fs.open(tijdelijk, 'w', 0o644);
  try {
    await fh.writeFile(inhoud, 'utf8');
    await fh.sync();
  } finally {
    await fh.close();
  }
  try {
    await fs.rename(tijdelijk, bestand);
  } catch (e) {
    await fs.rm(tijdelijk, { force: true });
    throw e;
  }
}
