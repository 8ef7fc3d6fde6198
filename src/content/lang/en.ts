import type { AboutText } from '@/src/content/about-schema';
import type { BannedClaimPatterns } from '@/src/content/banned-claims';
import type { RoutineText } from '@/src/content/schema';
import type { RoutineScript } from '@/src/content/script-schema';

// Everything the routine says in this language, in one module and one lazy chunk (load-language.ts):
// the screen's text, the voice's script and the About page. A step's words are its entries in
// each of the three; a language is one more module like this one.

// English copy. Written for a 360-px popup and for being read aloud: short sentences, one action
// each. No pain, no medical promises (tests/unit/content checks the wording against banned-claims.ts).

export const text: RoutineText = {
  locale: 'en',
  variants: {
    full: { name: 'Full routine · 5 min' },
    quick: { name: 'Quick routine · 2 min' },
    evening: { name: 'Evening: neck and scalp · 5 min' },
    longer: { name: 'Longer session · 10 min' },
    mine: { name: 'My routine' },
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
    'ex-goose-long-r': {
      name: 'Goose: half-minute hold',
      sideLabel: 'To the right',
      instruction:
        'Glide your chin a little straight forward, keeping it level. Turn your head right, chin toward your right shoulder, and hold for about half a minute, breathing evenly. Turn to face forward again, then draw your head back over your shoulders.',
      safety: 'A long hold: if you feel dizzy or light-headed, face forward and let it go.',
    },
    'ex-goose-long-l': {
      name: 'Goose: half-minute hold',
      sideLabel: 'To the left',
      instruction:
        'Glide your chin forward again, keeping it level. Turn it toward your left shoulder and hold for about half a minute, breathing evenly. Turn to face forward again, then draw your head back over your shoulders.',
      safety: 'Keep the turn comfortable and your shoulders still; stop if you feel dizzy.',
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
    'ex-sky-long-r': {
      name: 'Look at the sky: half-minute hold',
      sideLabel: 'To the right',
      instruction:
        'Turn your head to the right about three quarters of the way, not to the end of your range. Lift your eyes and chin a little, as if looking at the sky above your right shoulder, and hold about half a minute, breathing evenly. Then slowly face forward again.',
      safety:
        'Keep the upward tilt small; if you feel dizzy or your sight blurs, face forward and skip the rest of the hold.',
    },
    'ex-sky-long-l': {
      name: 'Look at the sky: half-minute hold',
      sideLabel: 'To the left',
      instruction:
        'Now turn your head to the left, again about three quarters of the way. Raise your eyes and chin slightly toward the sky over your left shoulder and hold for about half a minute, breathing evenly. Then slowly face forward again.',
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
    'ex-frame-long-r': {
      name: 'Frame: half-minute hold',
      sideLabel: 'To the right',
      instruction:
        'Rest your left hand on your right shoulder and raise the left elbow until your forearm lies level across your chest. Turn your head to the right, toward that hand, as far as is comfortable, and hold for about half a minute, breathing evenly. Then face forward.',
      safety: "Let the raised elbow relax, don't shrug, and lower the arm if your shoulder tires.",
    },
    'ex-frame-long-l': {
      name: 'Frame: half-minute hold',
      sideLabel: 'To the left',
      instruction:
        'Switch: right hand on your left shoulder, right elbow raised level. Turn your head to the left, toward the hand, and hold for about half a minute, breathing evenly. Then face forward and lower your arm.',
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
    'ev-press': {
      name: 'Fingertip presses',
      instruction:
        'Lay your fingertips on the back of your neck just below your skull, either side of the spine. Press gently into the muscles and let go, moving a little lower each time, then work your way back up.',
      safety: 'Press beside the spine, never on the bony middle, and more lightly than on the shoulders.',
    },
    'ev-skull': {
      name: 'Circles under the skull',
      instruction:
        'Move your fingertips up to the ridge at the base of your skull. Make slow small circles along it, from behind your ears toward the middle, keeping the fingers either side of the spine.',
      safety: 'Small, gentle circles that move the skin; stay beside the spine, not on it.',
    },
    'ev-scalp': {
      name: 'Scalp circles',
      instruction:
        'Place your fingertips on your temples and make slow circles, as if washing your hair. Work the circles up over your scalp to the crown, moving the skin without pulling the hair.',
      safety:
        'Keep the touch light and never pull your hair; your hands stay on your head, away from the throat.',
    },
    'ev-forehead': {
      name: 'Forehead',
      instruction:
        'Place the fingertips of both hands together at the middle of your forehead. Slide them slowly apart toward your temples, stretching the skin only a little, and start again from the middle.',
      safety: 'A light touch of the fingertips, away from the eyes and away from the throat.',
    },
    'ev-ears': {
      name: 'Behind the ears',
      instruction:
        'Find the small hollow just behind each ear, where the skull meets the hairline. Press gently with your fingertips, hold for a moment and let go, a few times.',
      safety:
        'Press on the head behind the ear, not down on the side of the neck, and keep your hands off the throat.',
    },
    'ev-tilt-r': {
      name: 'Gentle tilt',
      sideLabel: 'To the right',
      instruction:
        'Rest your hands in your lap and let your head tip slowly toward your right shoulder, only as far as is easy, and breathe out. Then slowly bring your head back upright.',
      safety: 'Let the weight of your head do it: a soft stretch, never pain, and no hand pulling.',
    },
    'ev-tilt-l': {
      name: 'Gentle tilt',
      sideLabel: 'To the left',
      instruction:
        'Now let your head tip slowly toward your left shoulder, only as far as is easy, and breathe out. Then slowly bring your head back upright.',
      safety: 'Keep both shoulders low and soft; stop at a mild stretch.',
    },
    'ev-cradle': {
      name: 'Holding the head',
      instruction:
        'Cup your head in both hands, palms on the sides of your head above the ears. Squeeze very lightly, hold for a breath and let go, a few times.',
      safety:
        'Hold and let go only: never pull your head up or to the side, and keep your hands off the throat.',
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

// What the voice says, in English. Written for the ear: a few words per cue, the movement first,
// nothing that needs the screen. Each step's words fit in half of it (1.2 words a second at most,
// the rules and "Next: …" included; tests/unit/content/voice-budget.test.ts), so most of a hold is
// quiet. Movements follow the safer reading: a gentle stretch, never pain; Look at the sky turns
// about three quarters of the way with a small lift; Spring and Goose end with the head back over
// the shoulders; the hands stay off the throat and off the spine.

export const script: RoutineScript = {
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
    'ex-goose-long-r': {
      name: 'Goose',
      side: 'right',
      start: 'Chin forward, then turn right.',
      during: [
        'If dizzy, face forward.',
        'Hold half a minute, breathing evenly.',
        'Face forward, head over shoulders.',
      ],
    },
    'ex-goose-long-l': {
      name: 'Goose',
      side: 'left',
      start: 'Chin forward, then turn left.',
      during: [
        'If dizzy, face forward.',
        'Hold half a minute, breathing evenly.',
        'Face forward, head over shoulders.',
      ],
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
    'ex-sky-long-r': {
      name: 'Look at the sky',
      side: 'right',
      start: 'Turn right three quarters, then look up a little.',
      during: ['If dizzy, face forward.', 'Hold half a minute, breathing evenly.', 'Slowly face forward.'],
    },
    'ex-sky-long-l': {
      name: 'Look at the sky',
      side: 'left',
      start: 'Turn left three quarters, then look up a little.',
      during: ['If dizzy, face forward.', 'Hold half a minute, breathing evenly.', 'Slowly face forward.'],
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
    'ex-frame-long-r': {
      name: 'Frame',
      side: 'right',
      start: 'Left palm on your right shoulder, elbow up.',
      during: [
        'Turn right, toward your hand.',
        'Hold half a minute, breathing evenly.',
        'Slowly face forward.',
      ],
    },
    'ex-frame-long-l': {
      name: 'Frame',
      side: 'left',
      start: 'Right palm on your left shoulder, elbow up.',
      during: [
        'Turn left, toward your hand.',
        'Hold half a minute, breathing evenly.',
        'Slowly face forward.',
      ],
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
      during: ['Rest your hands. Breathe.'],
    },
    'ev-press': {
      name: 'Fingertip presses',
      start: 'Fingertips beside the spine, just below your skull.',
      during: ['Press gently, and let go.'],
    },
    'ev-skull': {
      name: 'Circles under the skull',
      start: 'Small slow circles along the base of your skull.',
      during: ['Gently, beside the spine.'],
    },
    'ev-scalp': {
      name: 'Scalp circles',
      start: 'Fingertips on your temples, small slow circles.',
      during: ['Now up over your scalp, without pulling the hair.'],
    },
    'ev-forehead': {
      name: 'Forehead',
      start: 'Fingertips mid-forehead, slide apart to the temples.',
      during: [],
    },
    'ev-ears': {
      name: 'Behind the ears',
      start: 'Fingertips in the hollows behind your ears.',
      during: ['Press gently, and let go.'],
    },
    'ev-tilt-r': {
      name: 'Gentle tilt',
      side: 'right',
      start: 'Let your head tip slowly toward your right shoulder.',
      during: ['Slowly bring your head upright.'],
    },
    'ev-tilt-l': {
      name: 'Gentle tilt',
      side: 'left',
      start: 'Let your head tip slowly toward your left shoulder.',
      during: ['Slowly bring your head upright.'],
    },
    'ev-cradle': {
      name: 'Holding the head',
      start: 'Cup your head in both hands.',
      during: ['Squeeze lightly, then let go.'],
    },
  },
};

// "About this routine" in English: where each step comes from, and where Nape reads its source
// more gently than it is written. Only the `source` lines may quote the source's own words ("until
// it hurts"); everything else is what Nape asks of you. No medical promises (the content tests run
// every string through banned-claims.ts).

export const about: AboutText = {
  locale: 'en',
  intro:
    "Nape's routine has two parts: neck exercises from Dr. Shishonin's neck gymnastics, then the classic self-massage of the back of the neck and shoulders. Both follow descriptions published in Russian. Where the source asks for more than is safe at a desk, Nape takes the gentler reading; this page says where and why.",
  parts: {
    exercise: {
      title: "The exercises: Shishonin's neck gymnastics",
      intro:
        'Slow head movements, each held for a moment, done sitting upright. Published versions name seven to nine exercises. Nape uses six of them, in their usual order, first to the right and then to the left where an exercise has sides. The longer session does all six, both sides of each, and holds Goose, Look at the sky and Frame for half a minute, as the source does.',
      steps: [
        {
          steps: ['ex-posture'],
          source:
            'The starting position of the whole set: sitting upright, looking straight ahead, with the neck and shoulders relaxed.',
        },
        {
          steps: ['ex-metronome-r', 'ex-metronome-l'],
          source:
            'The first exercise of the set: the head tips to one side, ear toward shoulder, while the face keeps looking forward.',
        },
        {
          steps: ['ex-spring-down', 'ex-spring-up'],
          source:
            'The chin lowers toward the chest, then the neck lengthens forward and up while the chin stays level. Nape does the two halves as two steps.',
        },
        {
          steps: ['ex-goose-r', 'ex-goose-l', 'ex-goose-long-r', 'ex-goose-long-l'],
          source:
            "The chin glides forward, then the head turns toward the shoulder and holds for half a minute. The source builds it on Spring's forward stretch.",
        },
        {
          steps: ['ex-sky-r', 'ex-sky-l', 'ex-sky-long-r', 'ex-sky-long-l'],
          source:
            'The head turns to the side, then the eyes and chin rise a little, as if looking at the sky above the shoulder. The source holds the turn for half a minute.',
        },
        {
          steps: ['ex-frame-r', 'ex-frame-l', 'ex-frame-long-r', 'ex-frame-long-l'],
          source:
            'One hand rests on the opposite shoulder with the elbow raised level, and the head turns toward that hand and holds for half a minute.',
        },
        {
          steps: ['ex-heron'],
          source:
            'Hands on the knees, then the arms sweep back, the shoulder blades draw together and the gaze lifts a little.',
        },
      ],
      leftOut:
        'Left out: Fakir (the same turn with the palms joined above the head), to keep the routine to five minutes, and Metronome with the hands pulling the head (see below). Airplane and Tree, which some versions add, are not described in the source.',
    },
    massage: {
      title: 'The self-massage: the classic sequence',
      intro:
        "The order the source gives for massaging your own neck: stroking opens and closes it, and gentler techniques come before firmer ones. Kneading of the shoulder tops comes from the source's classic massage sequence. The evening routine is the source's relaxing neck and scalp massage, which it suggests for the end of the day, between the same opening and closing strokes.",
      steps: [
        {
          steps: ['ms-stroke-open'],
          source:
            'The palms glide from the back of the head down to the shoulders, very lightly at first. Every classic sequence opens with it.',
        },
        {
          steps: ['ms-rub'],
          source:
            'Small circles of the fingertips that move the skin rather than slide over it. The source puts it straight after stroking, before the firmer techniques.',
        },
        {
          steps: ['ms-pinch'],
          source:
            'A small fold of skin lifted between thumb and index finger, softly at first and then a little more, never painfully.',
        },
        {
          steps: ['ms-squeeze'],
          source: 'The edge of the palm slides firmly along the muscle beside the spine.',
        },
        {
          steps: ['ms-knead-l', 'ms-knead-r'],
          source:
            'The thick muscle on top of the shoulder is grasped, squeezed, lifted a little and let go. The source says the shoulders take firmer work than the neck.',
        },
        {
          steps: ['ms-stroke-close'],
          source: 'Light stroking again, as at the start: the source ends every massage this way.',
        },
        {
          steps: ['ev-press'],
          source:
            'The relaxing massage starts with the hands round the back of the neck, the fingertips just below the back of the head, pressing the muscles gently. Nape keeps the fingertips either side of the spine, never on it.',
        },
        {
          steps: ['ev-skull'],
          source:
            'Circles at the top of the neck, just under the back of the head. The translated text says "with elbows"; Nape makes them with the fingertips.',
        },
        {
          steps: ['ev-scalp'],
          source:
            'Circles of the finger pads from the temples up into the hair, as if washing it. The source adds a light pull on the hair; Nape leaves the hair alone.',
        },
        {
          steps: ['ev-forehead'],
          source: 'At the forehead, both hands stretch the skin slightly apart.',
        },
        {
          steps: ['ev-ears'],
          source:
            'The hollows behind the ears are pressed and let go, several times. Nape keeps the press on the head, behind the ear, not on the side of the neck.',
        },
        {
          steps: ['ev-tilt-r', 'ev-tilt-l'],
          source: 'The head tilts gently to one shoulder, then to the other. Nape goes right, then left.',
        },
        {
          steps: ['ev-cradle'],
          source:
            'The head is held in both hands, squeezed lightly and let go, which ends the massage. Nape then closes with light stroking, as every other massage in the source ends.',
        },
      ],
      leftOut:
        'Left out: tapping and other percussion, which is awkward on your own neck, and any massage of the front of the neck. From the relaxing massage: tipping the head back while the hands work, and wrapping the hands round the neck to pull the head up (see below).',
    },
  },
  choicesTitle: 'Where Nape takes the safer reading',
  choicesIntro:
    'The source does not always agree with itself. Where one passage asks for more than another allows, Nape follows the more careful one.',
  labels: { source: 'The source:', nape: 'Nape:', why: 'Why:' },
  choices: [
    {
      id: 'pain',
      title: 'A mild stretch, never pain',
      source: 'Tip the head and "pull the muscles until the pain"; turn it "until a slight soreness".',
      nape: 'Every movement stops at a mild stretch. Pain means stop.',
      why: "The source's own basic rules say there should be no pain during a session.",
    },
    {
      id: 'range',
      title: 'As far as is comfortable',
      source: 'Turn the head "as far as possible" and hold it there.',
      nape: 'The head turns only as far as is comfortable, smoothly, without forcing the last few degrees.',
      why: 'The same source asks for smooth movements, with nothing sharp or forced.',
    },
    {
      id: 'pull',
      title: 'No pulling on the head',
      source:
        'Repeat Metronome, this time pulling the head with the hands; in the relaxing massage, wrap the hands round the neck and pull the head up, or pull on the hair.',
      nape: 'Those movements are left out: your hands never pull your head or your hair.',
      why: 'A pull adds force that is hard to judge, and a mild stretch is the limit.',
    },
    {
      id: 'headBack',
      title: 'The head stays upright',
      source: 'In the relaxing massage, tip the head back while the hands keep working on the neck.',
      nape: 'Your head stays upright while your hands work; in the evening routine it only tips gently to each side, and comes back.',
      why: "The source's own exercises keep the chin level and never tip the head back, and a head tipped back over working hands is hard to keep gentle.",
    },
    {
      id: 'seated',
      title: 'Seated throughout',
      source: 'Stand up for the last exercise, Goose.',
      nape: 'Every step is done seated, Goose included.',
      why: 'The rest of the set is done sitting, and turning the head can make you light-headed for a moment. Seated, a dizzy moment is safe.',
    },
    {
      id: 'holds',
      title: 'Short holds, a short routine first',
      source: 'Hold each position for half a minute.',
      nape: 'Each position is held for a few seconds, and the whole routine takes 5 minutes (the quick routine 2). The longer session, 10 minutes, holds Goose, Look at the sky and Frame for half a minute.',
      why: 'The source also says to keep the first sessions short and not to overdo it, and that 5 minutes a day is enough to keep the neck moving. If you are new to this, start with the quick routine, and try the longer session after a few shorter ones.',
    },
    {
      id: 'spine',
      title: 'Beside the spine, never on it',
      source:
        'Pay "particular attention to the spine", and press the edge of the palm onto the middle of the neck.',
      nape: 'Nape never works on the spine itself, only on the muscles either side of it.',
      why: "The source's own basic rules forbid rough pressure on the vertebrae.",
    },
    {
      id: 'pressure',
      title: 'Gentle on the neck',
      source: 'Massage strongly enough to reach the deep muscles.',
      nape: 'Light to moderate pressure on the neck; firmer, but never painful, on the shoulder tops.',
      why: 'The same source warns against overdoing it and against pressing on the neck.',
    },
    {
      id: 'direction',
      title: 'Downward strokes',
      source:
        'Squeeze upward to the hairline, and work along and across the neck in different directions; in the relaxing massage, slide the fingers up and down between the shoulders and the back of the head.',
      nape: 'Strokes and squeezing always move down, from the back of the head to the shoulders, and every pass ends moving down.',
      why: "The source's basic rule is that the hands travel from the back of the head toward the shoulder blades, and one direction is easy to keep to.",
    },
    {
      id: 'throat',
      title: 'Never the throat',
      source: 'Some of the massages it describes work on the front of the neck.',
      nape: 'Your hands stay off the front and sides of the throat: only the back of the neck, the shoulders and the upper back.',
      why: "The source's own self-massage guide says massaging the throat is pointless and risky: large arteries run there.",
    },
  ],
  contraindications: {
    title: 'Who should not do it',
    body: [
      "Nape's contraindications follow the source's own lists, merged into one. Among them: a fever or an acute illness, high blood pressure, heart or blood-vessel disease, bleeding, a tumor, a neck injury, skin problems where you would massage, and pregnancy or breastfeeding.",
      'The full list is shown before your first routine, and on the Welcome tab of the settings.',
      'If you are unsure whether any of it applies to you, ask a doctor first.',
    ],
  },
  notAdvice: 'Nape offers a gentle break from sitting. It is not medical advice.',
};

/** The word budget of the voice, in words a second of a step (cue-timeline.ts, stepBudgets). */
export const wordsPerSecondBudget = 1.3;

/** The espeak-ng voice and speed (words a minute) `npm run calibrate:speech` measures this language with. */
export const calibrationVoice = { voice: 'en-us', wpm: 160 };

// Medical promises the product must never make, in English (src/content/banned-claims.ts has the
// topics and why; the tests check every string against them, the promise and not the name of a
// condition): a promise in itself, or an effect on a health target within one clause.

// A stretch of the same clause: no sentence end, semicolon or line break in between.
const SAME_CLAUSE = '[^.!?;\\n]{0,60}?';

// Verbs (as stems: "reduc" is reduce, reduces, reduced, reducing) and phrases that promise an
// effect on the body.
const EFFECT_EN = [
  'lower',
  'reduc',
  'decreas',
  'normali[sz]',
  'regulat',
  'restor',
  'improv',
  'boost',
  'increas',
  'enhanc',
  'sharpen',
  'strengthen',
  'stimulat',
  'reliev',
  'eliminat',
  'prevent',
  'fight',
  'banish',
  'revers',
].join('|');
const PHRASE_EN = [
  'gets? rid of',
  'rids? you of',
  'say goodbye to',
  'forget about',
  'no more',
  'helps? (with|against|for)',
  'good for',
].join('|');
const EFFECT = `\\b(${EFFECT_EN})[a-z]*|\\b(${PHRASE_EN})\\b`;

// The body responding: "your blood pressure drops", "memory improves".
const RESULT_EN =
  '\\b(drops?|falls?|goes down|comes down|returns? to normal|normali[sz]es|improves?|gets? better|disappears?|goes away|vanish(es)?)\\b';

/** A promise about `target`: an effect on it, or it responding, within one clause. */
const promise = (target: string) =>
  new RegExp(`(${EFFECT})${SAME_CLAUSE}(${target})|(${target})${SAME_CLAUSE}(${RESULT_EN})`, 'i');

/** The medical promises in English, by topic (banned-claims.ts). */
export const bannedClaims: BannedClaimPatterns = {
  // Promises in themselves, whatever follows.
  'cures, heals or treats':
    /\b(cur(e|es|ed|ing)|heal(s|ed|ing)?|treat(s|ed|ing|ment|ments)?|therap(y|ies|eutic)|remed(y|ies))\b/i,
  'blood pressure': promise('\\bblood[\\s-]+pressure\\b|\\bBP\\b|\\bhypertension\\b|\\bhypotension\\b'),
  'blood flow or supply to the brain': promise(
    '\\bblood[\\s-]+(flow|supply|circulation)\\b|\\bcirculation\\b|\\b(brain|cerebral)\\b|\\boxygen',
  ),
  'migraine or headache': promise('\\bmigraines?\\b|\\bheadaches?\\b'),
  memory: promise('\\bmemory\\b|\\bconcentration\\b'),
  vision: promise('\\b(vision|eyesight|sight)\\b'),
  'vegetative-vascular dystonia': promise('\\bvegetative[\\s-]+vascular\\b|\\bdystonia\\b|\\bVSD\\b'),
  'diseases of the neck and spine': promise(
    '\\bosteochondrosis\\b|\\b(disc )?hernias?\\b|\\bscoliosis\\b|\\bspondylosis\\b|\\btinnitus\\b',
  ),
};
