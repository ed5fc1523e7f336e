/**
 * Writes a results table into docs/reliability.md between `<!-- <name>:begin -->` and `<!-- <name>:end -->`,
 * from the JSON that report() wrote, so the committed doc always shows the latest run of the command.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '@app/runtime';

export function markdownTable(rows: Record<string, unknown>[]): string {
  const cols = Object.keys(rows[0] ?? {});
  const cell = (v: unknown) =>
    String(v ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\n/g, ' ');
  return [`| ${cols.join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${cols.map((c) => cell(r[c])).join(' | ')} |`)].join(
    '\n',
  );
}

export function updateDocSection(name: string, resultFile: string, doc = path.join(repoRoot(), 'docs', 'reliability.md')): void {
  const json = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as {
    at: string;
    machine: { cores: number; memoryGiB: number; node: string; cpus: string };
    rows: Record<string, unknown>[];
    tables?: Record<string, Record<string, unknown>[]>;
  };
  const m = json.machine;
  const parts = [
    `_Latest run: ${json.at.slice(0, 16).replace('T', ' ')} UTC on ${m.cores} cores (${m.cpus}), ${m.memoryGiB} GiB, Node ${m.node}; from \`${path.relative(repoRoot(), resultFile)}\`._`,
    '',
    markdownTable(json.rows),
  ];
  for (const [title, rows] of Object.entries(json.tables ?? {})) parts.push('', `**${title}**`, '', markdownTable(rows));
  const block = `<!-- ${name}:begin -->\n${parts.join('\n')}\n<!-- ${name}:end -->`;
  const text = fs.existsSync(doc) ? fs.readFileSync(doc, 'utf8') : '';
  const re = new RegExp(`<!-- ${name}:begin -->[\\s\\S]*?<!-- ${name}:end -->`);
  if (re.test(text)) fs.writeFileSync(doc, text.replace(re, block));
  else fs.writeFileSync(doc, `${text}${text.endsWith('\n') || !text ? '' : '\n'}\n${block}\n`);
  try {
    // keep `npm run lint` (prettier --check .) green: the tables are committed
    execFileSync(process.execPath, [require.resolve('prettier/bin/prettier.cjs'), '--write', '--log-level', 'warn', doc], { stdio: 'inherit' });
  } catch {
    /* prettier is a dev dependency; the table is correct without it */
  }
  console.log(`updated the ${name} table in ${path.relative(process.cwd(), doc)}`);
}
