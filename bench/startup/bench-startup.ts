/* npm run bench:startup — time from `npm start`'s entry point to a 200 on /api/v1/health, on a fresh data dir
 * (cold: initdb + migrations) and on an existing one (warm), as a new user meets it. */
import * as fs from 'node:fs';
import { launch, tempDataDir, waitHealthy } from '@app/runtime';
import { percentile, report } from '../lib/report';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function once(dataDir: string): Promise<number> {
  const l = await launch({ DATA_DIR: dataDir });
  try {
    return await waitHealthy(l, 60_000);
  } finally {
    process.kill(-l.proc.pid!, 'SIGTERM');
    await l.exited;
  }
}

async function main(): Promise<void> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = tempDataDir();
    cold.push(await once(dir));
    warm.push(await once(dir));
    warm.push(await once(dir));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const row = (kind: string, xs: number[], target: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return { start: kind, runs: s.length, 'median s': (percentile(s, 50) / 1000).toFixed(2), 'max s': (s[s.length - 1] / 1000).toFixed(2), 'target s': target };
  };
  report('startup', [row('cold (fresh data dir)', cold, 15), row('warm (existing data dir)', warm, 5)]);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
