import type { Choreography, Move } from '@/src/content/choreography';

// The figure's movement, derived from the step's choreography: its keyframes are written here from
// the moves' shares, never by hand in the stylesheet, so the picture moves in, holds and comes back
// exactly when the voice and the highlighted line say so.

/** Where the figure's held movement turns, as shares of the step (0..1). */
export interface FigureMotion {
  /** Moving into the pose begins (the first `in` move; the start for a step without one). */
  inStart: number;
  /** The pose is reached and held. */
  holdStart: number;
  /** Coming back begins, and neutral is reached again (both 1 for a step that ends held). */
  outStart: number;
  outEnd: number;
}

export function figureMotion({ moves }: Choreography): FigureMotion {
  const span = (move: Move): [number, number] | null => {
    const i = moves.findIndex((m) => m.move === move);
    return i < 0 ? null : [i === 0 ? 0 : (moves[i - 1]?.until ?? 0), moves[i]?.until ?? 1];
  };
  const moveIn = span('in');
  const out = span('out');
  // A step with no movement in (massage) holds its pose throughout.
  const [inStart, holdStart] = moveIn ?? [0, 0];
  const [outStart, outEnd] = out ?? [1, 1];
  return { inStart, holdStart, outStart, outEnd };
}

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** Keyframe names of one picture: each figure on screen animates by its own step's moves. */
export const keyframeNames = (key: string) => ({
  hold: `fig-hold-${key}`,
  settle: `fig-settle-${key}`,
  glow: `fig-glow-${key}`,
});

/**
 * The picture's three animations as CSS: `hold` (into the pose, held, back to neutral), `settle`
 * (from the slumped start to upright as the move in ends, then upright) and `glow` (the stretched
 * side of the neck lights while the pose is held).
 */
export function keyframesCss(key: string, m: FigureMotion): string {
  const names = keyframeNames(key);
  const frames = (name: string, steps: [number[], string][]) =>
    `@keyframes ${name}{${steps.map(([at, decl]) => `${[...new Set(at)].map(pct).join(',')}{${decl}}`).join('')}}`;
  const moved = 'transform:var(--t)';
  const neutral = 'transform:none';
  // A step that never moves in (massage) shows its pose throughout; one that never comes back
  // (posture) ends held.
  const still = m.holdStart === 0;
  const returns = m.outEnd < 1;
  return [
    frames(
      names.hold,
      still
        ? [[[0, 1], moved]]
        : [
            [[0, m.inStart], neutral],
            [[m.holdStart, m.outStart], moved],
            [[m.outEnd, 1], returns ? neutral : moved],
          ],
    ),
    frames(
      names.settle,
      still
        ? [[[0, 1], neutral]]
        : [
            [[0, m.inStart], moved],
            [[m.holdStart, 1], neutral],
          ],
    ),
    frames(
      names.glow,
      still
        ? [[[0, 1], 'opacity:0.85']]
        : [
            [[0, m.inStart], 'opacity:0'],
            [[m.holdStart, m.outStart], 'opacity:0.85'],
            [[m.outEnd, 1], returns ? 'opacity:0' : 'opacity:0.85'],
          ],
    ),
  ].join('');
}
