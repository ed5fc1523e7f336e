/* Kerncijfers for one gemeente over a year (p95 target 100 ms; a closed year is served from the nightly
 * `monitoring.momentopnamen` result, which this bench first computes and times; an ad-hoc period is live and
 * reported) and the daily export of one gemeente (target 30 s) on the scale dataset, whose history has 3M matches over two years at BENCH_SCALE=full (30k at small); measured
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
import type { Groepering, KerncijfersVerzoek } from '../../apps/api/src/monitoring/verzoek';
import { DagexportService } from '../../apps/worker/src/monitoring/dagexport.service';
import { MomentopnamenService } from '../../apps/worker/src/monitoring/momentopnamen.service';
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

  // the nightly job that materialises closed periods, for this one gemeente
  const tJob = performance.now();
  const job = await new MomentopnamenService(db).run(new Date(), g.code);
  const jobMs = performance.now() - tJob;

  const meet = async (label: string, doel: string, verzoek: KerncijfersVerzoek, runs: number, bron: 'momentopname' | 'live') => {
    for (let i = 0; i < 5; i++) await kerncijfers.lees(g, verzoek);
    const tijden: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const k = await kerncijfers.lees(g, verzoek);
      tijden.push(performance.now() - t0);
      if (k.stand.bron !== bron) throw new Error(`${label}: expected ${bron}, got ${k.stand.bron}`);
    }
    tijden.sort((a, b) => a - b);
    rows.push({ meting: label, 'p50 ms': percentile(tijden, 50).toFixed(1), 'p95 ms': percentile(tijden, 95).toFixed(1), doel });
  };
  // the dashboard's question: a closed year, served from the nightly result
  for (const groepeer of ['none', 'wijk', 'maand'] as Groepering[]) {
    await meet(
      `kerncijfers 1 jaar (2025), groepeer=${groepeer}`,
      '< 100 ms (p95)',
      { periode: { van: '2025-01-01', tot: '2025-12-31' }, filters: {}, groepeer },
      RUNS,
      'momentopname',
    );
  }
  // any other period or a filter is computed live: reported, fewer runs
  const live = Math.max(5, Math.round(RUNS / 5));
  await meet(
    'live: 2025-01-02 t/m 2025-12-31, groepeer=none',
    '(reported)',
    { periode: { van: '2025-01-02', tot: '2025-12-31' }, filters: {}, groepeer: 'none' },
    live,
    'live',
  );
  await meet(
    'live: 2025-01-02 t/m 2025-12-31, groepeer=wijk',
    '(reported)',
    { periode: { van: '2025-01-02', tot: '2025-12-31' }, filters: {}, groepeer: 'wijk' },
    live,
    'live',
  );
  rows.push({ meting: `nachtjob momentopnamen 1 gemeente (${job.opnamen} resultaten)`, 'p50 ms': jobMs.toFixed(0), 'p95 ms': '–', doel: '(reported)' });

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-bench-export-'));
  const exporter = new DagexportService(db, { dataDir } as AppConfig);
  const t0 = performance.now();
  await exporter.run('2025-06-02', g.code);
  rows.push({ meting: 'dagexport 1 gemeente (CSV + JSON)', 'p50 ms': (performance.now() - t0).toFixed(0), 'p95 ms': '–', doel: '< 30 000 ms' });
  fs.rmSync(dataDir, { recursive: true, force: true });
  await db.destroy();
  await ds.stop();

  report('monitoring', rows, { scale: ds.scale.name, matchesTotaal: matches, gemeente: g.code, matchesGemeente2025: g.n, runs: RUNS, nachtjobMs: jobMs });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
