/**
 * A small seeded random number generator (mulberry32) for tests that need randomness outside
 * fast-check: the same seed gives the same sequence, so a failure can be replayed.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed for this run: `TEST_SEED` when given (to replay), else a fresh one. Print it. */
export const runSeed = (): number => Number(process.env.TEST_SEED ?? Math.floor(Date.now() % 2 ** 31));
