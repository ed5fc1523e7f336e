import * as fs from 'node:fs';
import * as path from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_CATEGORIEEN } from '../seed/categorieen';

interface Centroid {
  lat: number;
  lon: number;
}
interface Areas {
  wijken: { code: string; name: string; stadsdeel: string; centroid: Centroid; inwoners2024: number }[];
  buurten: { code: string; name: string; wijkCode: string; centroid: Centroid }[];
}
interface Pc4 {
  pc4: string;
  centroid: Centroid;
  wijkCode: string;
  buurten: { code: string; share: number }[];
  plaats: string | null;
}
interface Feature {
  properties: { code: string };
  geometry: unknown;
}

const dir = path.join(__dirname, '..', 'seed', 'haarlem');
const json = <T>(f: string): T => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as T;

/** Haarlem's eight wijkteam areas (brief), as sets of CBS wijken. Rozenprieel is a buurt of WK039202. */
const WERKGEBIEDEN: [string, string[]][] = [
  ['Noord-Noord', ['WK039214', 'WK039215', 'WK039216', 'WK039217']],
  ['Noord-Zuid', ['WK039210', 'WK039211', 'WK039212', 'WK039213']],
  ['Centrum & Rozenprieel', ['WK039201']],
  ['Zuid-West', ['WK039202', 'WK039203', 'WK039204', 'WK039205']],
  ['Parkwijk & Zuiderpolder', ['WK039209']],
  ['Slachthuisbuurt & Amsterdamse Buurt', ['WK039206', 'WK039207', 'WK039208']],
  ['Europawijk & Molenwijk', ['WK039218', 'WK039220']],
  ['Boerhaavewijk & Meerwijk', ['WK039219', 'WK039221']],
];

/** The first gemeente, Haarlem (GM0392), with its CBS areas (CC BY 4.0, "Bron: CBS, Kadaster"). */
export class Haarlem1763900200000 implements MigrationInterface {
  name = 'Haarlem1763900200000';

  async up(q: QueryRunner): Promise<void> {
    const [{ id }] = (await q.query(`INSERT INTO gemeenten (code, naam) VALUES ('GM0392', 'Haarlem') RETURNING id`)) as { id: string }[];
    const areas = json<Areas>('haarlem-areas.json');
    const wijkGeo = new Map(json<{ features: Feature[] }>('haarlem-wijken.geojson').features.map((f) => [f.properties.code, f.geometry]));
    const buurtGeo = new Map(json<{ features: Feature[] }>('haarlem-buurten.geojson').features.map((f) => [f.properties.code, f.geometry]));
    for (const w of areas.wijken) {
      await q.query(`INSERT INTO wijken (code, gemeente_id, naam, stadsdeel, lat, lon, inwoners, geometrie) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`, [
        w.code,
        id,
        w.name,
        w.stadsdeel,
        w.centroid.lat,
        w.centroid.lon,
        w.inwoners2024,
        JSON.stringify(wijkGeo.get(w.code) ?? null),
      ]);
    }
    for (const b of areas.buurten) {
      await q.query(`INSERT INTO buurten (code, wijk_code, naam, lat, lon, geometrie) VALUES ($1,$2,$3,$4,$5,$6)`, [
        b.code,
        b.wijkCode,
        b.name,
        b.centroid.lat,
        b.centroid.lon,
        JSON.stringify(buurtGeo.get(b.code) ?? null),
      ]);
    }
    for (const p of json<Pc4[]>('haarlem-pc4.json')) {
      // the buurt with the largest share of the PC4's area, when one clearly dominates
      const top = [...p.buurten].sort((a, b) => b.share - a.share)[0];
      await q.query(`INSERT INTO postcodegebieden (pc4, gemeente_id, wijk_code, buurt_code, lat, lon, plaats) VALUES ($1,$2,$3,$4,$5,$6,$7)`, [
        p.pc4,
        id,
        p.wijkCode,
        top && top.share >= 0.5 ? top.code : null,
        p.centroid.lat,
        p.centroid.lon,
        p.plaats ?? 'Haarlem',
      ]);
    }
    for (const [naam, wijken] of WERKGEBIEDEN) {
      await q.query(`INSERT INTO werkgebieden (gemeente_id, naam, wijk_codes) VALUES ($1,$2,$3)`, [id, naam, wijken]);
    }
    await insertDefaultCategorieen(q, id);
  }

  async down(q: QueryRunner): Promise<void> {
    const rows = (await q.query(`SELECT id FROM gemeenten WHERE code = 'GM0392'`)) as { id: string }[];
    if (!rows.length) return;
    for (const t of ['categorieen', 'werkgebieden', 'postcodegebieden']) await q.query(`DELETE FROM ${t} WHERE gemeente_id = $1`, [rows[0].id]);
    await q.query(`DELETE FROM buurten WHERE wijk_code IN (SELECT code FROM wijken WHERE gemeente_id = $1)`, [rows[0].id]);
    await q.query(`DELETE FROM wijken WHERE gemeente_id = $1`, [rows[0].id]);
    await q.query(`DELETE FROM gemeenten WHERE id = $1`, [rows[0].id]);
  }
}

/** Also used when a beheerder adds a gemeente. */
export async function insertDefaultCategorieen(q: { query: (sql: string, params?: unknown[]) => Promise<unknown> }, gemeenteId: string): Promise<void> {
  for (const [i, c] of DEFAULT_CATEGORIEEN.entries()) {
    await q.query(
      `INSERT INTO categorieen (gemeente_id, code, naam, pictogram, vog_vereist, wijkservice_open, betaald_werk, volgorde) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING`,
      [gemeenteId, c.code, c.naam, c.pictogram, c.vogVereist, c.wijkserviceOpen, c.betaaldWerk, i],
    );
  }
}
