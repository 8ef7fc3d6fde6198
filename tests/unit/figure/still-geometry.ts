// Where a point of the still picture lands in the 200 × 200 image: composes the SVG transform
// attributes from the element up to the <svg>. The still picture is what reduced motion shows and
// the held position of every movement, so "moves toward image-right" can be read from it.

type Matrix = [number, number, number, number, number, number]; // a b c d e f

const multiply = ([a, b, c, d, e, f]: Matrix, [A, B, C, D, E, F]: Matrix): Matrix => [
  a * A + c * B,
  b * A + d * B,
  a * C + c * D,
  b * C + d * D,
  a * E + c * F + e,
  b * E + d * F + f,
];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

const parse = (transform: string): Matrix => {
  let m = IDENTITY;
  for (const [, fn, args] of transform.matchAll(/(\w+)\(([^)]*)\)/g)) {
    const [p = 0, q] = (args ?? '').split(/[\s,]+/).map(Number);
    if (fn === 'translate') m = multiply(m, [1, 0, 0, 1, p, q ?? 0]);
    else if (fn === 'scale') m = multiply(m, [p, 0, 0, q ?? p, 0, 0]);
    else if (fn === 'rotate') {
      const r = (p * Math.PI) / 180;
      m = multiply(m, [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]);
    } else throw new Error(`unexpected transform ${fn}`);
  }
  return m;
};

/** The image position of (x, y) given in `el`'s own coordinates. */
export const imagePoint = (el: Element, x: number, y: number): [number, number] => {
  let m = IDENTITY;
  for (
    let node: Element | null = el;
    node && node.tagName.toLowerCase() !== 'svg';
    node = node.parentElement
  ) {
    m = multiply(parse(node.getAttribute('transform') ?? ''), m);
  }
  const [a, b, c, d, e, f] = m;
  return [a * x + c * y + e, b * x + d * y + f];
};

/** The image position of an ellipse's or circle's centre. */
export const centreOf = (el: Element): [number, number] =>
  imagePoint(el, Number(el.getAttribute('cx') ?? 0), Number(el.getAttribute('cy') ?? 0));

/** Arrowheads as [tip, middle of the base] in image coordinates. */
export const arrowheads = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll('polygon.ah')].map((head) => {
    const [tip, b1, b2] = (head.getAttribute('points') ?? '')
      .split(' ')
      .map((p) => p.split(',').map(Number) as [number, number])
      .map(([x, y]) => imagePoint(head, x, y));
    if (!tip || !b1 || !b2) throw new Error('malformed arrowhead');
    return { tip, base: [(b1[0] + b2[0]) / 2, (b1[1] + b2[1]) / 2] as const };
  });
