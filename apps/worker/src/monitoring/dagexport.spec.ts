import { KOLOMMEN } from '../../../api/src/monitoring/export-formaat';
import { alsCsv, exportRijen } from './dagexport';

const ctx = {
  datum: '2025-03-03',
  gemeenteCode: 'GM0392',
  wijken: [
    { code: 'WK1', naam: 'Een', stadsdeel: 'Noord' },
    { code: 'WK2', naam: 'Twee', stadsdeel: 'Zuid' },
  ],
  categorieen: ['tuin', 'vervoer'],
};

describe('daily export rows', () => {
  it('has a row per wijk × categorie, per wijk, per categorie and overall, each count suppressed with its totals', () => {
    const rijen = exportRijen(ctx, [
      { telling: 'hulpvragen_nieuw', groep: 'WK1', kolom: 'tuin', n: 9 },
      { telling: 'hulpvragen_nieuw', groep: 'WK1', kolom: 'vervoer', n: 6 },
      { telling: 'hulpvragen_nieuw', groep: 'WK2', kolom: 'tuin', n: 2 },
      { telling: 'matches_zelf', groep: 'WK2', kolom: 'vervoer', n: 7 },
      { telling: 'onbekend', groep: 'WK1', kolom: 'tuin', n: 1 },
    ]);
    expect(rijen.map((r) => [r.wijk_code, r.categorie, r.hulpvragen_nieuw, r.matches_zelf])).toEqual([
      ['WK1', 'tuin', '<5', 0],
      ['WK1', 'vervoer', 6, 0],
      // 15 − 6 would reveal the hidden 9 (itself hidden only because 11 − 9 reveals the 2)
      ['WK1', 'totaal', '<5', 0],
      ['WK2', 'tuin', '<5', 0],
      ['WK2', 'vervoer', 0, 7],
      ['WK2', 'totaal', '<5', 7],
      ['totaal', 'tuin', 11, 0],
      ['totaal', 'vervoer', 6, 7],
      ['totaal', 'totaal', 17, 7],
    ]);
    expect(Object.keys(rijen[0])).toEqual(KOLOMMEN.map((k) => k.naam));
  });

  it('writes CSV with the dictionary columns as header', () => {
    const csv = alsCsv(exportRijen(ctx, []));
    expect(csv.split('\n')[0]).toBe(KOLOMMEN.map((k) => k.naam).join(','));
    expect(csv.trim().split('\n')).toHaveLength(1 + 9);
  });
});
