import { CONTENT_LOCALES, type ContentLocale } from './locale';

// Medical promises the product must never make (docs/routine.md, Words Nape never says): the
// seed and many public pages claim that neck gymnastics and massage lower blood pressure, restore
// blood flow to the brain, rid you of migraines, improve memory and vision, relieve
// "vegetative-vascular dystonia", and cure or heal.
//
// What is banned is the PROMISE, not the name of a condition: the contraindications must be able
// to say "high blood pressure" or "sclerosis of the head vessels" plainly (handbook: naming a
// condition in a contraindication is not a promise). So, apart from the words that are promises in
// themselves ("cures", "heals", "therapeutic"), a pattern matches only an effect on a health target
// within one clause: "lowers … blood pressure", "blood pressure … returns to normal",
// «улучшает … кровоснабжение мозга».
//
// Russian patterns use explicit letter look-arounds instead of \b, which only knows ASCII letters.

/** A topic, and how a promise about it reads in each language of the list. */
export type BannedClaim = { topic: string } & Readonly<Record<ContentLocale, RegExp>>;

// Start of a Russian word: not preceded by a Cyrillic letter ("плечо" must not match "леч").
const RU = '(?<![а-яё])';

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
const EFFECT_EN_RE = `\\b(${EFFECT_EN})[a-z]*|\\b(${PHRASE_EN})\\b`;

// The body responding: "your blood pressure drops", "memory improves".
const RESULT_EN =
  '\\b(drops?|falls?|goes down|comes down|returns? to normal|normali[sz]es|improves?|gets? better|disappears?|goes away|vanish(es)?)\\b';

const EFFECT_RU = [
  'снижа',
  'снижени',
  'снизи',
  'снизя',
  'понижа',
  'понизи',
  'нормализ',
  'восстанавлива',
  'восстанови[тм]',
  'улучш',
  'усилива[ею]т',
  'усилит',
  'повыша[ею]т',
  'повысит',
  'укрепля',
  'укрепит',
  'стимулир',
  'избав',
  'устраня',
  'устрани',
  'предотвра',
  'налажива',
  'наладит',
  'разгоня',
  'борет',
  'борют',
  'борьб',
  'забудьте',
  'прощай',
  'помога[а-яё]*\\s+(при|от)',
  'помож[а-яё]*\\s+(при|от)',
].join('|');
const EFFECT_RU_RE = `${RU}(${EFFECT_RU})`;

const RESULT_RU = `${RU}(снизится|снижается|понизится|понижается|нормализуется|нормализуются|улучшится|улучшается|улучшатся|пройд[её]т|исчезнет|исчезнут|уйд[её]т)`;

/** A promise about `target`: an effect on it, or it responding, within one clause. */
function promise(effect: string, target: string, result: string, flags: string): RegExp {
  return new RegExp(`(${effect})${SAME_CLAUSE}(${target})|(${target})${SAME_CLAUSE}(${result})`, flags);
}
const promiseEn = (target: string) => promise(EFFECT_EN_RE, target, RESULT_EN, 'i');
const promiseRu = (target: string) => promise(EFFECT_RU_RE, target, RESULT_RU, 'iu');

export const BANNED_CLAIMS: readonly BannedClaim[] = [
  {
    // Promises in themselves, whatever follows.
    topic: 'cures, heals or treats',
    en: /\b(cur(e|es|ed|ing)|heal(s|ed|ing)?|treat(s|ed|ing|ment|ments)?|therap(y|ies|eutic)|remed(y|ies))\b/i,
    ru: new RegExp(`${RU}(вы|из)?леч[аеиуыя]|${RU}исцел|${RU}терапи|лечебн`, 'iu'),
  },
  {
    topic: 'blood pressure',
    en: promiseEn('\\bblood[\\s-]+pressure\\b|\\bBP\\b|\\bhypertension\\b|\\bhypotension\\b'),
    ru: promiseRu(`${RU}давлени|${RU}гипертони|${RU}гипотони|${RU}АД(?![а-яё])`),
  },
  {
    topic: 'blood flow or supply to the brain',
    en: promiseEn(
      '\\bblood[\\s-]+(flow|supply|circulation)\\b|\\bcirculation\\b|\\b(brain|cerebral)\\b|\\boxygen',
    ),
    ru: promiseRu(
      `кровоток|кровообращени|кровоснабжени|${RU}кров[ьию](?![а-яё])|${RU}мозг|${RU}церебральн|${RU}кислород`,
    ),
  },
  {
    topic: 'migraine or headache',
    en: promiseEn('\\bmigraines?\\b|\\bheadaches?\\b'),
    ru: promiseRu(`мигрен|${RU}головн[а-яё]*\\s+бол`),
  },
  {
    topic: 'memory',
    en: promiseEn('\\bmemory\\b|\\bconcentration\\b'),
    ru: promiseRu(`${RU}памят|${RU}концентраци`),
  },
  {
    topic: 'vision',
    en: promiseEn('\\b(vision|eyesight|sight)\\b'),
    ru: promiseRu(`${RU}зрени`),
  },
  {
    topic: 'vegetative-vascular dystonia',
    en: promiseEn('\\bvegetative[\\s-]+vascular\\b|\\bdystonia\\b|\\bVSD\\b'),
    ru: promiseRu(`вегето[\\s-]*сосудист|дистони|${RU}ВСД(?![а-яё])`),
  },
  {
    topic: 'diseases of the neck and spine',
    en: promiseEn(
      '\\bosteochondrosis\\b|\\b(disc )?hernias?\\b|\\bscoliosis\\b|\\bspondylosis\\b|\\btinnitus\\b',
    ),
    ru: promiseRu(`остеохондроз|${RU}грыж|сколиоз|спондил|${RU}шум[а-яё]*\\s+в\\s+ушах`),
  },
];

/** Topics of the banned claims that `text` makes, in any language; empty when clean. */
export function findBannedClaims(text: string): string[] {
  return BANNED_CLAIMS.filter((c) => CONTENT_LOCALES.some((locale) => c[locale].test(text))).map(
    (c) => c.topic,
  );
}
