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
  massageRule: 'Never the throat, never the spine.',
  subtitles: { sitTall: 'Sit tall.' },
  next: 'Next: {step}.',
  named: '{name}, {side}',
  steps: {
    'ex-posture': {
      name: 'Sit tall',
      start: 'Sit tall, shoulders down.',
      during: [],
    },
    'ex-metronome-r': {
      name: 'Metronome',
      side: 'right',
      start: 'Right ear toward your shoulder, face forward.',
      during: [
        { at: 0.4, say: 'Hold.' },
        { at: 0.65, say: 'Slowly back up.' },
      ],
    },
    'ex-metronome-l': {
      name: 'Metronome',
      side: 'left',
      start: 'Left ear toward your shoulder, face forward.',
      during: [
        { at: 0.4, say: 'Hold.' },
        { at: 0.65, say: 'Slowly back up.' },
      ],
    },
    'ex-spring-down': {
      name: 'Spring',
      start: 'Chin toward chest.',
      during: [{ at: 0.42, say: 'Head up slowly.' }],
    },
    'ex-spring-up': {
      name: 'Grow tall',
      start: 'Grow tall, crown up.',
      during: [{ at: 0.45, say: 'Chin level, head over shoulders.' }],
    },
    'ex-goose-r': {
      name: 'Goose',
      side: 'right',
      start: 'Glide a little forward, turn right.',
      during: [
        { at: 0.4, say: 'Hold.' },
        { at: 0.6, say: 'Turn back, head over shoulders.' },
      ],
    },
    'ex-goose-l': {
      name: 'Goose',
      side: 'left',
      start: 'Glide a little forward, turn left.',
      during: [
        { at: 0.4, say: 'Hold.' },
        { at: 0.6, say: 'Turn back, head over shoulders.' },
      ],
    },
    'ex-sky-r': {
      name: 'Look at the sky',
      side: 'right',
      start: 'Turn right, three quarters of the way.',
      during: [
        { at: 0.3, say: 'Eyes and chin up a little.' },
        { at: 0.62, say: 'Slowly back.' },
      ],
    },
    'ex-sky-l': {
      name: 'Look at the sky',
      side: 'left',
      start: 'Turn left, three quarters of the way.',
      during: [
        { at: 0.3, say: 'Eyes and chin up a little.' },
        { at: 0.62, say: 'Slowly back.' },
      ],
    },
    'ex-frame-r': {
      name: 'Frame',
      side: 'right',
      start: 'Left palm on right shoulder, elbow level.',
      during: [
        { at: 0.3, say: 'Turn right, toward the hand. Hold.' },
        { at: 0.65, say: 'Slowly back.' },
      ],
    },
    'ex-frame-l': {
      name: 'Frame',
      side: 'left',
      start: 'Right palm on left shoulder, elbow level.',
      during: [
        { at: 0.3, say: 'Turn left, toward the hand. Hold.' },
        { at: 0.65, say: 'Slowly back.' },
      ],
    },
    'ex-heron': {
      name: 'Heron',
      start: 'Palms on your knees.',
      during: [
        { at: 0.15, say: 'Arms back and down, shoulder blades together.' },
        { at: 0.4, say: 'Neck long. Hold.' },
        { at: 0.7, say: 'Hands back to your knees.' },
      ],
    },
    'ms-stroke-open': {
      name: 'Stroking',
      start: 'Stroke down your nape.',
      during: [],
    },
    'ms-rub': {
      name: 'Rubbing',
      start: 'Circles under the skull.',
      during: [{ at: 0.4, say: 'Now beside the spine.' }],
    },
    'ms-pinch': {
      name: 'Pinching',
      start: 'Pinch small skin folds beside the spine.',
      during: [
        { at: 0.35, say: 'Up to the hairline.' },
        { at: 0.6, say: 'And back down. Never painful.' },
      ],
    },
    'ms-squeeze': {
      name: 'Squeezing',
      start: 'Palm edge beside the spine, slide down.',
      during: [{ at: 0.45, say: 'Other side, other hand.' }],
    },
    'ms-knead-l': {
      name: 'Kneading',
      side: 'left shoulder',
      start: 'Right hand to left shoulder.',
      during: [{ at: 0.3, say: 'Squeeze and release, slowly.' }],
    },
    'ms-knead-r': {
      name: 'Kneading',
      side: 'right shoulder',
      start: 'Left hand to right shoulder.',
      during: [{ at: 0.3, say: 'Squeeze and release, slowly.' }],
    },
    'ms-stroke-close': {
      name: 'Closing strokes',
      start: 'Light strokes down your nape.',
      during: [{ at: 0.5, say: 'Rest your hands. Get up slowly.' }],
    },
  },
};
