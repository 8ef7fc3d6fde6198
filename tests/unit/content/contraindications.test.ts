// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CONTENT_LOCALES } from '@/src/content/locale';
import { TEXTS } from './by-locale';
import { wordsOf } from './words';

// The safety screen is as broad as the seed's five contraindication lists merged (docs/routine.md,
// Contraindications), names conditions plainly, and ends the lists with "if unsure, ask a doctor
// first". Each entry: what the seed lists, how each language must name it, and which list it
// belongs to (don't do it at all, or ask a doctor first).

type List = 'doNot' | 'askDoctor';
const SEED_ITEMS: { item: string; list: List; en: RegExp; ru: RegExp }[] = [
  { item: 'fever', list: 'doNot', en: /\bfever\b/i, ru: /температур/i },
  { item: 'acute infection', list: 'doNot', en: /\bacute infection\b/i, ru: /острая инфекция/i },
  { item: 'acute illness, inflammation', list: 'doNot', en: /\binflammation\b/i, ru: /воспаление/i },
  {
    item: 'flare-up of a chronic disease',
    list: 'doNot',
    en: /\bchronic disease\b/i,
    ru: /обострение хронического/i,
  },
  {
    item: 'high blood pressure, named plainly',
    list: 'doNot',
    en: /^High blood pressure\b/,
    ru: /^Высокое артериальное давление/,
  },
  { item: 'hypertensive crisis', list: 'doNot', en: /\bhypertensive crisis\b/i, ru: /гипертонический криз/i },
  {
    item: 'heart disease',
    list: 'doNot',
    en: /\bheart (disease|failure)\b/i,
    ru: /болезнь сердца|сердечная недостаточность/i,
  },
  { item: 'atherosclerosis', list: 'doNot', en: /\batherosclerosis\b/i, ru: /атеросклероз/i },
  {
    item: 'sclerosis of the head vessels',
    list: 'doNot',
    en: /\bsclerosis of the vessels of the head\b/i,
    ru: /склероз сосудов головы/i,
  },
  { item: 'aneurysm', list: 'doNot', en: /\baneurysm\b/i, ru: /аневризм/i },
  { item: 'thrombophlebitis', list: 'doNot', en: /\bthrombophlebitis\b/i, ru: /тромбофлебит/i },
  { item: 'bleeding', list: 'doNot', en: /\bbleed/i, ru: /кровотечени/i },
  {
    item: 'tumours, benign or malignant',
    list: 'doNot',
    en: /\btumor\b.*\bbenign\b/i,
    ru: /опухоль.*доброкачественн/i,
  },
  {
    item: 'neck trauma of any age',
    list: 'doNot',
    en: /\bneck injury, however long ago\b/i,
    ru: /травма шеи, даже давняя/i,
  },
  { item: 'instability of the neck vertebrae', list: 'doNot', en: /\binstability\b/i, ru: /нестабильность/i },
  { item: 'recent surgery', list: 'doNot', en: /\bsurgery\b/i, ru: /операци/i },
  {
    item: 'skin disease in the massage area',
    list: 'doNot',
    en: /\bskin disease\b/i,
    ru: /кожное заболевание/i,
  },
  {
    item: 'allergic or autoimmune skin disease',
    list: 'doNot',
    en: /\ballergic or autoimmune\b/i,
    ru: /аллергическое или аутоиммунное/i,
  },
  { item: 'pus', list: 'doNot', en: /\bpus\b/i, ru: /гнойн/i },
  { item: 'abscess', list: 'doNot', en: /\babscess\b/i, ru: /нарыв/i },
  { item: 'wounds', list: 'doNot', en: /\bwound\b/i, ru: /рана/i },
  { item: 'burns and ulcers', list: 'doNot', en: /\bburn\b.*\bulcer\b/i, ru: /ожог.*язва/i },
  { item: 'moles', list: 'doNot', en: /\bmoles\b/i, ru: /родинки/i },
  { item: 'warts', list: 'doNot', en: /\bwarts\b/i, ru: /бородавки/i },
  { item: 'acne and boils', list: 'doNot', en: /\bacne\b.*\bboils\b/i, ru: /угри.*фурункул/i },
  {
    item: 'exhaustion, overwork',
    list: 'doNot',
    en: /\bexhaustion\b.*\boverwork\b/i,
    ru: /истощение.*переутомление/i,
  },
  // The source lists pregnancy and breastfeeding together with the contraindications; Nape follows it.
  {
    item: 'pregnancy or breastfeeding',
    list: 'doNot',
    en: /^Pregnancy or breastfeeding$/,
    ru: /^Беременность или кормление грудью$/,
  },
  { item: 'Kimmerle anomaly', list: 'askDoctor', en: /\bKimmerle\b/, ru: /Киммерле/ },
  { item: 'diagnosed neck condition', list: 'askDoctor', en: /\bosteochondrosis\b/i, ru: /остеохондроз/i },
  {
    item: 'dizziness when turning or looking up',
    list: 'askDoctor',
    en: /\bdizzy when you turn your head or look up\b/i,
    ru: /кружится голова, когда вы поворачиваете её или смотрите вверх/i,
  },
  { item: 'children', list: 'askDoctor', en: /\bchild\b.*\bpediatrician\b/i, ru: /ребёнку.*педиатра/i },
];

describe.each(CONTENT_LOCALES)('%s contraindications', (locale) => {
  const safety = TEXTS[locale].safety;

  it.each(SEED_ITEMS)('name $item in the right list', ({ list, ...patterns }) => {
    const pattern = patterns[locale];
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
