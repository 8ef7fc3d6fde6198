import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { mirror, type Pose, type Pt } from '@/src/ui/figure/model';
import { POSES } from '@/src/ui/figure/poses';
import { StepFigure } from '@/src/ui/figure/StepFigure';
import { BACK_SHOULDER_TOP } from '@/src/ui/figure/views';
import { arrowPoints } from './arrow-points';
import { moversOf, phaseCombinations, pointAt } from './motion-geometry';
import { arrowheads, centreOf } from './still-geometry';

// Each picture shows what its step's text asks for (issue 17, "Pictures"): Goose and Look at the
// sky can be told apart at a glance, Squeezing presses with the edge of the palm, and Stroking
// ends on the tops of the shoulders, not down on the shoulder blades.

afterEach(cleanup);

const draw = (picture: string): SVGSVGElement => {
  const { container } = render(<StepFigure picture={picture} title={picture} still />);
  const svg = container.querySelector('svg');
  if (!svg) throw new Error(`${picture}: no picture`);
  return svg;
};

/** Draws a pose that is not a step, under a throwaway key. */
const drawPose = (pose: Pose): SVGSVGElement => {
  POSES['test-pose'] = pose;
  try {
    return draw('test-pose');
  } finally {
    delete POSES['test-pose'];
  }
};

const poseOf = (id: string): Pose => {
  const pose = POSES[id];
  if (!pose) throw new Error(`${id}: no pose`);
  return pose;
};

const at = (svg: SVGSVGElement, selector: string): Element => {
  const el = svg.querySelector(selector);
  if (!el) throw new Error(`nothing drawn as ${selector}`);
  return el;
};

/** Arrowheads as the direction they point, in degrees (0 is image-right, -90 straight up). */
const arrowDirections = (svg: SVGSVGElement): { tip: Pt; deg: number }[] =>
  arrowheads(svg).map(({ tip, base }) => ({
    tip,
    deg: (Math.atan2(tip[1] - base[1], tip[0] - base[0]) * 180) / Math.PI,
  }));

const SIDES = [
  ['r', 1],
  ['l', -1],
] as const;

describe('Goose and Look at the sky', () => {
  it.each(SIDES)('-%s: differ at a glance, in view or by a clear turn or lift', (side) => {
    const goose = poseOf(`ex-goose-${side}`);
    const sky = poseOf(`ex-sky-${side}`);
    const turn = Math.abs((goose.head?.turn ?? 0) - (sky.head?.turn ?? 0));
    const lift = Math.abs((goose.head?.lift ?? 0) - (sky.head?.lift ?? 0));
    // The pair that looked the same were both front views, turned 55° and 52°, lifts 5 apart.
    expect(
      goose.view !== sky.view || turn >= 15 || lift >= 6,
      `${goose.view} ${sky.view} ${turn}° ${lift}`,
    ).toBe(true);
  });

  it.each(SIDES)(
    'Goose -%s shows the chin gliding straight forward, level, and the head turning to the near shoulder',
    (side, facing) => {
      const goose = poseOf(`ex-goose-${side}`);
      const head = goose.head ?? {};
      // Only a profile shows the forward glide; the right side faces image-right, the left mirrors it.
      expect(goose.view).toBe('side');
      expect(goose.faces ?? 'r').toBe(side);
      // Level chin: whatever the neck leans forward, the head turns back upright.
      expect(Math.abs((head.tilt ?? 0) + (head.pitch ?? 0))).toBeLessThanOrEqual(3);
      // The face comes round from the profile toward the viewer, the near shoulder, by 30° or more.
      expect(90 - Math.abs(head.turn ?? 90)).toBeGreaterThanOrEqual(30);
      // The head sits clearly forward of where a seated profile holds it.
      const upright = centreOf(
        at(drawPose(side === 'r' ? { view: 'side' } : mirror({ view: 'side' })), 'ellipse.h'),
      );
      cleanup();
      const svg = draw(`ex-goose-${side}`);
      const glided = centreOf(at(svg, 'ellipse.h'));
      expect(facing * (glided[0] - upright[0])).toBeGreaterThanOrEqual(6);
      expect(Math.abs(glided[1] - upright[1])).toBeLessThan(3);
      // An arrow says "forward, level": its head points the way the figure faces, within 15°.
      const forward = arrowDirections(svg).filter(({ deg }) =>
        facing === 1 ? Math.abs(deg) <= 15 : Math.abs(Math.abs(deg) - 180) <= 15,
      );
      expect(forward).toHaveLength(1);
    },
  );

  it.each(SIDES)(
    'Look at the sky -%s turns about three quarters of the way and lifts the eyes and chin so it shows',
    (side, facing) => {
      const sky = poseOf(`ex-sky-${side}`);
      const turn = facing * (sky.head?.turn ?? 0);
      expect(sky.view).toBe('front');
      expect(turn).toBeGreaterThanOrEqual(40);
      expect(turn).toBeLessThanOrEqual(65);
      // The nose rises well above where the same turn with a level gaze puts it.
      const level = centreOf(at(drawPose({ view: 'front', head: { turn: facing * turn } }), 'ellipse.n'));
      cleanup();
      const svg = draw(`ex-sky-${side}`);
      const lifted = centreOf(at(svg, 'ellipse.n'));
      expect(level[1] - lifted[1]).toBeGreaterThanOrEqual(8);
      // An arrow points up, within 30° of straight up, over the shoulder the head turns to.
      const up = arrowDirections(svg).filter(
        ({ tip, deg }) => Math.abs(deg + 90) <= 30 && facing * (tip[0] - 100) > 20,
      );
      expect(up).toHaveLength(1);
    },
  );
});

