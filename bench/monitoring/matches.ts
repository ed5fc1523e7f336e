/**
 * Adds a large history of matches to the shared scale dataset (bench/lib/dataset.ts has people, requests and
 * offers but no matches): per match one completed request, spread over three years and all gemeenten, with
 * wijk, category and people drawn from that gemeente. INSERT … SELECT generate_series, once per database, in one
 * transaction: an interrupted run leaves the shared dataset as it was. (Its proper home is a `TableSpec` for
 * matches in bench/dataset/generate.ts, so every benchmark shares the same history.)
 */
import type { Client } from 'pg';

const MARKER = 'bench_monitoring_matches';

export async function ensureMatches(c: Client, aantal: number, log: (l: string) => void): Promise<void> {
  await c.query(`CREATE TABLE IF NOT EXISTS ${MARKER} (aantal int NOT NULL)`);
  const { rows } = await c.query<{ aantal: number }>(`SELECT aantal FROM ${MARKER}`);
  if (rows[0]?.aantal === aantal) return log(`reusing ${aantal.toLocaleString('en')} generated matches`);
  if (rows.length) throw new Error(`this dataset has ${rows[0].aantal} generated matches, not ${aantal}: reload it (BENCH_RELOAD=1)`);
  await c.query('BEGIN');
  try {
    await generate(c, aantal, log);
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  }
  await c.query('ANALYZE');
}

async function generate(c: Client, aantal: number, log: (l: string) => void): Promise<void> {
  const t0 = Date.now();
  await c.query(`CREATE TEMP TABLE g ON COMMIT DROP AS
    SELECT g.id, row_number() OVER (ORDER BY g.code)::int - 1 AS nr,
           (SELECT array_agg(code) FROM wijken WHERE gemeente_id = g.id) AS wijken,
           (SELECT array_agg(code) FROM categorieen WHERE gemeente_id = g.id AND actief) AS cats,
           (SELECT array_agg(id) FROM (SELECT id FROM deelnemers WHERE gemeente_id = g.id LIMIT 5000) d) AS mensen,
           (SELECT array_agg(id) FROM (SELECT id FROM aanbod WHERE gemeente_id = g.id LIMIT 500) a) AS aanbod
      FROM gemeenten g`);
  await c.query(`DELETE FROM g WHERE mensen IS NULL OR aanbod IS NULL OR wijken IS NULL`);
  const pick = (arr: string) => `${arr}[1 + floor(random() * cardinality(${arr}))::int]`;
  // skewed: gemeente nr 0 gets ~10x its share, like a large city among small ones
  await c.query(
    `CREATE TEMP TABLE r ON COMMIT DROP AS
    SELECT i, g.id AS gemeente_id, ${pick('g.wijken')} AS wijk, ${pick('g.cats')} AS cat, ${pick('g.mensen')} AS bewoner,
           ${pick('g.mensen')} AS helper, ${pick('g.aanbod')} AS aanbod,
           timestamptz '2023-01-01' + random() * interval '1095 days' AS t, gen_random_uuid() AS hv
      FROM generate_series(1, $1::int) i
      JOIN g ON g.nr = CASE WHEN i % 10 < 1 THEN 0 ELSE i % (SELECT count(*) FROM g) END`,
    [aantal],
  );
  log(`drew ${aantal.toLocaleString('en')} matches in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  await c.query(`INSERT INTO hulpvragen (id, gemeente_id, deelnemer_id, kanaal, categorie, titel, wijk_code, lat, lon, venster_soort, venster_start,
                   duur_minuten, status, created_at, eerste_contact_op, gematcht_op, laatste_activiteit)
    SELECT hv, gemeente_id, bewoner, 'web', cat, 'bench', wijk, 52.38, 4.63, 'flexibel', t, 60, 'afgerond', t,
           t + random() * interval '6 days', t + random() * interval '20 days', t FROM r`);
  log(`hulpvragen after ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  await c.query(`INSERT INTO matches (gemeente_id, hulpvraag_id, aanbod_id, helper_id, bewoner_id, wijk_code, categorie, gemaakt_via, status,
                   geaccepteerd_op, afgerond_op, created_at)
    SELECT gemeente_id, hv, aanbod, helper, bewoner, wijk, cat, (ARRAY['zelf', 'makelaar', 'systeem'])[1 + i % 3],
           CASE WHEN i % 7 = 0 THEN 'actief' ELSE 'afgerond' END, t + interval '3 days',
           CASE WHEN i % 7 = 0 THEN NULL ELSE t + interval '40 days' END, t FROM r`);
  log(`matches after ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  // a third has occurrences (repeat help, Wijkservice hours)
  await c.query(`INSERT INTO match_keren (match_id, datum, status, uren)
    SELECT m.id, m.geaccepteerd_op + k * interval '7 days', 'gedaan', 1.5 FROM matches m, generate_series(0, 2) k
     WHERE m.hulpvraag_id IN (SELECT hv FROM r WHERE i % 3 = 0)`);
  await c.query(`INSERT INTO ${MARKER} VALUES ($1)`, [aantal]);
  log(`generated in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}
