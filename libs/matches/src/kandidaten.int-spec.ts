import { DataSource } from 'typeorm';
import { AARDSTRAAL_METER, afstandMeter, rank, score } from '@app/matching';
import { bolpuntSql, dataSourceOptions } from '@app/persistence';
import { createTestDatabase } from '../../../test/harness/database';
import { KandidatenRepository, MAX_KANDIDATEN, naarHulpvraag, naarKandidaat, zoekBoxSql } from './kandidaten.repository';
import type { HulpvraagRow } from './rows';

/** A tiny seeded PRNG so the generated neighbourhood is the same on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATS = ['tuin', 'boodschappen', 'klussen', 'vervoer', 'gezelschap'];
const VERVOER = ['lopen', 'fiets', 'auto'];

/**
 * The SQL prefilter must never drop a helper the engine would accept: for generated requests and offers
 * spread over Haarlem, the engine's accepted set over a full scan equals its accepted set over the prefilter.
 */
describe('candidate prefilter vs a full scan (real PostgreSQL)', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  let repo: KandidatenRepository;
  let gemeenteId: string;

  beforeAll(async () => {
    const db = await createTestDatabase('prefilter');
    drop = db.drop;
    ds = await new DataSource(dataSourceOptions(db.url)).initialize();
    repo = new KandidatenRepository(ds);
    gemeenteId = (await ds.query(`SELECT id FROM gemeenten WHERE code = 'GM0392'`))[0].id;
    const r = prng(12);
    const wijken: { code: string; lat: number; lon: number }[] = await ds.query(`SELECT code, lat, lon FROM wijken WHERE gemeente_id = $1`, [gemeenteId]);
    const persoon = async () => {
      const w = wijken[Math.floor(r() * wijken.length)];
      const [d] = await ds.query(
        `INSERT INTO deelnemers (gemeente_id, voornaam, wijk_code, lat, lon, rollen, vog_status, vog_datum, talen) VALUES ($1, 'x', $2, $3, $4, '{vrijwilliger}', $5, $6, $7) RETURNING id, wijk_code, lat, lon`,
        [gemeenteId, w.code, w.lat + (r() - 0.5) * 0.02, w.lon + (r() - 0.5) * 0.03, r() < 0.5 ? 'geldig' : 'geen', '2026-01-01', r() < 0.8 ? ['nl'] : ['en']],
      );
      return d as { id: string; wijk_code: string; lat: number; lon: number };
    };
    for (let i = 0; i < 300; i++) {
      const d = await persoon();
      const cats = CATS.filter(() => r() < 0.4);
      const slots = [1, 2, 3, 4, 5, 6, 7]
        .filter(() => r() < 0.5)
        .map((dag) => ({ dag, van: r() < 0.5 ? '09:00' : '13:00', tot: r() < 0.5 ? '12:00' : '18:00' }));
      await ds.query(
        `INSERT INTO aanbod (gemeente_id, deelnemer_id, kanaal, soort, categorieen, titel, beschikbaarheid, max_afstand_m, vervoer, max_actieve_matches, wijk_code, lat, lon)
         VALUES ($1,$2,'web',$3,$4,'t',$5,$6,$7,$8,$9,$10,$11)`,
        [
          gemeenteId,
          d.id,
          r() < 0.15 ? 'wijkservice' : 'vrijwilliger',
          cats.length ? cats : ['tuin'],
          JSON.stringify(slots),
          300 + Math.floor(r() * 6000),
          VERVOER[Math.floor(r() * 3)],
          1 + Math.floor(r() * 3),
          d.wijk_code,
          d.lat,
          d.lon,
        ],
      );
    }
    for (let i = 0; i < 40; i++) {
      const d = await persoon();
      const start = new Date(Date.UTC(2026, 11, 1 + Math.floor(r() * 14), 8 + Math.floor(r() * 8)));
      await ds.query(
        `INSERT INTO hulpvragen (gemeente_id, deelnemer_id, kanaal, categorie, titel, wijk_code, lat, lon, venster_soort, venster_start, venster_eind, duur_minuten, eisen)
         VALUES ($1,$2,'web',$3,'t',$4,$5,$6,$7,$8,$9,60,$10)`,
        [
          gemeenteId,
          d.id,
          CATS[Math.floor(r() * CATS.length)],
          d.wijk_code,
          d.lat,
          d.lon,
          r() < 0.5 ? 'eenmalig' : 'flexibel',
          start,
          new Date(start.getTime() + (1 + Math.floor(r() * 72)) * 3600_000),
          JSON.stringify({ vog: r() < 0.3 }),
        ],
      );
    }
  });
  afterAll(async () => {
    await ds?.destroy();
    await drop?.();
  });

  it('keeps every candidate the engine accepts, for every request', async () => {
    const ctx = await repo.context(gemeenteId, new Date('2026-11-23T10:00:00Z'));
    const alle = (await repo.alleVanGemeente(gemeenteId)).map(naarKandidaat);
    const vragen = (await ds.query(`SELECT * FROM hulpvragen WHERE gemeente_id = $1`, [gemeenteId])) as HulpvraagRow[];
    let geaccepteerd = 0;
    for (const h of vragen) {
      const hv = naarHulpvraag(h, ['nl']);
      const volledig = alle
        .filter((k) => !score(hv, k, ctx).excludedBy)
        .map((k) => k.id)
        .sort();
      const prefilter = (await repo.voorHulpvraag(h)).map(naarKandidaat);
      const viaPrefilter = rank(hv, prefilter, ctx, { limit: 1000 })
        .suggesties.map((s) => s.kandidaatId)
        .sort();
      expect([h.id, viaPrefilter]).toEqual([h.id, volledig]);
      // and the prefilter really filters: far fewer rows than a full scan
      expect(prefilter.length).toBeLessThan(alle.length);
      geaccepteerd += volledig.length;
    }
    // the generated neighbourhood must give the comparison something to compare
    expect(geaccepteerd).toBeGreaterThan(40);
  });

  it("always scores the resident's earlier helper, even behind more than MAX_KANDIDATEN nearer offers", async () => {
    const [w] = await ds.query(`SELECT code, lat, lon FROM wijken WHERE gemeente_id = $1 ORDER BY code LIMIT 1`, [gemeenteId]);
    const mens = async (lat: number): Promise<string> =>
      (
        await ds.query(
          `INSERT INTO deelnemers (gemeente_id, voornaam, wijk_code, lat, lon, rollen) VALUES ($1, 'x', $2, $3, $4, '{vrijwilliger}') RETURNING id`,
          [gemeenteId, w.code, lat, w.lon],
        )
      )[0].id;
    const aanbod = async (deelnemer: string, lat: number): Promise<string> =>
      (
        await ds.query(
          `INSERT INTO aanbod (gemeente_id, deelnemer_id, kanaal, soort, categorieen, titel, beschikbaarheid, max_afstand_m, vervoer, max_actieve_matches, wijk_code, lat, lon)
           VALUES ($1, $2, 'web', 'vrijwilliger', '{maaltijden}', 't', '[]', 5000, 'fiets', 3, $3, $4, $5) RETURNING id`,
          [gemeenteId, deelnemer, w.code, lat, w.lon],
        )
      )[0].id;
    const bewoner = await mens(w.lat);
    // 260 helpers on the resident's doorstep, one earlier helper 1 km away
    for (let i = 0; i < MAX_KANDIDATEN + 10; i++) await aanbod(await mens(w.lat), w.lat);
    const vaste = await mens(w.lat + 0.009);
    const vasteAanbod = await aanbod(vaste, w.lat + 0.009);
    const vraag = async () =>
      (
        await ds.query(
          `INSERT INTO hulpvragen (gemeente_id, deelnemer_id, kanaal, categorie, titel, wijk_code, lat, lon, venster_soort, venster_start, duur_minuten)
           VALUES ($1, $2, 'web', 'maaltijden', 't', $3, $4, $5, 'flexibel', now(), 60) RETURNING *`,
          [gemeenteId, bewoner, w.code, w.lat, w.lon],
        )
      )[0] as HulpvraagRow;
    const eerdere = await vraag();
    const ids = async () => (await repo.voorHulpvraag(await vraag())).map((r) => r.id);
    expect(await ids()).not.toContain(vasteAanbod);
    await ds.query(
      `INSERT INTO matches (gemeente_id, hulpvraag_id, aanbod_id, helper_id, bewoner_id, wijk_code, categorie, gemaakt_via, status, uitkomst_bewoner)
       VALUES ($1, $2, $3, $4, $5, $6, 'maaltijden', 'makelaar', 'afgerond', 'positief')`,
      [gemeenteId, eerdere.id, vasteAanbod, vaste, bewoner, w.code],
    );
    const na = await ids();
    expect(na).toContain(vasteAanbod);
    expect(na).toHaveLength(MAX_KANDIDATEN + 1);
  });

  it("the index box holds every point within the radius by the engine's measure, all over the Netherlands", async () => {
    // points just inside the radius in every direction, from centres between Zeeland and Groningen (an earlier
    // box on earthdistance's larger sphere missed east-west neighbours in the west)
    const r = prng(7);
    const rad = Math.PI / 180;
    const punten: { lat: number; lon: number; plat: number; plon: number; straal: number }[] = [];
    for (let i = 0; i < 3000; i++) {
      const lat = 50.75 + r() * 2.8;
      const lon = 3.35 + r() * 3.85;
      const straal = [500, 2000, 10_000, 25_000][i % 4];
      const hoek = r() * 2 * Math.PI;
      const d = (straal - 0.01) / AARDSTRAAL_METER;
      const plat = Math.asin(Math.sin(lat * rad) * Math.cos(d) + Math.cos(lat * rad) * Math.sin(d) * Math.cos(hoek)) / rad;
      const plon = lon + Math.atan2(Math.sin(hoek) * Math.sin(d) * Math.cos(lat * rad), Math.cos(d) - Math.sin(lat * rad) * Math.sin(plat * rad)) / rad;
      if (afstandMeter({ lat, lon }, { lat: plat, lon: plon }) <= straal) punten.push({ lat, lon, plat, plon, straal });
    }
    expect(punten.length).toBeGreaterThan(2900);
    const [{ buiten }] = await ds.query(
      `SELECT count(*) FILTER (WHERE NOT ${zoekBoxSql('p.lat', 'p.lon', 'p.straal')} @> ${bolpuntSql('p.plat', 'p.plon')})::int AS buiten
         FROM unnest($1::float8[], $2::float8[], $3::float8[], $4::float8[], $5::float8[]) AS p(lat, lon, plat, plon, straal)`,
      (['lat', 'lon', 'plat', 'plon', 'straal'] as const).map((k) => punten.map((p) => p[k])),
    );
    expect(buiten).toBe(0);
  });
});
