// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONTENT_LOCALES } from '@/src/content/locale';
import { TEXTS } from './by-locale';
import { type Words, wordsOf } from './words';

// The safety screen is as broad as the seed's five contraindication lists merged (docs/routine.md,
// Contraindications), names conditions plainly, and ends the lists with "if unsure, ask a doctor
// first". Each entry: what the seed lists, how each language must name it, and which list it
// belongs to (don't do it at all, or ask a doctor first).

type List = 'doNot' | 'askDoctor';
const SEEDS = wordsOf('contraindicationsSeedItems');
const SEED_ITEMS: { item: keyof Words['contraindicationsSeedItems']; list: List }[] = [
  { item: 'fever', list: 'doNot' },
  { item: 'acute infection', list: 'doNot' },
  { item: 'acute illness, inflammation', list: 'doNot' },
  { item: 'flare-up of a chronic disease', list: 'doNot' },
  { item: 'high blood pressure, named plainly', list: 'doNot' },
  { item: 'hypertensive crisis', list: 'doNot' },
  { item: 'heart disease', list: 'doNot' },
  { item: 'atherosclerosis', list: 'doNot' },
  { item: 'sclerosis of the head vessels', list: 'doNot' },
  { item: 'aneurysm', list: 'doNot' },
  { item: 'thrombophlebitis', list: 'doNot' },
  { item: 'bleeding', list: 'doNot' },
  { item: 'tumours, benign or malignant', list: 'doNot' },
  { item: 'neck trauma of any age', list: 'doNot' },
  { item: 'instability of the neck vertebrae', list: 'doNot' },
  { item: 'recent surgery', list: 'doNot' },
  { item: 'skin disease in the massage area', list: 'doNot' },
  { item: 'allergic or autoimmune skin disease', list: 'doNot' },
  { item: 'pus', list: 'doNot' },
  { item: 'abscess', list: 'doNot' },
  { item: 'wounds', list: 'doNot' },
  { item: 'burns and ulcers', list: 'doNot' },
  { item: 'moles', list: 'doNot' },
  { item: 'warts', list: 'doNot' },
  { item: 'acne and boils', list: 'doNot' },
  { item: 'exhaustion, overwork', list: 'doNot' },
  { item: 'pregnancy or breastfeeding', list: 'doNot' },
  { item: 'Kimmerle anomaly', list: 'askDoctor' },
  { item: 'diagnosed neck condition', list: 'askDoctor' },
  { item: 'dizziness when turning or looking up', list: 'askDoctor' },
  { item: 'children', list: 'askDoctor' },
];

describe.each(CONTENT_LOCALES)('%s contraindications', (locale) => {
  const safety = TEXTS[locale].safety;

  it.each(SEED_ITEMS)('name $item in the right list', ({ item, list }) => {
    const pattern = SEEDS[locale][item];
    expect(
      safety[list].some((entry) => pattern.test(entry)),
      `${list} should name ${pattern}`,
    ).toBe(true);
  });

  it('end with "if unsure, ask a doctor first"', () => {
    expect(safety.askDoctor.at(-1)).toMatch(wordsOf('contraindicationsUnsure')[locale]);
  });

  it('put neck injury only among the things not to do, never under "ask a doctor"', () => {
    const injury = wordsOf('contraindicationsInjury')[locale];
    expect(safety.askDoctor.filter((entry) => injury.test(entry))).toEqual([]);
  });
});
