import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { STEPS } from '@/src/content/steps';
import { type Arrow, arrowGeometry, FORBIDDEN_ZONES, headPoints, type Pt } from '@/src/ui/figure/model';
import { POSES } from '@/src/ui/figure/poses';
import { StepFigure } from '@/src/ui/figure/StepFigure';
import { inside, moversOf, phaseCombinations, pointAt } from './motion-geometry';

// No picture may show a hand where the safety screen forbids one: on the front or sides of the
// throat, or on the midline of the spine (routine-content §3.2 rules 5 and 6). Every hand of every
// step's figure is checked through its whole movement, against zones that move with the neck.

afterEach(cleanup);

const draw = (picture: string): SVGSVGElement => {
  const { container } = render(<StepFigure picture={picture} title={picture} />);
  const svg = container.querySelector('svg');
  if (!svg) throw new Error(`${picture}: no picture`);
  return svg;
};

/** Points on the outline and inside of every shape a hand is drawn with, in the hand's coordinates. */
const handShape = (hand: Element): Pt[] =>
  [...hand.querySelectorAll('ellipse, circle')].flatMap((shape) => {
    const n = (name: string) => Number(shape.getAttribute(name) ?? 0);
    const [cx, cy] = [n('cx'), n('cy')];
    const [rx, ry] = shape.tagName.toLowerCase() === 'circle' ? [n('r'), n('r')] : [n('rx'), n('ry')];
    const points: Pt[] = [[cx, cy]];
    for (let i = 0; i < 36; i++) {
      const a = (i * Math.PI) / 18;
      points.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
      points.push([cx + (rx / 2) * Math.cos(a), cy + (ry / 2) * Math.sin(a)]);
    }
    return points;
  });

interface Touch {
  zone: string;
  hand: number;
  at: [number, number];
}

/** Where, in any phase of its movement, a hand of `picture` enters a forbidden zone. */
function touches(picture: string): Touch[] {
  const svg = draw(picture);
  const view = POSES[picture]?.v ?? 'front';
  const neck = svg.querySelector('.neck');
  if (!neck) throw new Error(`${picture}: the view draws no neck to anchor the zones`);
  const found: Touch[] = [];
  [...svg.querySelectorAll('g.hand')].forEach((hand, index) => {
    const shape = handShape(hand);
    const movers = [...new Set([...moversOf(hand), ...moversOf(neck)])];
    for (const phase of phaseCombinations(movers)) {
      for (const zone of FORBIDDEN_ZONES[view]) {
        const polygon = zone.points.map(([x, y]) => pointAt(neck, x, y, phase));
        for (const [x, y] of shape) {
          const at = pointAt(hand, x, y, phase);
          if (inside(at, polygon)) found.push({ zone: zone.name, hand: index, at });
        }
      }
    }
  });
  cleanup();
  return found;
}

/** Points along an arrow and its heads, in the view's coordinates. */
const arrowPoints = (a: Arrow): Pt[] => {
  const points: Pt[] = [];
  const t = Array.from({ length: 41 }, (_, i) => i / 40);
  if ('l' in a) {
    const [x0, y0, x1, y1] = a.l;
    for (const s of t) points.push([x0 + s * (x1 - x0), y0 + s * (y1 - y0)]);
  } else if ('q' in a) {
    const [x0, y0, cx, cy, x1, y1] = a.q;
    for (const s of t) {
      const u = 1 - s;
      points.push([u * u * x0 + 2 * u * s * cx + s * s * x1, u * u * y0 + 2 * u * s * cy + s * s * y1]);
    }
  } else if ('o' in a) {
    const [cx, cy, r] = a.o;
    for (const s of t) points.push([cx + r * Math.cos(2 * Math.PI * s), cy + r * Math.sin(2 * Math.PI * s)]);
  } else {
    const [cx, cy, rx, ry, a0, a1] = a.e;
    for (const s of t) {
      const ang = ((a0 + s * (a1 - a0)) * Math.PI) / 180;
      points.push([cx + rx * Math.cos(ang), cy + ry * Math.sin(ang)]);
    }
  }
  for (const head of arrowGeometry(a).heads) {
    for (const p of headPoints(head).split(' ')) points.push(p.split(',').map(Number) as unknown as Pt);
  }
  return points;
};

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
      v: 'back',
      r: { e: [162, 76], h: [107, 90], t: { y: -4 }, m: 'pulse', hand: 'pinch', ha: 80 },
    };
    try {
      expect(touches('test-old-pinch').map((t) => t.zone)).toContain('spine');
    } finally {
      delete POSES['test-old-pinch'];
    }
  });

  it('the check catches a hand laid on the front of the throat, however the head moves', () => {
    POSES['test-throat'] = { v: 'front', head: { tilt: 20 }, r: { e: [130, 130], h: [104, 92] } };
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
      for (const zone of FORBIDDEN_ZONES[pose.v]) {
        for (const arrow of pose.arrows ?? []) {
          const into = arrowPoints(arrow).filter((p) => inside(p, zone.points));
          expect(into, `${step.picture}: arrow ${JSON.stringify(arrow)} enters the ${zone.name}`).toEqual([]);
        }
      }
    }
  });
});
