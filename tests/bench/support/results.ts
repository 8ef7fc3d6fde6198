import { mkdirSync, writeFileSync } from 'node:fs';

export const RESULTS_DIR = 'tests/bench/results';

/** Saves one part of the bench's figures as tests/bench/results/<name>.json (git-ignored). */
export function saveResult(name: string, data: unknown): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(`${RESULTS_DIR}/${name}.json`, `${JSON.stringify(data, null, 2)}\n`);
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
}
