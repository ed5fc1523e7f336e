/* npm run bench:web — what a resident's browser downloads for the public pages: the JS and CSS that index.html
 * references (the home route), gzip-compressed, plus each lazily loaded page chunk. Target: initial JS < 200 kB gzip.
 * Then the makelaar desk: time to interactive of /mijn/werkvoorraad with 500 tasks in the list, in Debian's chromium
 * against the real app (`npm start` on a fresh data dir, tasks seeded through the api). Target < 1.5 s.
 * Env: BENCH_WEB_TASKS (500), BENCH_WEB_RUNS (7), BENCH_WEB_SKIP_DESK=1 to measure only the sizes. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { report } from '../lib/report';
import { deskTti } from './desk-tti';
import { ensureWebBuild } from './web-build';

const TARGET_KB = 200;
const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

function sizes(): { rows: Record<string, string | number>[]; extra: Record<string, unknown>; over: boolean } {
  const dir = ensureWebBuild();
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  // <script src>, <link rel=modulepreload href>, <link rel=stylesheet href>: everything the first page load fetches
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  const initial = [...new Set(refs)];
  const size = (rel: string) => {
    const buf = fs.readFileSync(path.join(dir, rel));
    return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  };
  const sum = (files: string[]) => files.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const js = sum(initial.filter((f) => f.endsWith('.js')));
  const css = sum(initial.filter((f) => f.endsWith('.css')));
  const lazy = fs
    .readdirSync(path.join(dir, 'assets'))
    .filter((f) => f.endsWith('.js') && !initial.includes(`/assets/${f}`))
    .map((f) => ({ file: f, ...size(`/assets/${f}`) }));
  const rows: Record<string, string | number>[] = [
    {
      what: 'initial JS (home route)',
      files: initial.filter((f) => f.endsWith('.js')).length,
      'raw kB': kb(js.raw),
      'gzip kB': kb(js.gzip),
      'target gzip kB': TARGET_KB,
    },
    {
      what: 'initial CSS (home route)',
      files: initial.filter((f) => f.endsWith('.css')).length,
      'raw kB': kb(css.raw),
      'gzip kB': kb(css.gzip),
      'target gzip kB': '-',
    },
    ...lazy
      .sort((a, b) => b.gzip - a.gzip)
      .map((l) => ({ what: `lazy: ${l.file.replace(/-[\w-]{8}\.js$/, '')}`, files: 1, 'raw kB': kb(l.raw), 'gzip kB': kb(l.gzip), 'target gzip kB': '-' })),
  ];
  return {
    rows,
    extra: { initialJsGzipKB: kb(js.gzip), initialCssGzipKB: kb(css.gzip), targetKB: TARGET_KB, initialFiles: initial },
    over: kb(js.gzip) > TARGET_KB,
  };
}

async function main(): Promise<void> {
  const { rows, extra, over } = sizes();
  let deskOver = false;
  if (process.env.BENCH_WEB_SKIP_DESK !== '1') {
    const d = await deskTti();
    rows.push({
      what: `makelaar desk TTI, ${d.tasks} tasks (median of ${d.runs})`,
      files: '-',
      'raw kB': '-',
      'gzip kB': '-',
      'target gzip kB': `${d.medianMs} ms (target ${d.targetMs})`,
    });
    Object.assign(extra, { desk: d });
    deskOver = d.medianMs > d.targetMs;
  }
  report('web', rows, extra);
  if (over) {
    console.error(`initial JS is ${String(extra.initialJsGzipKB)} kB gzip, over the ${TARGET_KB} kB target`);
    process.exitCode = 1;
  }
  if (deskOver) {
    console.error('the makelaar desk is over its time-to-interactive target');
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
