import { once } from 'node:events';
import type { PoolClient, Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value as PostgreSQL's COPY text format wants it. Arrays become `{a,b}`, objects JSON, null `\N`. */
export type CopyValue = string | number | boolean | null | undefined | Date | string[] | object;

const needsEscape = /[\\\t\n\r]/;
function esc(s: string): string {
  return needsEscape.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
}
function arrayLiteral(xs: string[]): string {
  return `{${xs.map((x) => (/^[A-Za-z0-9_.:-]+$/.test(x) ? x : `"${x.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

export function copyField(v: CopyValue): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'string') return esc(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(6);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return esc(arrayLiteral(v));
  return esc(JSON.stringify(v));
}

/**
 * Streams rows into `table` with COPY FROM STDIN (text format), in batches with back-pressure.
 * Returns the number of rows written.
 */
export async function copyRows(
  client: Client | PoolClient,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
  batchRows = 5000,
): Promise<number> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  let n = 0;
  let buf: string[] = [];
  const flush = async () => {
    if (!buf.length) return;
    const ok = stream.write(buf.join(''));
    buf = [];
    if (!ok) await Promise.race([once(stream, 'drain'), done]);
  };
  for (const row of rows) {
    if (row.length !== columns.length) throw new Error(`${table}: row has ${row.length} values for ${columns.length} columns`);
    let line = '';
    for (let i = 0; i < row.length; i++) line += (i ? '\t' : '') + copyField(row[i]);
    buf.push(line + '\n');
    n++;
    if (buf.length >= batchRows) await flush();
  }
  await flush();
  stream.end();
  await done;
  return n;
}
