// Medical promises the product must never make (routine-content.md §4, "UI copy to avoid"): the
// seed and many public pages claim effects on blood pressure, blood supply to the brain, migraine,
// memory, vision and "vegetative-vascular dystonia", and to cure or heal. The check is literal, so
// the copy avoids these words even where no promise is meant (the contraindications say
// "hypertension that is not under control", not "high blood pressure").
//
// Russian patterns use explicit letter look-arounds instead of \b, which only knows ASCII letters.

export interface BannedClaim {
  topic: string;
  en: RegExp;
  ru: RegExp;
}

// Start of a Russian word: not preceded by a Cyrillic letter ("плечо" must not match "леч").
const RU = '(?<![а-яё])';

export const BANNED_CLAIMS: readonly BannedClaim[] = [
  {
    topic: 'blood pressure',
    en: /\bblood[\s-]+pressure\b|\bBP\b/i,
    ru: new RegExp(`${RU}(артериальн|кровян)[а-яё]*\\s+давлени|${RU}АД(?![а-яё])`, 'iu'),
  },
  {
    topic: 'blood flow or supply to the brain',
    en: /\bblood[\s-]+(flow|supply|circulation)\b|\b(brain|cerebral)\b/i,
    ru: new RegExp(
      `кровоток|кровообращени|кровоснабжени|${RU}(головн[а-яё]*\\s+)?мозг|${RU}церебральн`,
      'iu',
    ),
  },
  {
    topic: 'cures, heals or treats',
    en: /\b(cur(e|es|ed|ing)|heal(s|ed|ing)?|treat(s|ed|ing|ment|ments)?|therap(y|ies|eutic)|remed(y|ies))\b/i,
    ru: new RegExp(`${RU}(вы|из)?леч[аеиуыя]|${RU}исцел|${RU}терапи|лечебн`, 'iu'),
  },
  { topic: 'migraine', en: /\bmigraines?\b/i, ru: /мигрен/iu },
  { topic: 'memory', en: /\bmemory\b|\bmemoris|\bmemoriz/i, ru: new RegExp(`${RU}памят`, 'iu') },
  { topic: 'vision', en: /\b(vision|eyesight)\b/i, ru: new RegExp(`${RU}зрени`, 'iu') },
  {
    topic: 'vegetative-vascular dystonia',
    en: /\bvegetative[\s-]+vascular\b|\bdystonia\b|\bVSD\b/i,
    ru: new RegExp(`вегето[\\s-]*сосудист|дистони|${RU}ВСД(?![а-яё])`, 'iu'),
  },
];

/** Topics of the banned claims that `text` mentions, in either language; empty when clean. */
export function findBannedClaims(text: string): string[] {
  return BANNED_CLAIMS.filter((c) => c.en.test(text) || c.ru.test(text)).map((c) => c.topic);
}
