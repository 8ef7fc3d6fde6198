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
      name: 'Posture',
      instruction:
        'Sit toward the front of your chair, back upright, feet flat and about shoulder-width apart. Let your shoulders drop, keep your chin level and look straight ahead.',
      safety: 'Every movement should feel like a gentle stretch; if anything hurts, stop.',
    },
    'ex-metronome-r': {
      name: 'Metronome',
      sideLabel: 'To the right',
      instruction:
        'Keep your face forward and slowly tip your head so your right ear moves toward your right shoulder. Stop at a mild stretch on the left side of your neck and hold. Then slowly bring your head back upright.',
      safety: "Keep both shoulders down and don't turn your chin.",
    },
    'ex-metronome-l': {
      name: 'Metronome',
      sideLabel: 'To the left',
      instruction:
        'Now the other way: face still forward, let your left ear drift toward your left shoulder. Hold at a mild stretch on the right side of your neck. Then slowly bring your head back upright.',
      safety: 'Shoulders stay down; move slowly, without bouncing.',
    },
    'ex-spring-down': {
      name: 'Spring: chin down',
      instruction:
        "Slowly lower your chin toward your chest so the back of your neck lengthens, and hold. Keep your back tall; don't slump. Then slowly raise your head back to level.",
      safety: "Your chin doesn't need to touch your chest; stop at a comfortable stretch.",
    },
    'ex-spring-up': {
      name: 'Spring: crown up',
      instruction:
        'Reach the crown of your head up and slightly forward, keeping your chin level, and hold the long neck. Then draw your head straight back over your shoulders.',
      safety: "Don't poke your chin out or tip your head back, and stop if you feel light-headed.",
    },
    'ex-goose-r': {
      name: 'Goose',
      sideLabel: 'To the right',
      instruction:
        'Glide your chin a little straight forward, keeping it level. Turn your head to the right so your chin points toward your right shoulder, and hold. Turn to face forward again, then draw your head back over your shoulders.',
      safety: 'Keep the forward glide small and your shoulders still.',
    },
    'ex-goose-l': {
      name: 'Goose',
      sideLabel: 'To the left',
      instruction:
        'Glide your chin forward again, keeping it level. Turn it toward your left shoulder and hold. Turn to face forward again, then draw your head back over your shoulders.',
      safety: 'Move smoothly, and stop if you feel dizzy.',
    },
    'ex-sky-r': {
      name: 'Look at the sky',
      sideLabel: 'To the right',
      instruction:
        'Turn your head to the right about three quarters of the way, not to the end of your range. Lift your eyes and chin just a little, as if looking at the sky above your right shoulder, and hold. Then slowly face forward again.',
      safety:
        'Keep the upward tilt small; if you feel dizzy or your sight blurs, face forward and skip this one.',
    },
    'ex-sky-l': {
      name: 'Look at the sky',
      sideLabel: 'To the left',
      instruction:
        'Now turn your head to the left, again about three quarters of the way. Raise your eyes and chin slightly toward the sky over your left shoulder and hold. Then slowly face forward again.',
      safety: 'Only a small upward tilt; stop if you feel dizzy.',
    },
    'ex-frame-r': {
      name: 'Frame',
      sideLabel: 'To the right',
      instruction:
        'Rest your left hand on your right shoulder and raise the left elbow until your forearm lies level across your chest. Turn your head to the right, toward that hand, as far as is comfortable, and hold. Then face forward.',
      safety: "Keep the raised elbow relaxed, don't shrug, and don't force the last few degrees.",
    },
    'ex-frame-l': {
      name: 'Frame',
      sideLabel: 'To the left',
      instruction:
        'Switch: right hand on your left shoulder, right elbow raised level. Turn your head to the left, toward the hand, and hold. Then face forward and lower your arm.',
      safety: 'Turn only as far as is comfortable, with your shoulders low.',
    },
    'ex-heron': {
      name: 'Heron',
      instruction:
        'Start with your palms on your knees. Sweep both arms back and slightly down, draw your shoulder blades gently together, lengthen your neck and lift your gaze a little. Hold, then return your hands to your knees and look straight ahead.',
      safety: "Keep your chin almost level and don't arch your lower back hard.",
    },
    'ms-stroke-open': {
      name: 'Stroking',
      instruction:
        'Place both palms on the back of your head at the hairline and glide them down the back of your neck to the tops of your shoulders. Start feather-light and let the pressure build a little with each pass.',
      safety:
        'Always stroke downward, on the back of the neck only, and keep your hands off the front and sides of your throat.',
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
        'With your thumb and index finger, lift a small fold of skin beside your spine, let go and move on. Work up one side to the hairline and back down, starting softly. Then switch hands for the other side.',
      safety: 'A warm tingle in the skin is fine, pain is not; skip moles, warts and irritated skin.',
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
        'Firm but never painful, with your grip on the shoulder, away from the throat; stop if you feel tingling down your arm.',
    },
    'ms-knead-r': {
      name: 'Kneading',
      sideLabel: 'Right shoulder',
      instruction:
        'Switch: left hand across to the top of your right shoulder. Grasp, squeeze and release, moving between the neck and the shoulder.',
      safety:
        'Firm but never painful, with your grip on the shoulder, away from the throat; stop if you feel tingling down your arm.',
    },
    'ms-stroke-close': {
      name: 'Closing strokes',
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
        'Mild muscle tenderness can happen in the first few sessions and usually passes. If pain persists, see a doctor.',
      ],
    },
  },
  safety: {
    title: 'Before you start',
    intro: 'This routine is gentle, but it is not for everyone. Please read this carefully before you begin.',
    doNotTitle: "Don't do this routine if you have:",
    doNot: [
      'A fever or a raised temperature, whatever the cause, or an acute infection',
      'An illness in its acute phase, inflammation anywhere in the body, or a flare-up of a chronic disease',
      'High blood pressure, a hypertensive crisis or the risk of one',
      'Heart disease, such as heart failure (a doctor may clear a minor finding, such as mitral valve prolapse)',
      'Disease of the blood vessels: atherosclerosis, including sclerosis of the vessels of the head, an aneurysm, thrombophlebitis or blood clots',
      'Bleeding of any kind, or a tendency to bleed',
      'Cancer, or any tumor in the neck area, benign or malignant',
      'A neck injury, however long ago, or known instability of the neck vertebrae',
      'Recent surgery, until you have fully recovered',
      'A skin disease where you would massage (neck, shoulders, upper back): a rash, eczema, an allergic or autoimmune skin condition, acne or boils',
      'Pus or an abscess, a wound, a burn, an ulcer, moles or warts in the massage area',
      'Exhaustion or severe overwork, including weakness after an illness',
      'Pregnancy or breastfeeding',
    ],
    askDoctorTitle: 'Check with a doctor first if:',
    askDoctor: [
      'You have a diagnosed neck condition, such as osteochondrosis, a disc hernia or Kimmerle anomaly',
      'You get dizzy when you turn your head or look up',
      'You are recovering from a stroke, a heart attack or meningitis',
      'Neck pain or a joint disease has flared up',
      "It is for a child: only with a pediatrician's guidance",
      'You are unsure whether anything on these lists applies to you',
    ],
    rulesTitle: 'How to do it safely',
    rules: [
      'Sit upright on a stable chair, feet flat, shoulders relaxed.',
      'No pain, ever: a mild stretch is the limit.',
      'Move smoothly: no jerks, no bouncing, no forcing.',
      'Stroke downward, from the back of the head to the tops of the shoulders.',
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
