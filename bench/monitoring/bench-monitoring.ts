/* Kerncijfers for one gemeente over a year (p95 target 100 ms) and the daily export of one gemeente (target 30 s)
 * on the scale dataset, whose history has 3M matches over two years at BENCH_SCALE=full (30k at small); measured
 * for the gemeente with the most matches accepted in 2025.
 *   npm run bench:monitoring            BENCH_SCALE=small npm run bench:monitoring
 * BENCH_RUNS (default 50) sets the timed kerncijfers runs after 5 warm-up runs. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@app/config';
import { dataSourceOptions } from '@app/persistence';
import { KerncijfersService } from '../../apps/api/src/monitoring/kerncijfers.service';
import type { Groepering } from '../../apps/api/src/monitoring/verzoek';
import { DagexportService } from '../../apps/worker/src/monitoring/dagexport.service';
import { ensureDataset } from '../lib/dataset';
import { percentile, report } from '../lib/report';

const RUNS = Number(process.env.BENCH_RUNS ?? 50);

async function main(): Promise<void> {
  const ds = await ensureDataset({ reload: process.env.BENCH_RELOAD === '1' });
  if (ds.drift.length) console.warn(`[monitoring] warning: ${ds.drift.join('; ')}`);
  const c = new Client({ connectionString: ds.url });
  await c.connect();
  const matches = Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM matches`)).rows[0].n);
  const [g] = (
    await c.query<{ id: string; code: string; naam: string; n: number }>(
      `SELECT g.id, g.code, g.naam, count(*)::int AS n FROM matches m JOIN gemeenten g ON g.id = m.gemeente_id
        WHERE m.geaccepteerd_op >= '2025-01-01' AND m.geaccepteerd_op < '2026-01-01' GROUP BY g.id ORDER BY n DESC LIMIT 1`,
    )
  ).rows;
  await c.end();

  const db = await new DataSource(dataSourceOptions(ds.url)).initialize();
  const kerncijfers = new KerncijfersService(db);
  const rows: Record<string, string | number>[] = [];
  for (const groepeer of ['none', 'wijk', 'maand'] as Groepering[]) {
    const verzoek = { periode: { van: '2025-01-01', tot: '2025-12-31' }, filters: {}, groepeer };
    for (let i = 0; i < 5; i++) await kerncijfers.bereken(g, verzoek);
    const tijden: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await kerncijfers.bereken(g, verzoek);
      tijden.push(performance.now() - t0);
    }
    tijden.sort((a, b) => a - b);
    rows.push({
      meting: `kerncijfers 1 jaar, groepeer=${groepeer}`,
      'p50 ms': percentile(tijden, 50).toFixed(1),
      'p95 ms': percentile(tijden, 95).toFixed(1),
      doel: '< 100 ms (p95)',
    });
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-bench-export-'));
  const exporter = new DagexportService(db, { dataDir } as AppConfig);
  const t0 = performance.now();
  await exporter.run('2025-06-02', g.code);
  rows.push({ meting: 'dagexport 1 gemeente (CSV + JSON)', 'p50 ms': (performance.now() - t0).toFixed(0), 'p95 ms': '–', doel: '< 30 000 ms' });
  fs.rmSync(dataDir, { recursive: true, force: true });
  await db.destroy();
  await ds.stop();

  report('monitoring', rows, { scale: ds.scale.name, matchesTotaal: matches, gemeente: g.code, matchesGemeente2025: g.n, runs: RUNS });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
