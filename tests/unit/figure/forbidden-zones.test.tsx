import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { STEPS } from '@/src/content/steps';
import { FORBIDDEN_ZONES, HAND_KINDS, type Pt } from '@/src/ui/figure/model';
import { POSES } from '@/src/ui/figure/poses';
import { StepFigure } from '@/src/ui/figure/StepFigure';
import { arrowPoints } from './arrow-points';
import { inside, moversOf, phaseCombinations, pointAt } from './motion-geometry';

// No picture may show a hand where the safety screen forbids one: on the front or sides of the
// throat, or on the midline of the spine (docs/routine.md, Safety: rules 5 and 6). Every hand of
// every step's figure is checked through its whole movement, against zones that move with the neck.

afterEach(cleanup);

const draw = (picture: string): SVGSVGElement => {
  const { container } = render(<StepFigure picture={picture} title={picture} />);
  const svg = container.querySelector('svg');
  if (!svg) throw new Error(`${picture}: no picture`);
  return svg;
};

/** Points of a path made of M, L, H, V and Q commands (absolute), sampled along its curves. */
const pathPoints = (d: string): Pt[] => {
  const points: Pt[] = [];
  let at: Pt = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const n = (args ?? '')
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (cmd === 'M' || cmd === 'L') at = [n[0] ?? 0, n[1] ?? 0];
    else if (cmd === 'H') at = [n[0] ?? 0, at[1]];
    else if (cmd === 'V') at = [at[0], n[0] ?? 0];
    else if (cmd === 'Q') {
      const [cx = 0, cy = 0, x = 0, y = 0] = n;
      for (let i = 1; i <= 10; i++) {
        const s = i / 10;
        const u = 1 - s;
        points.push([u * u * at[0] + 2 * u * s * cx + s * s * x, u * u * at[1] + 2 * u * s * cy + s * s * y]);
      }
      at = [x, y];
    } else throw new Error(`a hand's path uses ${cmd}, which this test cannot follow: teach it`);
    points.push(at);
  }
  return points;
};

/**
 * Points on the outline and inside of every shape a hand is drawn with, each in its own
 * coordinates. A hand drawn with a shape this test cannot sample fails loudly rather than going
 * unchecked.
 */
const handShape = (hand: Element): { shape: Element; points: Pt[] }[] =>
  [...hand.querySelectorAll('*')].map((shape) => {
    const tag = shape.tagName.toLowerCase();
    if (tag === 'path') return { shape, points: pathPoints(shape.getAttribute('d') ?? '') };
    if (tag !== 'ellipse' && tag !== 'circle')
      throw new Error(`a hand drawn with a <${tag}>: teach the test`);
    const n = (name: string) => Number(shape.getAttribute(name) ?? 0);
    const [cx, cy] = [n('cx'), n('cy')];
    const [rx, ry] = tag === 'circle' ? [n('r'), n('r')] : [n('rx'), n('ry')];
    const points: Pt[] = [[cx, cy]];
    for (let i = 0; i < 36; i++) {
      const a = (i * Math.PI) / 18;
      points.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
      points.push([cx + (rx / 2) * Math.cos(a), cy + (ry / 2) * Math.sin(a)]);
    }
    return { shape, points };
  });

interface Touch {
  zone: string;
  hand: number;
  at: [number, number];
}

/** Where, in any phase of its movement, a hand of `picture` enters a forbidden zone. */
function touches(picture: string): Touch[] {
  const svg = draw(picture);
  const view = POSES[picture]?.view ?? 'front';
  const neck = svg.querySelector('.neck');
  if (!neck) throw new Error(`${picture}: the view draws no neck to anchor the zones`);
  const found: Touch[] = [];
  [...svg.querySelectorAll('g.hand')].forEach((hand, index) => {
    const shape = handShape(hand);
    const movers = [...new Set([...moversOf(hand), ...moversOf(neck)])];
    for (const phase of phaseCombinations(movers)) {
      for (const zone of FORBIDDEN_ZONES[view]) {
        const polygon = zone.points.map(([x, y]) => pointAt(neck, x, y, phase));
        for (const { shape: part, points } of shape) {
          for (const [x, y] of points) {
            const at = pointAt(part, x, y, phase);
            if (inside(at, polygon)) found.push({ zone: zone.name, hand: index, at });
          }
        }
      }
    }
  });
  cleanup();
  return found;
}

