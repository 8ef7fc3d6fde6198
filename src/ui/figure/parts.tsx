import type { ComponentChildren } from 'preact';
import {
  type Arrow,
  arrowGeometry,
  type HandKind,
  headPoints,
  type Motion,
  type Pt,
  type Shift,
  transformOf,
} from './model';

interface MoverProps {
  /** The pivot: rotations and scales happen about this point. */
  at: Pt;
  /** Where the part moves to (or round, for `circle`), and how. */
  shift?: Shift | undefined;
  motion?: Motion | undefined;
  /** Start half a cycle later (the second of two alternating hands). */
  late?: boolean | undefined;
  children: ComponentChildren;
}

/**
 * A moving part. The CSS animation reads the target from `--t`; the SVG transform attribute holds
 * the still picture, which shows when animation is off (reduced motion) because a running CSS
 * animation overrides the attribute. The part is drawn around the pivot so CSS transforms, whose
 * origin is the local (0, 0) in SVG, turn about the right point.
 */
export function Mover({ at: [x, y], shift, motion = 'hold', late, children }: MoverProps) {
  const css = shift ? transformOf(shift, true) : '';
  if (!css) return <>{children}</>;
  const still = motion === 'hold' || motion === 'none' ? transformOf(shift ?? {}, false) : undefined;
  return (
    <g transform={`translate(${x} ${y})`}>
      <g
        class={motion === 'none' ? undefined : `m ${motion}${late ? ' late' : ''}`}
        style={motion === 'none' ? undefined : { '--t': css }}
        transform={still}
      >
        <g transform={`translate(${-x} ${-y})`}>{children}</g>
      </g>
    </g>
  );
}

/** A limb as a thick round-capped stroke with an outline, e.g. an arm in its sleeve. */
export function Limb({ from, to, width, fill = 'la' }: { from: Pt; to: Pt; width: number; fill?: string }) {
  const d = `M${from[0]} ${from[1]}L${to[0]} ${to[1]}`;
  return (
    <>
      <path d={d} class="lo" stroke-width={width + 5} />
      <path d={d} class={fill} stroke-width={width} />
    </>
  );
}

/**
 * A hand at `at`, its long axis pointing along `dir` (degrees): a palm, a pinch, a grip, or the
 * palm's edge. A hand is drawn with ellipses, circles and simple lines only: the figure test
 * samples every one of them to keep hands off the throat and the spine, and fails on anything else.
 */
export function Hand({
  at: [x, y],
  dir,
  kind = 'flat',
}: {
  at: Pt;
  dir: number;
  kind?: HandKind | undefined;
}) {
  return (
    <g class="hand" transform={`translate(${x} ${y}) rotate(${Math.round(dir - 90)})`}>
      {kind === 'edge' ? (
        <>
          {/* Edge-on: a narrow blade of a hand hanging from the wrist, fingers together, the thumb
              along its side; the little-finger edge, the far side, presses into the muscle. */}
          <ellipse class="k" cy={6} rx={4.4} ry={11.5} />
          <ellipse class="k" cx={3} cy={1} rx={2.3} ry={5.5} />
          <path d="M-3.8 12H3.8" />
        </>
      ) : (
        <ellipse class="k" rx={7} ry={9.5} />
      )}
      {kind === 'pinch' && (
        <>
          <circle class="k" cx={-3.5} cy={10} r={3} />
          <circle class="k" cx={3.5} cy={10} r={3} />
        </>
      )}
      {kind === 'grip' && <path d="M-6 -3Q-9 5 -3 9" />}
    </g>
  );
}

// Head proportions: hair oval, face disc, ears. Slightly large for the body, as friendly figures
// are, which also makes turns and tilts easier to read at popup size.
const RX = 24;
const RY = 27;
const EAR_X = 23.5;

/** Where the face's parts sit, turned `turn` degrees and lifted by `lift`, as shifts from facing out. */
const faceAt = (turn: number, lift: number, sign: number) => {
  const s = Math.sin((turn * Math.PI) / 180);
  const k = Math.cos((turn * Math.PI) / 180);
  return {
    // The far ear slides behind the head; the near one comes round in front of it.
    far: { x: turn === 0 ? 0 : -sign * 6 },
    near: { x: sign * 22 * (1 - k), y: lift / 2 },
    nose: { x: 24 * s, y: -2 * lift },
    face: { x: 13 * s, y: -lift, scaleX: 1 - 0.4 * Math.abs(s) },
  };
};

