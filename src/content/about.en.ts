import type { AboutText } from './about-schema';

// "About this routine" in English: where each step comes from, and where Nape reads its source
// more gently than it is written. Only the `source` lines may quote the source's own words ("until
// it hurts"); everything else is what Nape asks of you. No medical promises (the content tests run
// every string through banned-claims.ts).

export const ABOUT_EN: AboutText = {
  locale: 'en',
  intro:
    "Nape's routine has two parts: neck exercises from Dr. Shishonin's neck gymnastics, then the classic self-massage of the back of the neck and shoulders. Both follow descriptions published in Russian. Where the source asks for more than is safe at a desk, Nape takes the gentler reading; this page says where and why.",
  parts: {
    exercise: {
      title: "The exercises: Shishonin's neck gymnastics",
      intro:
        'Slow head movements, each held for a moment, done sitting upright. Published versions name seven to nine exercises. Nape uses six of them, in their usual order, first to the right and then to the left where an exercise has sides.',
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
          steps: ['ex-goose-r', 'ex-goose-l'],
          source:
            "The chin glides forward, then the head turns toward the shoulder. The source builds it on Spring's forward stretch.",
        },
        {
          steps: ['ex-sky-r', 'ex-sky-l'],
          source:
            'The head turns to the side, then the eyes and chin rise a little, as if looking at the sky above the shoulder.',
        },
        {
          steps: ['ex-frame-r', 'ex-frame-l'],
          source:
            'One hand rests on the opposite shoulder with the elbow raised level, and the head turns toward that hand.',
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
        "The order the source gives for massaging your own neck: stroking opens and closes it, and gentler techniques come before firmer ones. Kneading of the shoulder tops comes from the source's classic massage sequence.",
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
      ],
      leftOut:
        'Left out: tapping and other percussion, which is awkward on your own neck, and any massage of the front of the neck.',
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
      source: 'Repeat Metronome, this time pulling the head with the hands.',
      nape: 'That step is left out: your hands never pull your head.',
      why: 'A pull adds force that is hard to judge, and a mild stretch is the limit.',
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
      nape: 'Each position is held for a few seconds, and the whole routine takes 5 minutes (the quick routine 2).',
      why: 'The source also says to keep the first sessions short and not to overdo it. If you are new to this, start with the quick routine.',
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
      source: 'Squeeze upward to the hairline, and work along and across the neck in different directions.',
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