describe('Squeezing', () => {
  it('presses with the edge of the palm: both hands are drawn edge-on, a slim blade, not a flat palm', () => {
    const pose = poseOf('ms-squeeze');
    expect([pose.leftArm?.handKind, pose.rightArm?.handKind]).toEqual(['edge', 'edge']);
    /** Width across the hand over its length, in the hand's own coordinates. */
    const slimness = (hand: Element): number => {
      const xs: number[] = [];
      const ys: number[] = [];
      for (const shape of hand.querySelectorAll('ellipse, circle')) {
        const n = (name: string) => Number(shape.getAttribute(name) ?? 0);
        const [rx, ry] = shape.tagName.toLowerCase() === 'circle' ? [n('r'), n('r')] : [n('rx'), n('ry')];
        xs.push(n('cx') - rx, n('cx') + rx);
        ys.push(n('cy') - ry, n('cy') + ry);
      }
      return (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    };
    const hands = [...draw('ms-squeeze').querySelectorAll('g.hand')];
    expect(hands).toHaveLength(2);
    for (const hand of hands) expect(slimness(hand)).toBeLessThan(0.5);
    cleanup();
    const flat = at(drawPose({ view: 'back', rightArm: { elbow: [162, 78], hand: [113, 80] } }), 'g.hand');
    expect(slimness(flat)).toBeGreaterThan(0.6);
  });
});

describe('Stroking', () => {
  const STROKES = ['ms-stroke-open', 'ms-stroke-close'];
  const { collar, arm } = BACK_SHOULDER_TOP;

  it.each(STROKES)('%s: the arrows run down the neck to the tops of the shoulders, no lower', (id) => {
    const arrows = poseOf(id).arrows ?? [];
    expect(arrows.length).toBeGreaterThan(0);
    for (const arrow of arrows) {
      const points = arrowPoints(arrow);
      // No point of the arrow or its head lies below the shoulder line's lowest point, out at the arm.
      expect(Math.max(...points.map(([, y]) => y)), JSON.stringify(arrow)).toBeLessThanOrEqual(arm[1]);
      // Each ends out on the shoulder, past the collar, at the shoulders' height: not still on the neck.
      const end = 'curve' in arrow ? arrow.curve.slice(4) : 'line' in arrow ? arrow.line.slice(2) : [];
      const [x = 100, y = 0] = end;
      expect(Math.abs(x - 100), JSON.stringify(arrow)).toBeGreaterThanOrEqual(100 - collar[0]);
      expect(y, JSON.stringify(arrow)).toBeGreaterThanOrEqual(collar[1]);
    }
  });

  it.each(STROKES)('%s: the hands glide from the hairline onto the tops of the shoulders, no lower', (id) => {
    const svg = draw(id);
    // The shoulder line in image coordinates: it is drawn with the shirt, in the zoomed back view.
    const shirt = at(svg, 'path.s');
    const [collarX, collarY] = pointAt(shirt, collar[0], collar[1], new Map());
    const [, armY] = pointAt(shirt, arm[0], arm[1], new Map());
    // The working hands (Closing strokes also draws its hands at rest, below).
    const hands = [...svg.querySelectorAll('g.hand')].filter((h) => !h.closest('.at-rest'));
    expect(hands).toHaveLength(2);
    for (const hand of hands) {
      const movers = moversOf(hand);
      expect(movers.length, 'a stroking hand moves').toBeGreaterThan(0);
      const path = [...phaseCombinations(movers)].map((phase) => pointAt(hand, 0, 0, phase));
      const [start, end] = [path[0], path.at(-1)];
      if (!start || !end) throw new Error('no movement');
      // Starts high on the neck, by the hairline: above the collar.
      expect(start[1]).toBeLessThan(collarY - 8);
      // Never lower than the tops of the shoulders.
      for (const [, y] of path) expect(y).toBeLessThanOrEqual(armY);
      // Ends on the shoulder: past the collar, at the shoulders' height.
      expect(Math.abs(end[0] - 100)).toBeGreaterThan(Math.abs(collarX - 100));
      expect(end[1]).toBeGreaterThanOrEqual(collarY);
    }
  });

  it('ms-stroke-close: its hands come to rest, hanging either side, shown by the stylesheet in its rest move', () => {
    const closing = draw('ms-stroke-close');
    const resting = [...closing.querySelectorAll('.at-rest g.hand')].map((h) => centreOf(h));
    expect(resting).toHaveLength(2);
    const [collarX, collarY] = pointAt(at(closing, 'path.s'), collar[0], collar[1], new Map());
    for (const [x, y] of resting) {
      // Down at the sides, well below the shoulders and away from the spine.
      expect(y).toBeGreaterThan(collarY + 40);
      expect(Math.abs(x - 100)).toBeGreaterThan(Math.abs(collarX - 100));
    }
    expect(closing.querySelectorAll('.at-work g.hand')).toHaveLength(2);
    // Stroking, which has no rest move, draws its working hands only.
    expect(draw('ms-stroke-open').querySelectorAll('.at-rest')).toHaveLength(0);
  });
});
