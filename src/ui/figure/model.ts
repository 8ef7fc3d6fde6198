// The figure's parametric model: a pose is data (head angles, arm joints, arrows), drawn by the
// views in views.tsx. All coordinates are in a 200 × 200 viewBox; left and right (and "l"/"r") mean
// image-left and image-right. Exercise poses are authored for the right side and mirrored for the
// left, so the two sides of a pair can never drift apart.

export type Pt = readonly [number, number];

/** A part's offset from where it is drawn: translate, rotate (degrees, clockwise), scale. */
export interface Shift {
  x?: number;
  y?: number;
  rotate?: number;
  scale?: number;
  /** Horizontal scale only (a head turning narrows its face). */
  scaleX?: number;
}

/**
 * How a part moves. `hold` eases into the shift, holds, eases back, and the still picture (reduced
 * motion) shows the shift: the held position. The others loop around the drawn position, which is
 * what the still picture shows: `stroke` glides slowly to the shift and returns quickly, `circle`
 * orbits with the shift's x as radius, `pulse` repeats a short shift, `settle` starts at the shift
 * and eases to the drawn position. `none` is a fixed offset.
 */
export type Motion = 'hold' | 'stroke' | 'circle' | 'pulse' | 'settle' | 'none';

/**
 * How a hand is drawn: `flat` a palm laid on, `pinch` thumb and finger lifting a fold, `grip` a
 * hand closed round the shoulder, `edge` the palm seen edge-on, its little-finger side pressed in.
 */
export const HAND_KINDS = ['flat', 'pinch', 'grip', 'edge'] as const;
export type HandKind = (typeof HAND_KINDS)[number];

export interface Arm {
  /** Elbow and hand as drawn; the shoulder is fixed by the view. */
  elbow: Pt;
  hand: Pt;
  /** Held rotation of the whole arm about the shoulder, in degrees. */
  armRotation?: number;
  /** Held rotation of the forearm and hand about the elbow, in degrees, when it has no `forearmShift`. */
  forearmRotation?: number;
  /** Movement of the forearm and hand about the elbow, and how it moves. */
  forearmShift?: Shift;
  motion?: Motion;
  /** Hand angle in degrees if it differs from the forearm's direction. */
  handAngle?: number;
  handKind?: HandKind;
  /** A second, faded arm showing the alternate stroke; it runs half a cycle later. */
  fade?: boolean;
}

export interface Head {
  /** Side tilt about the base of the neck (Metronome, Spring's nod); clockwise positive. */
  tilt?: number;
  /** Head-only nod about its centre: negative lifts the chin when facing image-right. */
  pitch?: number;
  /**
   * Turn toward image-right (positive) in degrees, from facing the viewer; 90 is a profile. The
   * side view draws a profile when it is unset, and a turn below 90 brings the face round toward
   * the viewer: toward the near shoulder.
   */
  turn?: number;
  /** Lift of the face and gaze (looking up), in units. */
  lift?: number;
  /** Glide of head and neck (Spring, Goose, Heron) and apparent size (a head coming closer). */
  x?: number;
  y?: number;
  scale?: number;
}

/**
 * An arrow: a straight `line` (x0, y0, x1, y1), a quadratic `curve` (x0, y0, control x, y, x1, y1),
 * an elliptical `arc` (cx, cy, rx, ry, from and to angles in degrees, y down), or a headless `ring`
 * (cx, cy, r) marking where small circles go.
 */
export type Arrow = (
  | { line: readonly [number, number, number, number] }
  | { ring: readonly [number, number, number] }
  | { curve: readonly [number, number, number, number, number, number] }
  | { arc: readonly [number, number, number, number, number, number] }
) & { two?: boolean; dash?: boolean; faint?: boolean };

