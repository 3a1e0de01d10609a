/**
 * Property tests explore a fixed set of cases in `npm test` and CI, so a run
 * is red only when the code changed, never by the luck of a random seed.
 * `FC_SEED=random npx vitest run` explores new cases (and prints the seed of
 * any counterexample, to be pinned as a regular test).
 */
import fc from 'fast-check';

const requested = process.env.FC_SEED;
if (requested !== 'random') fc.configureGlobal({ seed: requested === undefined ? 20261127 : Number(requested) });
