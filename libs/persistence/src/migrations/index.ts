import { Foundation1763900000000 } from './1763900000000-foundation';

/** Every migration, in order. Listed explicitly (no globs) so the compiled and the ts-jest builds agree. */
export const migrations = [Foundation1763900000000];
