import { describe, it } from 'vitest';
import { fuzzDays } from '@/tests/support/day/fuzz';

// 10,000 random days in two halves, one per test worker (this and fuzz-b.test.ts). To replay one:
// FUZZ_SEED=<seed> FUZZ_DAYS=<n> npx vitest run tests/unit/day/fuzz-a.test.ts

const seed = Number(process.env.FUZZ_SEED ?? 20261127);
const days = Number(process.env.FUZZ_DAYS ?? 5_000);

describe('random days, first half', () => {
  it(`hold every invariant (${days} days, seed ${seed})`, { timeout: 600_000 }, () => fuzzDays(days, seed));
});
