import { type Arm, type Head, mirror, type Pose, type Pt, type Shift } from './model';
import { Hand, HeadShape, Limb, Mover } from './parts';

// Three views of one seated figure, all in the same 200 × 200 frame and proportions: front (the
// mirror the user copies), back (massage) and side facing image-right (posture, Spring, Goose,
// Heron; Goose's mirrored side faces image-left).

function ArmView({ shoulder, arm }: { shoulder: Pt; arm: Arm }) {
  const { elbow, hand } = arm;
  const dir = (Math.atan2(hand[1] - elbow[1], hand[0] - elbow[0]) * 180) / Math.PI;
  const forearm = arm.forearmShift ?? (arm.forearmRotation ? { rotate: arm.forearmRotation } : undefined);
  return (
    <g class={arm.fade ? 'fade' : undefined}>
      <Mover at={shoulder} shift={arm.armRotation ? { rotate: arm.armRotation } : undefined}>
        <Limb from={shoulder} to={elbow} width={15} />
        <Mover at={elbow} shift={forearm} motion={arm.motion} late={arm.fade}>
          <Limb from={elbow} to={hand} width={13} />
          <Hand at={hand} dir={arm.handAngle ?? dir} kind={arm.handKind} />
        </Mover>
      </Mover>
    </g>
  );
}

const glideOf = (head: Head): Shift => ({ x: head.x, y: head.y, rotate: head.tilt, scale: head.scale });

/** Head and neck move together about the neck base; the neck is drawn under the shirt. */
function Neck({ base, head, path, glow }: { base: Pt; head: Head; path: string; glow?: string | undefined }) {
  return (
    <Mover at={base} shift={glideOf(head)}>
      <path class="k neck" d={path} />
      {glow && <path class="hl" d={glow} />}
    </Mover>
  );
}

/** The head on the neck; `from` is the turn it starts at and, unless the pose turns it, keeps. */
function HeadOn({ neckBase, centre, head, from }: { neckBase: Pt; centre: Pt; head: Head; from: number }) {
  return (
    <Mover at={neckBase} shift={glideOf(head)}>
      <Mover at={centre} shift={head.pitch ? { rotate: head.pitch } : undefined}>
        <HeadShape centre={centre} turn={head.turn ?? from} from={from} lift={head.lift} motion="hold" />
      </Mover>
    </Mover>
  );
}

const HEAD: Pt = [100, 52];
const NECK_BASE: Pt = [100, 100];
const SHOULDER_L: Pt = [58, 112];
const SHOULDER_R: Pt = [142, 112];
const HANG_L: Arm = { elbow: [52, 150], hand: [66, 186] };
const HANG_R: Arm = { elbow: [148, 150], hand: [134, 186] };
// The neck flares into the shoulders so a tilted head never uncovers a gap at the collar.
const FRONT_NECK = 'M91 66H109V86Q110 96 120 100L100 114L80 100Q90 96 91 86Z';
const FRONT_SHIRT =
  'M54 200L50 124C50 114 52 108 58 105C66 101 76 98 86 94Q100 108 114 94C124 98 134 101 142 105C148 108 150 114 150 124L146 200Z';
const GLOW = { l: 'M90 74V96', r: 'M110 74V96' };

export function FrontView({ pose }: { pose: Pose }) {
  const head = pose.head ?? {};
  const arms = (
    <>
      <ArmView shoulder={SHOULDER_L} arm={pose.leftArm ?? HANG_L} />
      <ArmView shoulder={SHOULDER_R} arm={pose.rightArm ?? HANG_R} />
    </>
  );
  return (
    <>
      <Neck base={NECK_BASE} head={head} path={FRONT_NECK} glow={pose.glow && GLOW[pose.glow]} />
      <path class="s" d={FRONT_SHIRT} />
      {!pose.handsOnHead && arms}
      <HeadOn neckBase={NECK_BASE} centre={HEAD} head={head} from={0} />
      {pose.handsOnHead && arms}
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

/**
 * `rests`: the step's hands come to rest at its end (Closing strokes). Its arms are then drawn
 * twice, at work and hanging at rest; the stylesheet shows the ones the move under way calls for.
 */
export function BackView({ pose, rests = false }: { pose: Pose; rests?: boolean }) {
  const arms = (
    <>
      <ArmView shoulder={SHOULDER_L} arm={pose.leftArm ?? HANG_L} />
      <ArmView shoulder={SHOULDER_R} arm={pose.rightArm ?? HANG_R} />
    </>
  );
  return (
    <>
      <path class="k neck" d={BACK_NECK} />
      <path class="s" d={BACK_SHIRT} />
      {/* The spine, so hands and arrows can be seen to stay beside it. */}
      <path class="spine" d="M100 84V160" />
      <HeadShape centre={HEAD} back motion="none" />
      {rests ? (
        <>
          <g class="at-work">{arms}</g>
          <g class="at-rest">
            <ArmView shoulder={SHOULDER_L} arm={HANG_L} />
            <ArmView shoulder={SHOULDER_R} arm={HANG_R} />
          </g>
        </>
      ) : (
        arms
      )}
    </>
  );
}

const SIDE_HEAD: Pt = [90, 52];
const SIDE_NECK_BASE: Pt = [90, 98];
const SIDE_SHOULDER: Pt = [88, 106];
const HIP: Pt = [88, 166];
const SIDE_ARM: Arm = { elbow: [92, 142], hand: [122, 148] };

export function SideView({ pose }: { pose: Pose }) {
  // Facing image-left: the image-right figure of the mirrored pose, turned round.
  if (pose.faces === 'l') {
    return (
      <g transform="translate(200 0) scale(-1 1)">
        <SideView pose={mirror(pose)} />
      </g>
    );
  }
  const head = pose.head ?? {};
  return (
    <>
      <path class="c" d="M56 168h84v9H56zM62 177h7v30h-7zM127 177h7v30h-7z" />
      <Limb from={[152, 160]} to={[156, 215]} width={24} fill="lp" />
      <Limb from={[86, 158]} to={[152, 160]} width={28} fill="lp" />
      <Mover at={HIP} shift={pose.lean} motion="settle">
        <Neck base={SIDE_NECK_BASE} head={head} path="M82 62h16v44H82z" />
        <path
          class="s"
          d="M70 168C66 140 64 120 68 104C72 95 80 92 90 92C102 92 110 98 112 110C114 124 110 140 108 168Z"
        />
        <HeadOn neckBase={SIDE_NECK_BASE} centre={SIDE_HEAD} head={head} from={90} />
        <ArmView shoulder={SIDE_SHOULDER} arm={pose.leftArm ?? SIDE_ARM} />
      </Mover>
      {pose.plumb && <path class="plumb" d="M88 24V172" />}
    </>
  );
}
