/** @app/matching: the pure, deterministic matching engine (no Nest, no database, no clock, no randomness). */
export * from './types';
export { MatchingFout, OngeldigeGewichten, OngeldigeInvoer } from './errors';
export { STANDAARD_GEWICHTEN, valideerGewichten } from './gewichten';
export { AARDSTRAAL_METER, afstandMeter, formatteerAfstand } from './distance';
export { score } from './score';
export { rank, rankHulpvragenVoorKandidaat, type RankOpties, type Ranking } from './rank';
export { assign } from './assignment/min-cost-flow';
export { assignGreedy } from './assignment/greedy';
export { assignReferentie } from './assignment/reference-hungarian';
export { SCORE_SCHAAL, scoreGewicht, type Rand, type Toewijzing } from './assignment/types';
