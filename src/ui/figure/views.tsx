import { type Arm, type Head, mirror, type Pose, type Pt, type Shift } from './model';
import { Hand, HeadShape, Limb, Mover } from './parts';

// Three views of one seated figure, all in the same 200 × 200 frame and proportions: front (the
// mirror the user copies), back (massage) and side facing image-right (posture, Spring, Goose,
// Heron; Goose's mirrored side faces image-left).

function ArmView({ s, a }: { s: Pt; a: Arm }) {
  const dir = (Math.atan2(a.h[1] - a.e[1], a.h[0] - a.e[0]) * 180) / Math.PI;
  return (
    <g class={a.fade ? 'fade' : undefined}>
      <Mover at={s} t={a.u ? { r: a.u } : undefined}>
        <Limb a={s} b={a.e} w={15} />
        <Mover at={a.e} t={a.t ?? (a.f ? { r: a.f } : undefined)} m={a.m} late={a.fade}>
          <Limb a={a.e} b={a.h} w={13} />
          <Hand at={a.h} dir={a.ha ?? dir} kind={a.hand} />
        </Mover>
      </Mover>
    </g>
  );
}

const glideOf = (h: Head): Shift => ({ x: h.x, y: h.y, r: h.tilt, s: h.s });

/** Head and neck move together about the neck base; the neck is drawn under the shirt. */
function Neck({ n, h, d, glow }: { n: Pt; h: Head; d: string; glow?: string | undefined }) {
  return (
    <Mover at={n} t={glideOf(h)}>
      <path class="k neck" d={d} />
      {glow && <path class="hl" d={glow} />}
    </Mover>
  );
}

/** The head on the neck; `from` is the turn it starts at and, unless the pose turns it, keeps. */
function HeadOn({ n, c, h, from }: { n: Pt; c: Pt; h: Head; from: number }) {
  return (
    <Mover at={n} t={glideOf(h)}>
      <Mover at={c} t={h.pitch ? { r: h.pitch } : undefined}>
        <HeadShape c={c} turn={h.turn ?? from} from={from} lift={h.lift} m="hold" />
      </Mover>
    </Mover>
  );
}

const HEAD: Pt = [100, 52];
const NECK_BASE: Pt = [100, 100];
const SHOULDER_L: Pt = [58, 112];
const SHOULDER_R: Pt = [142, 112];
const HANG_L: Arm = { e: [52, 150], h: [66, 186] };
const HANG_R: Arm = { e: [148, 150], h: [134, 186] };
// The neck flares into the shoulders so a tilted head never uncovers a gap at the collar.
const FRONT_NECK = 'M91 66H109V86Q110 96 120 100L100 114L80 100Q90 96 91 86Z';
const FRONT_SHIRT =
  'M54 200L50 124C50 114 52 108 58 105C66 101 76 98 86 94Q100 108 114 94C124 98 134 101 142 105C148 108 150 114 150 124L146 200Z';
const GLOW = { l: 'M90 74V96', r: 'M110 74V96' };

export function FrontView({ p }: { p: Pose }) {
  const h = p.head ?? {};
  return (
    <>
      <Neck n={NECK_BASE} h={h} d={FRONT_NECK} glow={p.glow && GLOW[p.glow]} />
      <path class="s" d={FRONT_SHIRT} />
      <ArmView s={SHOULDER_L} a={p.l ?? HANG_L} />
      <ArmView s={SHOULDER_R} a={p.r ?? HANG_R} />
      <HeadOn n={NECK_BASE} c={HEAD} h={h} from={0} />
    </>
  );
}

const BACK_NECK = 'M89 62H111V88Q112 96 122 100L100 114L78 100Q88 96 89 88Z';
/**
 * The tops of the shoulders seen from behind: the shirt's outline from the collar out to the
 * image-left arm (the other side mirrors it). Stroking ends here, not lower on the back.
 */
export const BACK_SHOULDER_TOP: { collar: Pt; arm: Pt } = { collar: [86, 94], arm: [58, 105] };
const [COLLAR, ARM_TOP] = [BACK_SHOULDER_TOP.collar, BACK_SHOULDER_TOP.arm];
const BACK_SHIRT =
  `M54 200L50 124C50 114 52 108 ${ARM_TOP.join(' ')}C66 101 76 98 ${COLLAR.join(' ')}` +
  `Q100 100 ${200 - COLLAR[0]} ${COLLAR[1]}C124 98 134 101 ${200 - ARM_TOP[0]} ${ARM_TOP[1]}` +
  'C148 108 150 114 150 124L146 200Z';

export function BackView({ p }: { p: Pose }) {
  return (
    <>
      <path class="k neck" d={BACK_NECK} />
      <path class="s" d={BACK_SHIRT} />
      {/* The spine, so hands and arrows can be seen to stay beside it. */}
      <path class="spine" d="M100 84V160" />
      <HeadShape c={HEAD} back m="none" />
      <ArmView s={SHOULDER_L} a={p.l ?? HANG_L} />
      <ArmView s={SHOULDER_R} a={p.r ?? HANG_R} />
    </>
  );
}

const SIDE_HEAD: Pt = [90, 52];
const SIDE_NECK_BASE: Pt = [90, 98];
const SIDE_SHOULDER: Pt = [88, 106];
const HIP: Pt = [88, 166];
const SIDE_ARM: Arm = { e: [92, 142], h: [122, 148] };

export function SideView({ p }: { p: Pose }) {
  // Facing image-left: the image-right figure of the mirrored pose, turned round.
  if (p.faces === 'l') {
    return (
      <g transform="translate(200 0) scale(-1 1)">
        <SideView p={mirror(p)} />
      </g>
    );
  }
  const h = p.head ?? {};
  return (
    <>
      <path class="c" d="M56 168h84v9H56zM62 177h7v30h-7zM127 177h7v30h-7z" />
      <Limb a={[152, 160]} b={[156, 215]} w={24} fill="lp" />
      <Limb a={[86, 158]} b={[152, 160]} w={28} fill="lp" />
      <Mover at={HIP} t={p.lean} m="settle">
        <Neck n={SIDE_NECK_BASE} h={h} d="M82 62h16v44H82z" />
        <path
          class="s"
          d="M70 168C66 140 64 120 68 104C72 95 80 92 90 92C102 92 110 98 112 110C114 124 110 140 108 168Z"
        />
        <HeadOn n={SIDE_NECK_BASE} c={SIDE_HEAD} h={h} from={90} />
        <ArmView s={SIDE_SHOULDER} a={p.l ?? SIDE_ARM} />
      </Mover>
      {p.plumb && <path class="plumb" d="M88 24V172" />}
    </>
  );
}
