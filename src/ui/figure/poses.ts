import { type Arrow, mirror, type Pose } from './model';

// One pose per step of the routine (docs/routine.md, Pictures), in routine order. Exercise pairs
// are drawn for the right side and mirrored, so "-r" always moves toward image-right: the front
// view is a mirror the user copies. Massage is seen from behind, where the user's right is
// image-right too; the kneading pair is seen from the front so the crossing hand shows, and the
// mirror keeps the worked shoulder on the same side of the image.

/** The right-side pose and its mirror image under "<id>-r" and "<id>-l". */
const pair = (id: string, right: Pose): Record<string, Pose> => ({
  [`${id}-r`]: right,
  [`${id}-l`]: mirror(right),
});

/** A back view with the left arm given and the right arm and arrows mirrored from it. */
const symmetric = (p: Pose): Pose => {
  const m = mirror(p);
  return { ...p, rightArm: m.rightArm, arrows: [...(p.arrows ?? []), ...(m.arrows ?? [])] };
};

/** Sweeps round the near side of the chin toward image-right: "turn your head". */
const TURN: Arrow = { arc: [100, 92, 30, 8, 150, 30] };

// Both palms on the back of the head at the hairline either side of the spine, fingers angled
// down, gliding down the back of the neck and out onto the tops of the shoulders (no lower: see
// BACK_SHOULDER_TOP in views.tsx).
const STROKE: Pose = {
  view: 'back',
  leftArm: { elbow: [38, 76], hand: [86, 80], forearmShift: { rotate: 25 }, motion: 'stroke', handAngle: 75 },
};

// Thumb and index finger of the right hand lift a small fold of skin right of the spine (never on
// it), working up to the hairline and back down that side.
const PINCH: Pose = {
  view: 'back',
  rightArm: {
    elbow: [162, 76],
    hand: [113, 90],
    forearmShift: { y: -4 },
    motion: 'pulse',
    handKind: 'pinch',
    handAngle: 80,
  },
  arrows: [{ line: [113, 75, 113, 62] }, { line: [113, 109, 113, 122] }],
};
// Both-sides step: the left hand, faded, shows the switch to the other side of the spine.
const PINCH_SWITCH = mirror(PINCH);

// The right hand reaches across to grip the top of the left shoulder: squeeze, lift, release,
// working between the base of the neck and the shoulder.
const KNEAD_LEFT: Pose = {
  view: 'front',
  rightArm: {
    elbow: [108, 134],
    hand: [72, 103],
    forearmShift: { y: -3 },
    motion: 'pulse',
    handKind: 'grip',
  },
  arrows: [{ curve: [82, 92, 68, 85, 50, 99], two: true }],
};

// Seen from the side, where the glide shows: the chin glides a little straight forward and
// stays level (the neck leans, the head keeps upright), then the head turns toward the near
// shoulder, the face coming round toward the viewer. The left side faces image-left.
const GOOSE: Pose = {
  view: 'side',
  head: { tilt: 12, pitch: -12, turn: 45 },
  arrows: [{ line: [125, 72, 143, 72] }, { arc: [100, 88, 26, 8, -15, 100] }],
};

// Turn about three quarters of the way (not to the end of the range), then lift the eyes and
// chin a little toward the sky above that shoulder: the face rises and the arrow sweeps up.
const SKY: Pose = {
  view: 'front',
  head: { turn: 52, lift: 7, pitch: -12 },
  arrows: [TURN, { curve: [136, 62, 150, 44, 144, 20] }],
};

// Left forearm level across the chest, palm on the right shoulder; the head turns toward the hand.
const FRAME: Pose = {
  view: 'front',
  head: { turn: 60 },
  leftArm: { elbow: [46, 118], hand: [128, 106] },
  arrows: [{ arc: [100, 90, 27, 7, 150, 35] }],
};

