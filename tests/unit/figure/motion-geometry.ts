// Where a point of the figure lands in the 200 × 200 image at any moment of its movement, not
// only in the still picture. Each moving part (class `m`, see Mover in parts.tsx) animates between
// no transform and its target `--t` (hold, stroke, pulse, settle), or orbits with `--t` as radius
// (circle); `phase` says how far along each part is. Parts without `m` keep their transform.

type Matrix = [number, number, number, number, number, number]; // a b c d e f

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

const multiply = ([a, b, c, d, e, f]: Matrix, [A, B, C, D, E, F]: Matrix): Matrix => [
  a * A + c * B,
  b * A + d * B,
  a * C + c * D,
  b * C + d * D,
  a * E + c * F + e,
  b * E + d * F + f,
];

const rotation = (deg: number): Matrix => {
  const r = (deg * Math.PI) / 180;
  return [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0];
};

interface Step {
  fn: string;
  args: number[];
}

/** transform="translate(1 2) rotate(3)" or CSS "translate(1px,2px) rotate(3deg)" as steps. */
const stepsOf = (transform: string): Step[] =>
  [...transform.matchAll(/(\w+)\(([^)]*)\)/g)].map(([, fn, args]) => ({
    fn: fn ?? '',
    args: (args ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((a) => Number.parseFloat(a)),
  }));

/** The steps taken a fraction `f` of the way from no transform (CSS interpolates each function). */
const partWay = (steps: Step[], f: number): Step[] =>
  steps.map(({ fn, args }) => ({
    fn,
    args: fn === 'scale' ? args.map((a) => 1 + f * (a - 1)) : args.map((a) => f * a),
  }));

const matrixOf = (steps: Step[]): Matrix =>
  steps.reduce<Matrix>((m, { fn, args: [p = 0, q] }) => {
    if (fn === 'translate') return multiply(m, [1, 0, 0, 1, p, q ?? 0]);
    if (fn === 'scale') return multiply(m, [p, 0, 0, q ?? p, 0, 0]);
    if (fn === 'rotate') return multiply(m, rotation(p));
    throw new Error(`unexpected transform ${fn}`);
  }, IDENTITY);

/** The moving parts an element is drawn inside, innermost first. */
export const moversOf = (el: Element): Element[] => {
  const out: Element[] = [];
  for (
    let node: Element | null = el;
    node && node.tagName.toLowerCase() !== 'svg';
    node = node.parentElement
  ) {
    if (node.classList.contains('m')) out.push(node);
  }
  return out;
};

/** Sample phases of a moving part: fractions of the way to its target, or orbit angles. */
export const phasesOf = (mover: Element): number[] =>
  mover.classList.contains('circle') ? [0, 45, 90, 135, 180, 225, 270, 315] : [0, 0.25, 0.5, 0.75, 1];

const moverMatrix = (mover: Element, phase: number): Matrix => {
  const target = stepsOf((mover as SVGElement).style.getPropertyValue('--t'));
  if (mover.classList.contains('circle')) {
    return matrixOf([{ fn: 'rotate', args: [phase] }, ...target, { fn: 'rotate', args: [-phase] }]);
  }
  return matrixOf(partWay(target, phase));
};

/** Every combination of sample phases of `movers` (one entry per mover). */
export function* phaseCombinations(movers: Element[]): Generator<Map<Element, number>> {
  const [first, ...rest] = movers;
  if (!first) {
    yield new Map();
    return;
  }
  for (const phase of phasesOf(first)) {
    for (const others of phaseCombinations(rest)) yield new Map([[first, phase], ...others]);
  }
}

/** The image position of (x, y), given in `el`'s own coordinates, with moving parts at `phase`. */
export const pointAt = (el: Element, x: number, y: number, phase: Map<Element, number>): [number, number] => {
  let m = IDENTITY;
  for (
    let node: Element | null = el;
    node && node.tagName.toLowerCase() !== 'svg';
    node = node.parentElement
  ) {
    const p = phase.get(node);
    const own =
      p === undefined ? matrixOf(stepsOf(node.getAttribute('transform') ?? '')) : moverMatrix(node, p);
    m = multiply(own, m);
  }
  const [a, b, c, d, e, f] = m;
  return [a * x + c * y + e, b * x + d * y + f];
};

/** Ray casting: is (x, y) inside the polygon? */
export const inside = (
  [x, y]: readonly [number, number],
  polygon: readonly (readonly [number, number])[],
) => {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i] as readonly [number, number];
    const [xj, yj] = polygon[j] as readonly [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
};
