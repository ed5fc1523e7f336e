import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows, good enough to assert on: inflates every content stream and decodes the
 * hex and literal strings of its text operators (pdfkit writes WinAnsi hex strings for standard fonts).
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  const re = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    let body = Buffer.from(m[1], 'latin1');
    try {
      body = inflateSync(body);
    } catch {
      /* not compressed */
    }
    const s = body.toString('latin1');
    for (const t of s.matchAll(/\[(.*?)\]\s*TJ|<([0-9a-fA-F]+)>\s*Tj|\((.*?)\)\s*Tj/g)) {
      if (t[1]) out.push([...t[1].matchAll(/<([0-9a-fA-F]+)>|\((.*?)\)/g)].map((x) => (x[1] ? Buffer.from(x[1], 'hex').toString('latin1') : x[2])).join(''));
      else if (t[2]) out.push(Buffer.from(t[2], 'hex').toString('latin1'));
      else if (t[3]) out.push(t[3]);
    }
  }
  return out.join(' ').replace(/\s+/g, ' ');
}
