// @vitest-environment node
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { BANNED_CLAIMS, findBannedClaims } from '@/src/content/banned-claims';
import { CONTENT_LOCALES, type ContentLocale } from '@/src/content/locale';
import { POSTURE_CUES } from '@/src/content/posture-cues';
import { TEXTS } from './by-locale';
import { stringsOf } from './helpers';

// No copy may promise a medical effect; every copy may name a condition (a contraindication has
// to say "high blood pressure" plainly). The patterns are checked against sentences that make such
// promises (so a broken pattern fails here), against sentences that only name conditions, and
// then against every string we ship.

const PROMISES: Record<string, Record<ContentLocale, string[]>> = {
  'cures, heals or treats': {
    en: ['This exercise heals osteochondrosis.', 'Cures hypertension.', 'A natural cure for a stiff neck.'],
    ru: ['Упражнение излечивает остеохондроз.', 'Лечебная гимнастика для шеи.'],
  },
  'blood pressure': {
    en: [
      'Lowers your blood pressure in a week.',
      'Normalizes hypertension.',
      'Your blood pressure returns to normal.',
    ],
    ru: ['Нормализует артериальное давление за неделю.', 'Помогает при гипертонии.', 'Давление снизится.'],
  },
  'blood flow or supply to the brain': {
    en: ['Restores blood flow to the brain.', 'Improves circulation in the neck.'],
    ru: ['Улучшает кровоснабжение головного мозга.', 'Восстанавливает кровоток.'],
  },
  'migraine or headache': {
    en: ['Say goodbye to migraines.', 'Gets rid of headaches for good.'],
    ru: ['Забудьте о мигрени.', 'Избавляет от головной боли.'],
  },
  memory: {
    en: ['Sharpens your memory.', 'Boosts concentration.'],
    ru: ['Улучшает память.', 'Укрепляет память и концентрацию.'],
  },
  vision: {
    en: ['Improves your eyesight and vision.', 'Your vision improves.'],
    ru: ['Восстанавливает зрение.', 'Зрение улучшится.'],
  },
  'vegetative-vascular dystonia': {
    en: ['Relieves vegetative-vascular dystonia.', 'Helps with VSD.'],
    ru: ['Помогает при вегетососудистой дистонии (ВСД).', 'Избавит от ВСД.'],
  },
  'diseases of the neck and spine': {
    en: ['Prevents osteochondrosis.', 'Helps against a disc hernia.'],
    ru: ['Предотвращает остеохондроз.', 'Помогает от грыжи диска.'],
  },
};

// A condition named as a reason not to do the routine, or the words the routine needs.
const NAMES_ONLY = [
  'High blood pressure, a hypertensive crisis or the risk of one',
  'Высокое артериальное давление, гипертонический криз или риск криза',
  'Atherosclerosis, including sclerosis of the vessels of the head',
  'Атеросклероз, в том числе склероз сосудов головы',
  'You get dizzy when you turn your head or look up',
  'You have a diagnosed neck condition, such as osteochondrosis, a disc hernia or Kimmerle anomaly',
  'У вас диагностировано заболевание шеи, например остеохондроз или грыжа диска',
  'Stop at once if your sight blurs; if pain persists, see a doctor.',
  'Если боль не проходит или появилось головокружение, обратитесь к врачу.',
  'Повышенная температура или пониженное давление',
  'Вы восстанавливаетесь после инсульта, инфаркта или менингита',
  'Разомните верх плеча, плечи опущены, усиливайте нажим.',
  'Давите на мышцу, а не на позвонки; увлечение и точка опоры.',
  'Sit back and let the chair support your lower back.',
  'Good for a break from sitting, with gentle pressure of the palms.',
];

describe('banned claims', () => {
  it('cover every topic, with promises to catch in both languages', () => {
    expect(BANNED_CLAIMS.map((c) => c.topic).sort()).toEqual(Object.keys(PROMISES).sort());
  });

  it.each(BANNED_CLAIMS)('the $topic pattern catches a promise in every language', (claim) => {
    const samples = PROMISES[claim.topic];
    for (const locale of CONTENT_LOCALES) {
      for (const sample of samples?.[locale] ?? []) {
        expect(sample).toMatch(claim[locale]);
        expect(findBannedClaims(sample)).toContain(claim.topic);
      }
    }
  });

  it('let a condition be named plainly, as the contraindications must', () => {
    for (const text of NAMES_ONLY) expect(findBannedClaims(text), text).toEqual([]);
  });

  it('look for the promise within one clause, not across sentences', () => {
    expect(findBannedClaims('Relax your shoulders. High blood pressure is a reason to skip this.')).toEqual(
      [],
    );
    expect(findBannedClaims('Relax your shoulders and lower your blood pressure.')).toEqual([
      'blood pressure',
    ]);
  });

  it('match none of the routine copy in either language', () => {
    const copy = [
      ...CONTENT_LOCALES.flatMap((locale) => stringsOf(TEXTS[locale], locale)),
      ...stringsOf(POSTURE_CUES, 'posture'),
    ];
    expect(copy.length).toBeGreaterThan(150);
    for (const [path, text] of copy) expect(findBannedClaims(text), `${path}: ${text}`).toEqual([]);
  });

  it.each(CONTENT_LOCALES)(
    'match none of the %s UI strings (popup, notifications, options)',
    async (lang) => {
      const messages = await parseMessagesFile(`src/locales/${lang}.yml`);
      expect(messages.length).toBeGreaterThan(200);
      for (const m of messages) {
        const text = m.type === 'plural' ? Object.values(m.plurals).join(' ') : m.message;
        expect(findBannedClaims(text), m.key.join('.')).toEqual([]);
      }
    },
  );
});