export interface Pose {
  view: 'front' | 'side' | 'back';
  /** Side view: the way the figure faces, image-right unless `l` (its mirror image). */
  faces?: 'l' | 'r';
  head?: Head;
  /** Image-left and image-right arms; the side view draws only `leftArm`, the near arm. */
  leftArm?: Arm;
  rightArm?: Arm;
  /** The side of the neck that lengthens (front view). */
  glow?: 'l' | 'r';
  /** Upper body leaning by this shift before settling upright (side view, posture). */
  lean?: Shift;
  /** Ear–shoulder–hip plumb line (side view, posture). */
  plumb?: boolean;
  /** Front view: the hands work on the head (temples, forehead), so they are drawn over it. */
  handsOnHead?: boolean;
  arrows?: readonly Arrow[];
}

/**
 * Where no hand may go (docs/routine.md, Safety: rules 5 and 6): the front and sides of the throat,
 * and the midline of the spine, the vertebrae themselves. A zone is a polygon in the coordinates
 * of the part it belongs to: the neck, which tilts, glides and leans with the head and body, so the
 * zone moves with it. Every view draws the neck with the class `neck`; the figure test checks
 * every hand of every step, through its whole movement, against these zones.
 */
export interface Zone {
  name: 'throat' | 'spine';
  points: readonly Pt[];
}

export const FORBIDDEN_ZONES: Readonly<Record<Pose['view'], readonly Zone[]>> = {
  // The neck seen from the front, down to the notch between the collarbones, widened by a margin
  // for its sides; the slope into the shoulders, where kneading grips, stays outside.
  front: [
    {
      name: 'throat',
      points: [
        [87, 66],
        [113, 66],
        [113, 88],
        [116, 98],
        [100, 111],
        [84, 98],
        [87, 88],
      ],
    },
  ],
  // From behind: a band about 2 cm either side of the spine (the neck is some 22 units, 11 cm, wide),
  // from the base of the skull down the back. Hands and arrows stay beside it, on the muscles.
  back: [
    {
      name: 'spine',
      points: [
        [96, 76],
        [104, 76],
        [104, 160],
        [96, 160],
      ],
    },
  ],
  // In profile (facing image-right) the throat is the front and side of the neck, the spine its
  // back edge.
  side: [
    {
      name: 'throat',
      points: [
        [87, 66],
        [101, 66],
        [101, 104],
        [87, 104],
      ],
    },
    {
      name: 'spine',
      points: [
        [79, 66],
        [85, 66],
        [85, 106],
        [79, 106],
      ],
    },
  ],
};

const W = 200;
const flipX = (x: number) => W - x;
const flipPt = ([x, y]: Pt): Pt => [flipX(x), y];
const neg = (n: number | undefined) => (n === undefined ? undefined : -n);

const mirrorShift = (t: Shift | undefined): Shift | undefined =>
  t && { ...t, x: neg(t.x), rotate: neg(t.rotate) };

const mirrorArm = (a: Arm | undefined): Arm | undefined =>
  a && {
    ...a,
    elbow: flipPt(a.elbow),
    hand: flipPt(a.hand),
    armRotation: neg(a.armRotation),
    forearmRotation: neg(a.forearmRotation),
    forearmShift: mirrorShift(a.forearmShift),
    handAngle: a.handAngle === undefined ? undefined : 180 - a.handAngle,
  };

const mirrorArrow = (a: Arrow): Arrow => {
  if ('line' in a) {
    const [x0, y0, x1, y1] = a.line;
    return { ...a, line: [flipX(x0), y0, flipX(x1), y1] };
  }
  if ('curve' in a) {
    const [x0, y0, cx, cy, x1, y1] = a.curve;
    return { ...a, curve: [flipX(x0), y0, flipX(cx), cy, flipX(x1), y1] };
  }
  if ('ring' in a) {
    const [cx, cy, r] = a.ring;
    return { ...a, ring: [flipX(cx), cy, r] };
  }
  const [cx, cy, rx, ry, a0, a1] = a.arc;
  return { ...a, arc: [flipX(cx), cy, rx, ry, 180 - a0, 180 - a1] };
};

/**
 * The same pose seen in a mirror: every left becomes right. A profile turns round to face the
 * other way, so it still shows the near side of the body.
 */