const tiny = (v: number | undefined) => v === undefined || Math.abs(v) < 1e-6;

/** The shift, or nothing if it leaves the part where it is. */
const real = (t: Shift): Shift | undefined =>
  tiny(t.x) && tiny(t.y) && tiny((t.scaleX ?? 1) - 1) ? undefined : t;

/** The shift that, applied inside shift `a` (same pivot), ends at shift `b`. */
const between = (a: Shift, b: Shift): Shift => {
  const sx = a.scaleX ?? 1;
  return { x: ((b.x ?? 0) - (a.x ?? 0)) / sx, y: (b.y ?? 0) - (a.y ?? 0), scaleX: (b.scaleX ?? 1) / sx };
};

/**
 * A part of the face drawn at the starting turn (`start`, a fixed shift) that moves, with `motion`,
 * to the target turn and lift (`end`). Facing out (`start` nothing) the part simply moves.
 */
function Turning({
  at,
  start,
  end,
  motion,
  children,
}: {
  at: Pt;
  start: Shift;
  end: Shift;
  motion: Motion;
  children: ComponentChildren;
}) {
  return (
    <Mover at={at} shift={real(start)} motion="none">
      <Mover at={at} shift={real(between(start, end))} motion={motion}>
        {children}
      </Mover>
    </Mover>
  );
}

/**
 * A head drawn around `centre`. Facing front, the face disc and nose slide toward the turn and
 * the face narrows while the ear on the other side moves in: the turn reads without eyes or mouth.
 * In profile the nose shows as a bump past the face's outline. `back` shows only hair and both ears.
 * `motion` animates the turn and lift from `from`, the turn the head starts at (a profile is 90);
 * `from` and `turn` are on the same side.
 */
export function HeadShape({
  centre: [x, y],
  turn = 0,
  from = 0,
  lift = 0,
  back = false,
  motion,
}: {
  centre: Pt;
  turn?: number | undefined;
  from?: number;
  lift?: number | undefined;
  back?: boolean;
  motion: Motion;
}) {
  const sign = Math.sign(turn || from);
  const a = faceAt(from, 0, sign);
  const b = faceAt(turn, lift, sign);
  const ear = (side: number, p?: keyof typeof a) => {
    const shape = <ellipse class="k" cx={x + side * EAR_X} cy={y + 6} rx={4.5} ry={7} />;
    if (!p) return shape;
    return (
      <Turning at={[x + side * EAR_X, y + 6]} start={a[p]} end={b[p]} motion={motion}>
        {shape}
      </Turning>
    );
  };
  const nose = (cls: string) => (
    <Turning at={[x, y + 10]} start={a.nose} end={b.nose} motion={motion}>
      <ellipse class={cls} cx={x} cy={y + 10} rx={3.5} ry={4} />
    </Turning>
  );
  const head = <ellipse class="h" cx={x} cy={y} rx={RX} ry={RY} />;
  if (back) {
    return (
      <>
        {ear(-1)}
        {ear(1)}
        {head}
      </>
    );
  }
  return (
    <>
      {sign === 0 ? ear(-1) : ear(sign, 'far')}
      {sign === 0 && ear(1)}
      {head}
      {nose('k')}
      <Turning at={[x, y + 7]} start={a.face} end={b.face} motion={motion}>
        <ellipse class="k" cx={x} cy={y + 7} rx={18.5} ry={21} />
      </Turning>
      {sign !== 0 && ear(-sign, 'near')}
      {nose('n')}
    </>
  );
}

/** A direction arrow with a casing in the background colour, so it stays legible over the figure. */
export function ArrowMark({ arrow }: { arrow: Arrow }) {
  const { d, heads } = arrowGeometry(arrow);
  return (
    <g class={arrow.faint ? 'faint' : undefined}>
      {/* A ring's casing stays thin so the ring doesn't read as a filled disc. */}
      <path d={d} class={'ring' in arrow ? 'halo thin' : 'halo'} />
      <path d={d} class={arrow.dash ? 'ar dash' : 'ar'} />
      {heads.map((h) => (
        <polygon key={h.join()} points={headPoints(h)} class="ah" />
      ))}
    </g>
  );
}
