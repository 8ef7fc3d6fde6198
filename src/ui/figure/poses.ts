import { type Arrow, mirror, type Pose } from './model';

// One pose per step of the routine (docs: routine-content.md §2.1, "illustration"), in routine
// order. Exercise pairs are drawn for the right side and mirrored, so "-r" always moves toward
// image-right: the front view is a mirror the user copies. Massage is seen from behind, where the
// user's right is image-right too; the kneading pair is seen from the front so the crossing hand
// shows, and the mirror keeps the worked shoulder on the same side of the image.

/** The right-side pose and its mirror image under "<id>-r" and "<id>-l". */
const pair = (id: string, right: Pose): Record<string, Pose> => ({
  [`${id}-r`]: right,
  [`${id}-l`]: mirror(right),
});

/** A back view with the left arm given and the right arm and arrows mirrored from it. */
const symmetric = (p: Pose): Pose => {
  const m = mirror(p);
  return { ...p, r: m.r, arrows: [...(p.arrows ?? []), ...(m.arrows ?? [])] };
};

/** Sweeps round the near side of the chin toward image-right: "turn your head". */
const TURN: Arrow = { e: [100, 92, 30, 8, 150, 30] };

// Both palms on the back of the neck, fingers angled down, gliding toward the shoulder blades.
const STROKE: Pose = {
  v: 'back',
  l: { e: [38, 76], h: [88, 84], t: { r: 16 }, m: 'stroke', ha: 75 },
};

// The right hand reaches across to grip the top of the left shoulder: squeeze, lift, release,
// working between the base of the neck and the shoulder.
const KNEAD_LEFT: Pose = {
  v: 'front',
  r: { e: [108, 134], h: [72, 103], t: { y: -3 }, m: 'pulse', hand: 'grip' },
  arrows: [{ q: [88, 90, 72, 86, 52, 98], two: true }],
};

export const POSES: Record<string, Pose> = {
  // Ear, shoulder and hip on one plumb line; the figure settles from a slump into it.
  'ex-posture': { v: 'side', lean: { r: 7 }, plumb: true, arrows: [{ l: [90, 20, 90, 6] }] },
  // Ear toward the shoulder, face still forward; the opposite side of the neck lengthens.
  ...pair('ex-metronome', {
    v: 'front',
    head: { tilt: 28 },
    glow: 'l',
    arrows: [{ e: [100, 100, 80, 80, -100, -62] }],
  }),
  'ex-spring-down': { v: 'side', head: { tilt: 22, pitch: 14 }, arrows: [{ e: [90, 98, 60, 60, -80, -45] }] },
  // Grow tall: the head glides forward and up along a 35–40° line, chin level.
  'ex-spring-up': { v: 'side', head: { x: 7, y: -5.5 }, arrows: [{ l: [122, 52, 146, 33], dash: true }] },
  // Chin glides forward (the head comes a little closer) and turns toward the shoulder.
  ...pair('ex-goose', {
    v: 'front',
    head: { turn: 55, lift: -2, pitch: 6, y: 4, s: 1.06 },
    arrows: [{ q: [110, 96, 122, 104, 136, 104] }],
  }),
  // Turn, then lift the gaze a little toward the sky above that shoulder.
  ...pair('ex-sky', {
    v: 'front',
    head: { turn: 65, lift: 3, pitch: -14 },
    arrows: [TURN, { l: [134, 40, 150, 22] }],
  }),
  // Left forearm level across the chest, palm on the right shoulder; the head turns toward the hand.
  ...pair('ex-frame', {
    v: 'front',
    head: { turn: 60 },
    l: { e: [46, 118], h: [128, 106] },
    arrows: [{ e: [100, 90, 27, 7, 150, 35] }],
  }),
  // Hands leave the knees and sweep back like folded wings; the chin goes forward and up.
  'ex-heron': {
    v: 'side',
    head: { x: 5, y: -4, pitch: -16 },
    l: { e: [92, 142], h: [122, 148], u: 36, f: 59 },
    arrows: [{ e: [88, 106, 66, 66, 60, 116] }],
  },
  'ms-stroke-open': symmetric({ ...STROKE, arrows: [{ q: [87, 98, 85, 116, 75, 132] }] }),
  // Fingertips circle along the base of the skull, then down beside the spine.
  'ms-rub': symmetric({
    v: 'back',
    l: { e: [38, 72], h: [88, 80], t: { x: 2.5 }, m: 'circle', ha: 50 },
    arrows: [
      { e: [72, 76, 5.5, 5.5, 40, 330] },
      { o: [91, 101, 6], dash: true },
      { o: [90, 118, 6], dash: true },
    ],
  }),
  // Thumb and index finger lift a small fold beside the spine, working up and down.
  'ms-pinch': {
    v: 'back',
    r: { e: [162, 76], h: [107, 90], t: { y: -4 }, m: 'pulse', hand: 'pinch', ha: 80 },
    arrows: [{ l: [107, 75, 107, 62] }, { l: [107, 109, 107, 122] }],
  },
  // The palm's edge slides down the muscle right of the spine; the faded left hand takes turns.
  'ms-squeeze': {
    v: 'back',
    l: { e: [38, 78], h: [90, 80], t: { r: 18 }, m: 'stroke', ha: 85, fade: true },
    r: { e: [162, 78], h: [110, 80], t: { r: -18 }, m: 'stroke', ha: 95 },
    arrows: [{ q: [111, 94, 112, 110, 128, 116] }, { q: [89, 94, 88, 110, 72, 116], faint: true }],
  },
  'ms-knead-l': KNEAD_LEFT,
  'ms-knead-r': mirror(KNEAD_LEFT),
  'ms-stroke-close': symmetric({ ...STROKE, arrows: [{ q: [88, 98, 86, 124, 70, 148], dash: true }] }),
};

/** The seated figure at rest: shown for a picture key this module does not know. */
export const NEUTRAL: Pose = { v: 'front' };
