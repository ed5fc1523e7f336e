import type { MigrationInterface, QueryRunner } from 'typeorm';
import { maakIndexGelijktijdig } from './gelijktijdig';

/** The categories every gemeente has (seed/categorieen.ts at the time of this migration; codes cannot be added). */
export const CATEGORIEEN = [
  'klussen',
  'tuin',
  'digitale-hulp',
  'boodschappen',
  'huisdieren',
  'maaltijden',
  'vervoer',
  'administratie',
  'gezelschap',
  'respijt-mantelzorg',
  'voorlezen',
  'huishouden',
  'tuinonderhoud-groot',
];

/**
 * Suggestions (docs/matching.md): the prefilter read every active offer in a 25 km box, ~9k rows on ~7.5k heap
 * pages in a dense gemeente, to keep the ~10 % that offer the category. One partial GiST index per category on
 * (gemeente, position) lets it walk the offers of that category in that gemeente nearest first (KNN) and stop at
 * the 250th that qualifies: a few hundred heap visits. Built CONCURRENTLY (big table, docs/operations.md).
 */
export class KandidatenKnn1763901200000 implements MigrationInterface {
  name = 'KandidatenKnn1763901200000';
  public transaction = false;

  async up(q: QueryRunner): Promise<void> {
    for (const c of CATEGORIEEN) {
      await maakIndexGelijktijdig(
        q,
        indexNaam(c),
        `ON aanbod USING gist (gemeente_id, ll_to_earth(lat, lon)) WHERE status = 'actief' AND categorieen @> ARRAY['${c}']`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of CATEGORIEEN) await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${indexNaam(c)}`);
  }
}

export const indexNaam = (c: string): string => `aanbod_knn_${c.replaceAll('-', '_')}`;
