import { type Arrow, arrowGeometry, headPoints, type Pt } from '@/src/ui/figure/model';

// Points along an arrow and its heads, in the coordinates of the view it is drawn over: where the
// arrow shows a hand travelling, for checks against the body's landmarks and forbidden zones.

export const arrowPoints = (a: Arrow): Pt[] => {
  const points: Pt[] = [];
  const t = Array.from({ length: 41 }, (_, i) => i / 40);
  if ('line' in a) {
    const [x0, y0, x1, y1] = a.line;
    for (const s of t) points.push([x0 + s * (x1 - x0), y0 + s * (y1 - y0)]);
  } else if ('curve' in a) {
    const [x0, y0, cx, cy, x1, y1] = a.curve;
    for (const s of t) {
      const u = 1 - s;
      points.push([u * u * x0 + 2 * u * s * cx + s * s * x1, u * u * y0 + 2 * u * s * cy + s * s * y1]);
    }
  } else if ('ring' in a) {
    const [cx, cy, r] = a.ring;
    for (const s of t) points.push([cx + r * Math.cos(2 * Math.PI * s), cy + r * Math.sin(2 * Math.PI * s)]);
  } else {
    const [cx, cy, rx, ry, a0, a1] = a.arc;
    for (const s of t) {
      const ang = ((a0 + s * (a1 - a0)) * Math.PI) / 180;
      points.push([cx + rx * Math.cos(ang), cy + ry * Math.sin(ang)]);
    }
  }
  for (const head of arrowGeometry(a).heads) {
    for (const p of headPoints(head).split(' ')) {
      const [x = Number.NaN, y = Number.NaN] = p.split(',').map(Number);
      points.push([x, y]);
    }
  }
  return points;
};
