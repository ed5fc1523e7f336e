/**
 * A position as a point on the unit sphere (a 3-D `cube`), from C functions only. The nearest-offer GiST indexes
 * (migration 1763901600000) are built on exactly this expression, and a query must spell it the same way to use
 * them: change it only together with a migration that rebuilds those indexes.
 *
 * Why not earthdistance's `ll_to_earth`: it is a SQL function that PostgreSQL cannot inline (its `earth` domain
 * cast), so every call starts a small executor, and a KNN scan computes its ORDER BY expression once per row it
 * returns. That was a fifth of a suggestion's SQL (perf, docs/benchmarks.md).
 */
export function bolpuntSql(lat: string, lon: string): string {
  return `cube(ARRAY[cos(radians(${lat})) * cos(radians(${lon})), cos(radians(${lat})) * sin(radians(${lon})), sin(radians(${lat}))])`;
}
