import type { RoutineText } from './schema';

// English copy. Written for a 360-px popup and for being read aloud: short sentences, one action
// each. No pain, no medical promises (tests/unit/content checks the wording against banned-claims.ts).

export const TEXT_EN: RoutineText = {
  locale: 'en',
  variants: {
    full: { name: 'Full routine · 5 min' },
    quick: { name: 'Quick routine · 2 min' },
  },
  phases: { exercise: 'Neck exercises', massage: 'Self-massage' },
  subtitles: { sitTall: 'Sit tall, shoulders down, chin level.' },
  steps: {
    'ex-posture': {
      name: 'Sit tall',
      instruction:
        'Sit toward the front of your chair, back upright, feet flat and about shoulder-width apart. Let your shoulders drop, keep your chin level and look straight ahead.',
      safety: 'Every movement should feel like a gentle stretch; if anything hurts, stop.',
    },
    'ex-metronome-r': {
      name: 'Metronome',
      sideLabel: 'To the right',
      instruction:
        'Keep your face forward and slowly tip your head so your right ear moves toward your right shoulder. Stop at a mild stretch on the left side of your neck and hold. Come back up to the center slowly.',
      safety: "Keep both shoulders down and don't turn your chin.",
    },
    'ex-metronome-l': {
      name: 'Metronome',
      sideLabel: 'To the left',
      instruction:
        'Now the other way: face still forward, let your left ear drift toward your left shoulder. Hold at a mild stretch on the right side of your neck, then come back up slowly.',
      safety: 'Shoulders stay down; move slowly, without bouncing.',
    },
    'ex-spring-down': {
      name: 'Spring: chin down',
      instruction:
        "Slowly lower your chin toward your chest so the back of your neck lengthens. Keep your back tall; don't slump.",
      safety: "Your chin doesn't need to touch your chest; stop at a comfortable stretch.",
    },
    'ex-spring-up': {
      name: 'Spring: grow tall',
      instruction:
        'Bring your head back to level. Then grow tall: ease your chin slightly forward and up, keeping it almost level, and hold the long neck.',
      safety: 'Never tip your head back, and stop if you feel light-headed.',
    },
    'ex-goose-r': {
      name: 'Goose',
      sideLabel: 'To the right',
      instruction:
        'Glide your chin a little straight forward, keeping it level. Turn your head to the right so your chin points toward your right shoulder, and hold. Turn back to the center and draw your head back over your shoulders.',
      safety: 'Keep the forward glide small and your shoulders still.',
    },
    'ex-goose-l': {
      name: 'Goose',
      sideLabel: 'To the left',
      instruction:
        'Glide your chin forward again, keeping it level. Turn it toward your left shoulder and hold, then return to the center and settle your head back over your shoulders.',
      safety: 'Move smoothly, and stop if you feel dizzy.',
    },
    'ex-sky-r': {
      name: 'Look at the sky',
      sideLabel: 'To the right',
      instruction:
        'Turn your head to the right as far as is comfortable. Lift your eyes and chin just a little, as if looking at the sky above your right shoulder, and hold. Come back slowly through the center.',
      safety:
        'Keep the upward tilt small; if you feel dizzy or your sight blurs, return to the center and skip this one.',
    },
    'ex-sky-l': {
      name: 'Look at the sky',
      sideLabel: 'To the left',
      instruction:
        'Now turn your head to the left, as far as is comfortable. Raise your eyes and chin slightly toward the sky over your left shoulder, hold, and return slowly.',
      safety: 'Only a small upward tilt; stop if you feel dizzy.',
    },
    'ex-frame-r': {
      name: 'Frame',
      sideLabel: 'To the right',
      instruction:
        'Rest your left hand on your right shoulder and raise the left elbow until your forearm lies level across your chest. Turn your head to the right, toward that hand, as far as is comfortable, and hold.',
      safety: "Keep the raised elbow relaxed, don't shrug, and don't force the last few degrees.",
    },
    'ex-frame-l': {
      name: 'Frame',
      sideLabel: 'To the left',
      instruction:
        'Switch: right hand on your left shoulder, right elbow raised level. Turn your head to the left, toward the hand, and hold.',
      safety: 'Turn only as far as is comfortable, with your shoulders low.',
    },
    'ex-heron': {
      name: 'Heron',
      instruction:
        'Start with your palms on your knees. Sweep both arms back and slightly down, draw your shoulder blades gently together and lift your chin a little forward and up. Hold, then return your hands to your knees.',
      safety: "Keep the chin lift modest and don't arch your lower back hard.",
    },
    'ms-stroke-open': {
      name: 'Stroking',
      instruction:
        'Place both palms on the back of your head at the hairline and glide them down the back of your neck to the tops of your shoulders. Start feather-light and let the pressure build a little with each pass.',
      safety:
        'Always stroke downward, on the back of the neck only, and keep your hands off the front of your throat.',
    },
    'ms-rub': {
      name: 'Rubbing',
      instruction:
        'With your fingertips, make small firm circles along the base of your skull, from behind one ear to behind the other. Then work the circles down both sides of your spine to your shoulders, moving the skin rather than sliding over it.',
      safety: 'Stay beside the spine, not on the bony bumps; it should feel warm, not sore.',
    },
    'ms-pinch': {
      name: 'Pinching',
      instruction:
        'With your thumb and index finger, lift a small fold of skin just beside the spine, let go and move on. Work up toward the hairline and back down to your shoulders, starting softly.',
      safety: 'A warm tingle in the skin is fine, pain is not; skip moles and irritated skin.',
    },
    'ms-squeeze': {
      name: 'Squeezing',
      instruction:
        'Press the edge of one palm into the muscle on one side of your spine, just below the hairline, and slide it firmly down to your shoulder. Switch hands for the other side and keep alternating.',
      safety: 'Press on the muscle beside the spine, never on the vertebrae, and always slide downward.',
    },
    'ms-knead-l': {
      name: 'Kneading',
      sideLabel: 'Left shoulder',
      instruction:
        'Reach your right hand across to the top of your left shoulder and grasp the thick muscle between thumb and fingers. Squeeze, lift slightly and release in a slow rhythm, moving from the base of your neck out toward the shoulder and back.',
      safety:
        'Firm is fine here, painful is not; keep your head upright and your grip on the shoulder, away from the throat.',
    },
    'ms-knead-r': {
      name: 'Kneading',
      sideLabel: 'Right shoulder',
      instruction:
        'Switch: left hand across to the top of your right shoulder. Grasp, squeeze and release, moving between the neck and the shoulder.',
      safety: 'Firm but comfortable and away from the throat; stop if you feel tingling down your arm.',
    },
    'ms-stroke-close': {
      name: 'Closing stroking',
      instruction:
        'Finish with slow, light strokes of both palms from the back of your head down to your shoulders. Then rest your hands on your thighs and take a few easy breaths.',
      safety:
        'Stroke only the back of the neck, away from the throat, and stay seated for a moment before you get up.',
    },
  },
  player: {
    cues: [
      "Breathe evenly; don't hold your breath.",
      'Move slowly, into and out of every position.',
      'Stop at once if you feel pain, dizziness or nausea, if your sight blurs or flickers, or if your arms or hands tingle or go numb.',
      'If you stop, sit quietly; if the feeling persists or comes back, see a doctor.',
    ],
    stop: {
      title: 'Stop and rest',
      body: [
        'Stay seated, let your shoulders relax and breathe slowly.',
        'Leave the rest of the routine for another day.',
        'If the pain or dizziness persists or keeps coming back, see a doctor.',
        'If it is sudden and severe, or comes with weakness, numbness or trouble speaking, call emergency services.',
      ],
    },
    after: {
      title: 'Done',
      body: [
        'Rest for a moment, then get up slowly.',
        'Mild muscle tenderness can happen in the first few sessions and usually passes. If pain persists, see a doctor.',
      ],
    },
  },
  safety: {
    title: 'Before you start',
    intro: 'This routine is gentle, but it is not for everyone. Please read this once.',
    doNotTitle: "Don't do this routine if you have:",
    doNot: [
      'A fever, a raised temperature or an acute infection',
      'An illness in its acute phase, acute inflammation, or a flare-up of a chronic disease',
      'A hypertensive crisis or a risk of one, or hypertension that is not under control',
      'Serious heart disease, such as advanced heart failure',
      'Disease of the blood vessels: atherosclerosis, an aneurysm, thrombophlebitis or blood clots',
      'Bleeding of any kind, or a tendency to bleed',
      'Cancer, or any tumor in the neck area',
      'A recent neck injury, or known instability of the neck vertebrae',
      'Recent surgery, until you have fully recovered',
      'Skin problems where you would massage: a rash, eczema, boils, acne, wounds, burns or ulcers',
      'Exhaustion, or weakness after an illness',
    ],
    askDoctorTitle: 'Check with a doctor first if:',
    askDoctor: [
      'You are pregnant or breastfeeding',
      'You have a diagnosed neck condition, such as osteochondrosis, a disc hernia or Kimmerle anomaly',
      'You are recovering from a stroke, a heart attack or meningitis',
      'Neck pain or a joint disease has flared up',
      "It is for a child: only with a pediatrician's guidance",
    ],
    rulesTitle: 'How to do it safely',
    rules: [
      'Sit upright on a stable chair, feet flat, shoulders relaxed.',
      'No pain, ever: a mild stretch is the limit.',
      'Move smoothly: no jerks, no bouncing, no forcing.',
      'Stroke downward, from the back of the head to the shoulder blades.',
      'Never massage the front or sides of the throat.',
      'Never press on the vertebrae; work the muscles beside the spine.',
      'Build up pressure gently, and keep it lighter on the neck than on the shoulders.',
      "Don't overdo it, especially in the first sessions.",
      'Exercises first, massage after.',
      'Get up slowly afterwards.',
      'See a doctor if pain persists or dizziness appears.',
    ],
    confirm:
      "I've read this. Nothing in the first list applies to me, and I've checked with a doctor where needed.",
  },
};
