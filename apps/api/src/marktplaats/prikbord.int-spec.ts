import { Client } from 'pg';
import { createTestDatabase } from '../../../../test/harness/database';
import { prikbordQuery, type PrikbordFilters } from './prikbord.service';

/**
 * A search across a whole gemeente walks the newest posts and asks the trigram index only when they do not fill the
 * page (prikbordQuery). Whichever path answers, the page must be the exact newest matches: checked against a plain
 * filter-and-sort over every post, with more posts than the walk covers and terms that are common, rare, old or typos.
 */
describe('prikbord search across a gemeente (real PostgreSQL)', () => {
  let db: Client;
  let drop: () => Promise<void>;
  let gemeenteId: string;
  const POSTS = 600; // per table, more than the walk's 400

  beforeAll(async () => {
    const t = await createTestDatabase('prikbordzoek');
    drop = t.drop;
    db = new Client({ connectionString: t.url });
    await db.connect();
    const [g] = (await db.query(`SELECT g.id, w.code, w.lat, w.lon FROM gemeenten g JOIN wijken w ON w.gemeente_id = g.id WHERE g.code = 'GM0392' LIMIT 1`))
      .rows;
    gemeenteId = g.id;
    const [d] = (
      await db.query(
        `INSERT INTO deelnemers (gemeente_id, voornaam, wijk_code, lat, lon, rollen) VALUES ($1, 'x', $2, $3, $4, '{bewoner,vrijwilliger}') RETURNING id`,
        [g.id, g.code, g.lat, g.lon],
      )
    ).rows;
    // every 7th post asks for groceries, every 97th for a piano (rare), the oldest three for a harp (only beyond the walk)
    const titel = `CASE WHEN i % 7 = 0 THEN 'Boodschappen doen' WHEN i % 97 = 0 THEN 'Piano verhuizen' WHEN i > ${POSTS - 3} THEN 'Harp stemmen' ELSE 'Even langskomen' END`;
    await db.query(
      `INSERT INTO hulpvragen (gemeente_id, deelnemer_id, kanaal, categorie, titel, omschrijving, wijk_code, lat, lon, venster_soort, venster_start, venster_eind, duur_minuten, status, created_at)
       SELECT $1, $2, 'web', 'boodschappen', ${titel}, 'post ' || i, $3, $4, $5, 'flexibel', now() + interval '1 day', now() + interval '8 days', 60, 'open', now() - i * interval '1 minute'
         FROM generate_series(1, ${POSTS}) i`,
      [g.id, d.id, g.code, g.lat, g.lon],
    );
    await db.query(
      `INSERT INTO aanbod (gemeente_id, deelnemer_id, kanaal, categorieen, titel, omschrijving, max_afstand_m, vervoer, wijk_code, lat, lon, created_at)
       SELECT $1, $2, 'web', '{boodschappen}', ${titel}, 'aanbod ' || i, 2000, 'fiets', $3, $4, $5, now() - i * interval '1 minute' - interval '30 seconds'
         FROM generate_series(1, ${POSTS}) i`,
      [g.id, d.id, g.code, g.lat, g.lon],
    );
    await db.query('ANALYZE hulpvragen; ANALYZE aanbod');
  });

  afterAll(async () => {
    await db.end();
    await drop();
  });

  type Rij = { type: string; id: string; titel: string; omschrijving: string; created_at: Date };
  const alle = async (): Promise<Rij[]> =>
    (
      await db.query<Rij>(
        `SELECT 'hulpvraag' AS type, id, titel, omschrijving, created_at FROM hulpvragen WHERE gemeente_id = $1 AND status = 'open'
         UNION ALL SELECT 'aanbod', id, titel, omschrijving, created_at FROM aanbod WHERE gemeente_id = $1 AND status = 'actief'`,
        [gemeenteId],
      )
    ).rows;
  const nieuwsteEerst = (a: Rij, b: Rij) => b.created_at.getTime() - a.created_at.getTime() || (a.id < b.id ? 1 : -1);

  it.each([
    ['a common word', 'boodschappen', 21, undefined],
    ['a rare word', 'piano', 21, undefined],
    ['a word only beyond the walk', 'harp', 21, undefined],
    ['a word nobody used', 'trompet', 21, undefined],
    ['a common word, one type, small pages', 'boodschappen', 3, 'aanbod'],
  ] as const)('%s: the exact newest matches, page after page', async (_naam, term, limit, type) => {
    const verwacht = (await alle())
      .filter((r) => (!type || r.type === type) && `${r.titel} ${r.omschrijving}`.toLowerCase().includes(term))
      .sort(nieuwsteEerst)
      .map((r) => r.id);
    const gezien: string[] = [];
    let na: PrikbordFilters['na'];
    for (let pagina = 0; pagina < 4; pagina++) {
      const { rows } = await db.query<{ id: string; sleutel: string }>(prikbordQuery({ gemeenteId, q: term, type, limit, na }));
      gezien.push(...rows.map((r) => r.id));
      if (rows.length < limit) break;
      const laatste = rows[rows.length - 1];
      na = [laatste.sleutel, laatste.id];
    }
    expect(gezien).toEqual(verwacht.slice(0, gezien.length));
    expect(gezien.length).toBe(Math.min(verwacht.length, 4 * limit));
  });

  it('a typo finds the common word by trigram similarity, newest first', async () => {
    const { rows } = await db.query<{ titel: string; created_at: Date }>(prikbordQuery({ gemeenteId, q: 'boodschapen', zoek: 'fuzzy', limit: 21 }));
    expect(rows).toHaveLength(21);
    expect(rows.every((r) => r.titel === 'Boodschappen doen')).toBe(true);
    const tijden = rows.map((r) => r.created_at.getTime());
    expect(tijden).toEqual([...tijden].sort((a, b) => b - a));
  });
});
