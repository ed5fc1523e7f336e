import * as fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const s = globalThis.__bkServices;
  if (!s) return;
  await s.redis?.stop();
  await s.pg?.stop();
  if (s.dir) fs.rmSync(s.dir, { recursive: true, force: true });
}
