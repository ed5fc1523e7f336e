/** Loads (or reuses) the scale dataset for bench:load ahead of time: `node dist/bench/load/prepare-dataset.js [small|full]`. */
import { ensureDataset } from '../lib/dataset';

async function main(): Promise<void> {
  const t0 = Date.now();
  const ds = await ensureDataset({ scale: (process.argv[2] ?? process.env.BENCH_SCALE ?? 'full') as 'full' | 'small' });
  console.log(`[load] dataset ${ds.scale.name} ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (${ds.loaded ? 'loaded now' : 'reused'})`);
  await ds.stop();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
