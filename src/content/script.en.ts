import type { RoutineScript } from './script-schema';

// What the voice says, in English. Written for the ear: a few words per cue, the movement first,
// nothing that needs the screen. Each step's words fit in half of it (1.2 words a second at most,
// the rules and "Next: …" included; tests/unit/content/voice-budget.test.ts), so most of a hold is
// quiet. Movements follow the safer reading: a gentle stretch, never pain; Look at the sky turns
// about three quarters of the way with a small lift; Spring and Goose end with the head back over
// the shoulders; the hands stay off the throat and off the spine.

export const SCRIPT_EN: RoutineScript = {
  locale: 'en',
  stopRule: 'Stop at any pain or dizziness.',
  massageRule: 'Stop at any pain; never the throat, never the spine.',
  subtitles: { sitTall: 'Sit tall.' },
  next: 'Next: {step}.',
  named: '{name}, {side}',
  steps: {
    'ex-posture': {
      name: 'Posture',
      start: 'Sit tall, shoulders down.',
      during: [],
    },
    'ex-metronome-r': {
      name: 'Metronome',
      side: 'right',
      start: 'Right ear toward your shoulder, face forward.',
      during: ['Hold.', 'Slowly bring your head upright.'],
    },
    'ex-metronome-l': {
      name: 'Metronome',
      side: 'left',
      start: 'Left ear toward your shoulder, face forward.',
      during: ['Hold.', 'Slowly bring your head upright.'],
    },
    'ex-spring-down': {
      name: 'Spring: chin down',
      start: 'Chin toward your chest.',
      during: ['Slowly lift your head up.'],
    },
    'ex-spring-up': {
      name: 'Spring: crown up',
      start: 'Crown up, chin level.',
      during: ['Settle, head over shoulders.'],
    },
    'ex-goose-r': {
      name: 'Goose',
      side: 'right',
      start: 'Chin forward, then turn right.',
      during: ['If dizzy, face forward.', 'Face forward, head over shoulders.'],
    },
    'ex-goose-l': {
      name: 'Goose',
      side: 'left',
      start: 'Chin forward, then turn left.',
      during: ['If dizzy, face forward.', 'Face forward, head over shoulders.'],
    },
    'ex-sky-r': {
      name: 'Look at the sky',
      side: 'right',
      start: 'Turn right three quarters, then look up a little.',
      during: ['If dizzy, face forward.', 'Slowly face forward.'],
    },
    'ex-sky-l': {
      name: 'Look at the sky',
      side: 'left',
      start: 'Turn left three quarters, then look up a little.',
      during: ['If dizzy, face forward.', 'Slowly face forward.'],
    },
    'ex-frame-r': {
      name: 'Frame',
      side: 'right',
      start: 'Left palm on your right shoulder, elbow up.',
      during: ['Turn right, toward your hand.', 'Hold.', 'Slowly face forward.'],
    },
    'ex-frame-l': {
      name: 'Frame',
      side: 'left',
      start: 'Right palm on your left shoulder, elbow up.',
      during: ['Turn left, toward your hand.', 'Hold.', 'Slowly face forward.'],
    },
    'ex-heron': {
      name: 'Heron',
      start: 'Palms on your knees.',
      during: ['Sweep your arms back and down.', 'Neck long, and hold.', 'Hands back to your knees.'],
    },
    'ms-stroke-open': {
      name: 'Stroking',
      start: 'Stroke down the back of your neck.',
      during: [],
    },
    'ms-rub': {
      name: 'Rubbing',
      start: 'Small circles under your skull.',
      during: ['Now beside the spine.'],
    },
    'ms-pinch': {
      name: 'Pinching',
      start: 'Pinch small folds of skin beside the spine.',
      during: ['Switch hands, other side.'],
    },
    'ms-squeeze': {
      name: 'Squeezing',
      start: 'Palm edge beside the spine, slide down.',
      during: ['Switch hands, other side.'],
    },
    'ms-knead-l': {
      name: 'Kneading',
      side: 'left shoulder',
      start: 'Right hand to your left shoulder.',
      during: ['Squeeze and release, slowly.'],
    },
    'ms-knead-r': {
      name: 'Kneading',
      side: 'right shoulder',
      start: 'Left hand to your right shoulder.',
      during: ['Squeeze and release, slowly.'],
    },
    'ms-stroke-close': {
      name: 'Closing strokes',
      start: 'Light strokes down the back of your neck.',
      during: [],
    },
  },
};
