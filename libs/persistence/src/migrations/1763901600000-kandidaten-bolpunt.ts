import type { MigrationInterface, QueryRunner } from 'typeorm';
import { bolpuntSql } from '../bolpunt';
import { CATEGORIEEN, indexNaam as knnNaam } from './1763901200000-kandidaten-knn';
import { maakIndexGelijktijdig } from './gelijktijdig';

/**
 * The nearest-offer indexes on a position PostgreSQL computes in C (bolpuntSql) instead of earthdistance's
 * `ll_to_earth`, a SQL function it cannot inline: a KNN scan evaluates its ORDER BY expression once per returned
 * row, and those calls were a fifth of a suggestion's SQL. Same keys otherwise (gemeente, position; one partial
 * index per category), so each new index replaces its predecessor. The open requests' index (reverse suggestions)
 * moves too, and now starts with the gemeente like its query. `aanbod_geo` goes without a successor: the
 * per-category indexes took over its only query in 1763901200000. Built CONCURRENTLY (big tables).
 */
export class KandidatenBolpunt1763901600000 implements MigrationInterface {
  name = 'KandidatenBolpunt1763901600000';
  public transaction = false;

  async up(q: QueryRunner): Promise<void> {
    const positie = bolpuntSql('lat', 'lon');
    // the old indexes go only once their successors are valid (maakIndexGelijktijdig throws otherwise)
    for (const c of CATEGORIEEN) {
      await maakIndexGelijktijdig(q, nabijNaam(c), `ON aanbod USING gist (gemeente_id, ${positie}) WHERE status = 'actief' AND categorieen @> ARRAY['${c}']`);
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${knnNaam(c)}`);
    }
    await maakIndexGelijktijdig(q, 'hulpvragen_nabij', `ON hulpvragen USING gist (gemeente_id, ${positie}) WHERE status = 'open'`);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS hulpvragen_geo`);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS aanbod_geo`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of CATEGORIEEN) {
      await maakIndexGelijktijdig(
        q,
        knnNaam(c),
        `ON aanbod USING gist (gemeente_id, ll_to_earth(lat, lon)) WHERE status = 'actief' AND categorieen @> ARRAY['${c}']`,
      );
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${nabijNaam(c)}`);
    }
    await maakIndexGelijktijdig(q, 'hulpvragen_geo', `ON hulpvragen USING gist (ll_to_earth(lat, lon)) WHERE status = 'open'`);
    await q.query(`DROP INDEX CONCURRENTLY IF EXISTS hulpvragen_nabij`);
    await maakIndexGelijktijdig(q, 'aanbod_geo', `ON aanbod USING gist (ll_to_earth(lat, lon)) WHERE status = 'actief'`);
  }
}

const nabijNaam = (c: string): string => `aanbod_nabij_${c.replaceAll('-', '_')}`;