export const POSES: Record<string, Pose> = {
  // Ear, shoulder and hip on one plumb line; the figure settles from a slump into it.
  'ex-posture': { view: 'side', lean: { rotate: 7 }, plumb: true, arrows: [{ line: [90, 20, 90, 6] }] },
  // Ear toward the shoulder, face still forward; the opposite side of the neck lengthens.
  ...pair('ex-metronome', {
    view: 'front',
    head: { tilt: 28 },
    glow: 'l',
    arrows: [{ arc: [100, 100, 80, 80, -100, -62] }],
  }),
  'ex-spring-down': {
    view: 'side',
    head: { tilt: 22, pitch: 14 },
    arrows: [{ arc: [90, 98, 60, 60, -80, -45] }],
  },
  // Grow tall: the crown reaches up and a little forward along a 35–40° line, chin level; the head
  // comes back over the shoulders as the step ends.
  'ex-spring-up': {
    view: 'side',
    head: { x: 7, y: -5.5 },
    arrows: [{ line: [122, 52, 146, 33], dash: true }],
  },
  ...pair('ex-goose', GOOSE),
  // The longer session's half-minute holds draw the same pose as the short ones.
  ...pair('ex-goose-long', GOOSE),
  ...pair('ex-sky', SKY),
  ...pair('ex-sky-long', SKY),
  ...pair('ex-frame', FRAME),
  ...pair('ex-frame-long', FRAME),
  // Hands leave the knees and sweep back like folded wings; the neck lengthens and the gaze lifts
  // a little, chin almost level.
  'ex-heron': {
    view: 'side',
    head: { x: 2, y: -4, pitch: -7 },
    leftArm: { elbow: [92, 142], hand: [122, 148], armRotation: 36, forearmRotation: 59 },
    arrows: [{ arc: [88, 106, 66, 66, 60, 116] }],
  },
  'ms-stroke-open': symmetric({ ...STROKE, arrows: [{ curve: [88, 84, 87, 98, 73, 101] }] }),
  // Fingertips circle along the base of the skull, then down beside the spine.
  'ms-rub': symmetric({
    view: 'back',
    leftArm: { elbow: [38, 72], hand: [85, 80], forearmShift: { x: 2.5 }, motion: 'circle', handAngle: 50 },
    arrows: [
      { arc: [72, 76, 5.5, 5.5, 40, 330] },
      { ring: [89, 101, 6], dash: true },
      { ring: [88, 118, 6], dash: true },
    ],
  }),
  // Thumb and index finger lift a small fold beside the spine, working up one side and back down;
  // the faded left hand is the switch to the other side.
  'ms-pinch': {
    ...PINCH,
    leftArm: PINCH_SWITCH.leftArm && { ...PINCH_SWITCH.leftArm, fade: true },
    arrows: [...(PINCH.arrows ?? []), ...(PINCH_SWITCH.arrows ?? []).map((a) => ({ ...a, faint: true }))],
  },
  // The palm's edge slides down the muscle right of the spine; the faded left hand takes turns.
  'ms-squeeze': {
    view: 'back',
    leftArm: {
      elbow: [38, 78],
      hand: [87, 80],
      forearmShift: { rotate: 18 },
      motion: 'stroke',
      handAngle: 85,
      handKind: 'edge',
      fade: true,
    },
    rightArm: {
      elbow: [162, 78],
      hand: [113, 80],
      forearmShift: { rotate: -18 },
      motion: 'stroke',
      handAngle: 95,
      handKind: 'edge',
    },
    arrows: [{ curve: [114, 101, 115, 112, 130, 117] }, { curve: [86, 101, 85, 112, 70, 117], faint: true }],
  },
  'ms-knead-l': KNEAD_LEFT,
  'ms-knead-r': mirror(KNEAD_LEFT),
  'ms-stroke-close': symmetric({ ...STROKE, arrows: [{ curve: [88, 84, 87, 98, 73, 101], dash: true }] }),
  // The evening's massage. Fingertips either side of the spine just below the skull, pressing and
  // letting go, working a little lower and back up.
  'ev-press': symmetric({
    view: 'back',
    leftArm: { elbow: [38, 80], hand: [86, 86], forearmShift: { y: 1.5 }, motion: 'pulse', handAngle: 80 },
    arrows: [{ line: [88, 98, 88, 112], two: true }],
  }),
  // Small circles along the ridge at the base of the skull, beside the midline.
  'ev-skull': symmetric({
    view: 'back',
    leftArm: { elbow: [36, 72], hand: [84, 76], forearmShift: { x: 2 }, motion: 'circle', handAngle: 45 },
    arrows: [{ arc: [84, 66, 5, 4, 40, 330] }],
  }),
  // Seen from the front, where the temples show: fingertips circle there, then work up over the
  // scalp toward the crown.
  'ev-scalp': symmetric({
    view: 'front',
    handsOnHead: true,
    leftArm: { elbow: [40, 80], hand: [80, 40], forearmShift: { x: 1.5 }, motion: 'circle', handAngle: -80 },
    arrows: [{ curve: [71, 30, 73, 14, 89, 10] }],
  }),
  // Fingertips together at the middle of the forehead glide apart toward the temples.
  'ev-forehead': symmetric({
    view: 'front',
    handsOnHead: true,
    leftArm: { elbow: [42, 80], hand: [91, 31], forearmShift: { x: -7 }, motion: 'stroke', handAngle: -75 },
    arrows: [{ line: [94, 19, 80, 21] }],
  }),
  // Fingertips in the hollow behind each ear, on the head, above the side of the neck.
  'ev-ears': symmetric({
    view: 'back',
    leftArm: { elbow: [34, 76], hand: [81, 64], forearmShift: { x: 1 }, motion: 'pulse', handAngle: -45 },
    arrows: [{ ring: [84, 68, 3.5], dash: true }],
  }),
  // The head tips gently toward the shoulder, less than Metronome, the hands resting in the lap.
  ...pair('ev-tilt', {
    view: 'front',
    head: { tilt: 18 },
    glow: 'l',
    arrows: [{ arc: [100, 100, 80, 80, -100, -78] }],
  }),
  // Both palms on the sides of the head above the ears: a light squeeze, then let go.
  'ev-cradle': symmetric({
    view: 'back',
    leftArm: { elbow: [30, 66], hand: [78, 44], forearmShift: { x: 1.5 }, motion: 'pulse', handAngle: -90 },
    arrows: [{ line: [62, 40, 70, 40] }],
  }),
};

/** The seated figure at rest: shown for a picture key this module does not know. */
export const NEUTRAL: Pose = { view: 'front' };