export const mirror = (p: Pose): Pose => ({
  ...p,
  ...(p.view === 'side' && { faces: p.faces === 'l' ? 'r' : 'l' }),
  head: p.head && {
    ...p.head,
    tilt: neg(p.head.tilt),
    pitch: neg(p.head.pitch),
    turn: neg(p.head.turn),
    x: neg(p.head.x),
  },
  leftArm: mirrorArm(p.rightArm),
  rightArm: mirrorArm(p.leftArm),
  glow: p.glow && (p.glow === 'l' ? 'r' : 'l'),
  arrows: p.arrows?.map(mirrorArrow),
});

const n = (v: number) => Math.round(v * 100) / 100;

/** The shift as an SVG transform attribute (units implied) or as a CSS transform (units explicit). */
export const transformOf = (t: Shift, css: boolean): string => {
  const [px, deg, sep] = css ? ['px', 'deg', ','] : ['', '', ' '];
  const out: string[] = [];
  if (t.x || t.y) out.push(`translate(${n(t.x ?? 0)}${px}${sep}${n(t.y ?? 0)}${px})`);
  if (t.rotate) out.push(`rotate(${n(t.rotate)}${deg})`);
  if (t.scale !== undefined || t.scaleX !== undefined)
    out.push(`scale(${n(t.scaleX ?? t.scale ?? 1)}${sep}${n(t.scale ?? 1)})`);
  return out.join(' ');
};

const rad = (deg: number) => (deg * Math.PI) / 180;
const deg = (x: number, y: number) => (Math.atan2(y, x) * 180) / Math.PI;

/** Path data plus arrowheads as [x, y, direction in degrees]. */
export const arrowGeometry = (a: Arrow): { d: string; heads: [number, number, number][] } => {
  if ('ring' in a) {
    const [cx, cy, r] = a.ring;
    return { d: `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`, heads: [] };
  }
  let d: string;
  let end: [number, number, number];
  let start: [number, number, number];
  if ('line' in a) {
    const [x0, y0, x1, y1] = a.line;
    d = `M${x0} ${y0}L${x1} ${y1}`;
    end = [x1, y1, deg(x1 - x0, y1 - y0)];
    start = [x0, y0, deg(x0 - x1, y0 - y1)];
  } else if ('curve' in a) {
    const [x0, y0, cx, cy, x1, y1] = a.curve;
    d = `M${x0} ${y0}Q${cx} ${cy} ${x1} ${y1}`;
    end = [x1, y1, deg(x1 - cx, y1 - cy)];
    start = [x0, y0, deg(x0 - cx, y0 - cy)];
  } else {
    const [cx, cy, rx, ry, a0, a1] = a.arc;
    const at = (t: number): Pt => [n(cx + rx * Math.cos(rad(t))), n(cy + ry * Math.sin(rad(t)))];
    const dir = Math.sign(a1 - a0);
    const tangent = (t: number, sgn: number) =>
      deg(-rx * Math.sin(rad(t)) * sgn, ry * Math.cos(rad(t)) * sgn);
    const [x0, y0] = at(a0);
    const [x1, y1] = at(a1);
    d = `M${x0} ${y0}A${rx} ${ry} 0 ${Math.abs(a1 - a0) > 180 ? 1 : 0} ${dir > 0 ? 1 : 0} ${x1} ${y1}`;
    end = [x1, y1, tangent(a1, dir)];
    start = [x0, y0, tangent(a0, -dir)];
  }
  return { d, heads: a.two ? [end, start] : [end] };
};

/** Triangle points of an arrowhead whose tip sits at (x, y), pointing along `dir`. */
export const headPoints = ([x, y, dir]: [number, number, number]): string => {
  const c = Math.cos(rad(dir));
  const s = Math.sin(rad(dir));
  const len = 7;
  const half = 4.5;
  const bx = x - len * c;
  const by = y - len * s;
  return [
    [x + 1.5 * c, y + 1.5 * s],
    [bx - half * s, by + half * c],
    [bx + half * s, by - half * c],
  ]
    .map(([px, py]) => `${n(px ?? 0)},${n(py ?? 0)}`)
    .join(' ');
};
