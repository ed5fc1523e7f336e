/* npm run bench:dataset — builds (or reuses) the scale dataset database and reports rows and seconds per table.
 * BENCH_SCALE=small|full (default full), BENCH_SEED, BENCH_RELOAD=1 to force a reload, BENCH_DATABASE_URL for an existing server. */
import { Client } from 'pg';
import { ensureDataset } from '../lib/dataset';
import { report } from '../lib/report';
import { scaleFromEnv } from './scale';

async function main(): Promise<void> {
  const scale = scaleFromEnv();
  const ds = await ensureDataset({ scale, reload: process.env.BENCH_RELOAD === '1' });
  try {
    const c = new Client({ connectionString: ds.url });
    await c.connect();
    let result = ds.loaded;
    if (!result) {
      // reused: report the timings recorded when it was loaded
      result = (await c.query(`SELECT result FROM bench.dataset`)).rows[0].result;
    }
    const sizes = await c.query<{ t: string; n: string; mb: string }>(
      `SELECT relname AS t, n_live_tup AS n, round(pg_total_relation_size(relid) / 1048576.0) AS mb FROM pg_stat_user_tables WHERE schemaname = 'public'`,
    );
    const size = new Map(sizes.rows.map((r) => [r.t, r]));
    const counts = new Map<string, number>();
    for (const t of result!.timings) counts.set(t.table, Number((await c.query(`SELECT count(*) AS n FROM ${t.table}`)).rows[0].n));
    const db = await c.query<{ mb: string }>(`SELECT round(pg_database_size(current_database()) / 1048576.0) AS mb`);
    await c.end();
    const rows: Record<string, string | number>[] = result!.timings.map((t) => ({
      table: t.label ?? t.table,
      'rows loaded': t.rows,
      'rows in table': counts.get(t.table) ?? 0,
      'copy s': t.copy.toFixed(1),
      'index+fk s': t.index.toFixed(1),
      'total s': (t.copy + t.index).toFixed(1),
      'size MB': size.get(t.table)?.mb ?? '',
    }));
    for (const o of result!.other)
      rows.push({
        table: `(${o.step})`,
        'rows loaded': '',
        'rows in table': '',
        'copy s': '',
        'index+fk s': '',
        'total s': o.seconds.toFixed(1),
        'size MB': '',
      });
    rows.push({
      table: 'TOTAL',
      'rows loaded': '',
      'rows in table': '',
      'copy s': '',
      'index+fk s': '',
      'total s': result!.total.toFixed(1),
      'size MB': db.rows[0].mb,
    });
    console.log(`\nscale ${scale.name}, seed ${ds.seed}, ${ds.loaded ? 'loaded now' : 'reused (timings from its load)'}\n`);
    report(`dataset-${scale.name}`, rows, { scale, seed: ds.seed, reused: !ds.loaded, totalSeconds: result!.total });
  } finally {
    await ds.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
