import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { schrijfAtomisch } from './atomisch';

describe('atomic file writes', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bk-atomisch-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('never lets a reader see a partly written file, and leaves no temp file behind', async () => {
    const bestand = path.join(dir, 'sub', 'kerncijfers.csv');
    const groot = (teken: string) => teken.repeat(4 * 1024 * 1024);
    await schrijfAtomisch(bestand, groot('a'));
    let lezen = true;
    const gezien = new Set<string>();
    const lezer = (async () => {
      while (lezen) {
        const inhoud = fs.readFileSync(bestand, 'utf8');
        gezien.add(`${inhoud.length}:${inhoud[0]}${inhoud[inhoud.length - 1]}`);
        await new Promise((r) => setImmediate(r));
      }
    })();
    for (const teken of ['b', 'c', 'd', 'e']) await schrijfAtomisch(bestand, groot(teken));
    lezen = false;
    await lezer;
    for (const g of gezien) expect(g).toMatch(/^4194304:(aa|bb|cc|dd|ee)$/);
    expect(fs.readdirSync(path.dirname(bestand))).toEqual(['kerncijfers.csv']);
  });
});