describe('figures keep the hands off the throat and the spine', () => {
  it('every view defines where hands may not go, and the test sees a hand there', () => {
    for (const view of ['front', 'back', 'side'] as const) {
      expect(FORBIDDEN_ZONES[view].length, view).toBeGreaterThan(0);
    }
    expect(FORBIDDEN_ZONES.front.map((z) => z.name)).toContain('throat');
    expect(FORBIDDEN_ZONES.back.map((z) => z.name)).toContain('spine');
    // Sanity: the midline of the back view, and the middle of the front of the neck, are inside.
    expect(inside([100, 110], FORBIDDEN_ZONES.back[0]?.points ?? [])).toBe(true);
    expect(inside([100, 90], FORBIDDEN_ZONES.front[0]?.points ?? [])).toBe(true);
  });

  it.each(STEPS.map((s) => s.picture))(
    '%s: no hand enters a forbidden zone at any point of its movement',
    (picture) => {
      expect(touches(picture).slice(0, 3)).toEqual([]);
    },
  );

  it('the check catches the old Pinching picture, whose fingers sat on the midline', () => {
    POSES['test-old-pinch'] = {
      view: 'back',
      rightArm: {
        elbow: [162, 76],
        hand: [107, 90],
        forearmShift: { y: -4 },
        motion: 'pulse',
        handKind: 'pinch',
        handAngle: 80,
      },
    };
    try {
      expect(touches('test-old-pinch').map((t) => t.zone)).toContain('spine');
    } finally {
      delete POSES['test-old-pinch'];
    }
  });

  it.each(HAND_KINDS)('the check sees every part of a %s hand laid on the spine', (kind) => {
    // Straight down onto the midline, just below the hairline: however slim the hand, it touches.
    POSES['test-on-spine'] = {
      view: 'back',
      rightArm: { elbow: [150, 70], hand: [100, 88], handAngle: 90, handKind: kind },
    };
    try {
      expect(touches('test-on-spine').map((t) => t.zone)).toContain('spine');
    } finally {
      delete POSES['test-on-spine'];
    }
  });

  it('the edge of the palm, sliding down beside the spine in Squeezing, stays off it', () => {
    // The check is not blind to the slim hand in its real movement: 5 units nearer, it is caught.
    const squeeze = POSES['ms-squeeze'];
    const right = squeeze?.rightArm;
    if (!right) throw new Error('ms-squeeze: no right hand');
    expect(right.handKind).toBe('edge');
    expect(touches('ms-squeeze')).toEqual([]);
    POSES['test-squeeze-closer'] = {
      view: 'back',
      rightArm: { ...right, hand: [right.hand[0] - 5, right.hand[1]] },
    };
    try {
      expect(touches('test-squeeze-closer').map((t) => t.zone)).toContain('spine');
    } finally {
      delete POSES['test-squeeze-closer'];
    }
  });

  it('the check catches a hand laid on the front of the throat, however the head moves', () => {
    POSES['test-throat'] = {
      view: 'front',
      head: { tilt: 20 },
      rightArm: { elbow: [130, 130], hand: [104, 92] },
    };
    try {
      expect(touches('test-throat').map((t) => t.zone)).toContain('throat');
    } finally {
      delete POSES['test-throat'];
    }
  });

  it('massage arrows, which show where the hands travel, stay out of the zones too', () => {
    for (const step of STEPS.filter((s) => s.phase === 'massage')) {
      const pose = POSES[step.picture];
      if (!pose) throw new Error(`${step.picture}: no pose`);
      for (const zone of FORBIDDEN_ZONES[pose.view]) {
        for (const arrow of pose.arrows ?? []) {
          const into = arrowPoints(arrow).filter((p) => inside(p, zone.points));
          expect(into, `${step.picture}: arrow ${JSON.stringify(arrow)} enters the ${zone.name}`).toEqual([]);
        }
      }
    }
  });
});
