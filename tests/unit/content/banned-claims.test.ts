// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BANNED_CLAIMS, findBannedClaims } from '@/src/content/banned-claims';
import { POSTURE_CUES } from '@/src/content/posture-cues';
import { TEXT_EN } from '@/src/content/text.en';
import { TEXT_RU } from '@/src/content/text.ru';
import { stringsOf } from './helpers';

// No copy may promise a medical effect. The patterns are checked against sentences that make
// such promises (so a broken pattern fails here) and then against every string we ship.

const PROMISES: Record<string, { en: string; ru: string }> = {
  'blood pressure': {
    en: 'Lowers your blood pressure in a week.',
    ru: 'Нормализует артериальное давление за неделю.',
  },
  'blood flow or supply to the brain': {
    en: 'Restores blood flow to the brain.',
    ru: 'Улучшает кровоснабжение головного мозга.',
  },
  'cures, heals or treats': {
    en: 'This exercise heals osteochondrosis and cures headaches.',
    ru: 'Упражнение излечивает остеохондроз и лечит головную боль.',
  },
  migraine: { en: 'Say goodbye to migraines.', ru: 'Забудьте о мигрени.' },
  memory: { en: 'Sharpens your memory.', ru: 'Улучшает память.' },
  vision: { en: 'Improves your eyesight and vision.', ru: 'Восстанавливает зрение.' },
  'vegetative-vascular dystonia': {
    en: 'Relieves vegetative-vascular dystonia.',
    ru: 'Помогает при вегетососудистой дистонии (ВСД).',
  },
};

describe('banned claims', () => {
  it('cover every topic of the content doc, in both languages', () => {
    expect(BANNED_CLAIMS.map((c) => c.topic).sort()).toEqual(Object.keys(PROMISES).sort());
  });

  it.each(BANNED_CLAIMS)('the $topic pattern catches a promise in English and in Russian', (claim) => {
    const sample = PROMISES[claim.topic];
    expect(sample?.en).toMatch(claim.en);
    expect(sample?.ru).toMatch(claim.ru);
    expect(findBannedClaims(sample?.ru ?? '')).toContain(claim.topic);
  });

  it('do not trip on the words the routine needs (shoulder, health, pressure of the hands)', () => {
    for (const innocent of [
      'Разомните верх плеча, плечи опущены, усиливайте нажим.',
      'Давите на мышцу, а не на позвонки; увлечение и точка опоры.',
      'Good for your health: a break from sitting, with gentle pressure of the palms.',
      'A hypertensive crisis, or hypertension that is not under control.',
      'Гипертонический криз или неконтролируемая гипертония.',
    ]) {
      expect(findBannedClaims(innocent), innocent).toEqual([]);
    }
  });

  it('match none of the copy in either language', () => {
    const copy = [
      ...stringsOf(TEXT_EN, 'en'),
      ...stringsOf(TEXT_RU, 'ru'),
      ...stringsOf(POSTURE_CUES, 'posture'),
    ];
    expect(copy.length).toBeGreaterThan(150);
    for (const [path, text] of copy) expect(findBannedClaims(text), `${path}: ${text}`).toEqual([]);
  });
});
