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
// The topics are here; each language's patterns are in its module (lang/<locale>.ts,
// `bannedClaims`), so a language brings its own. Only the tests read them: no page imports this.

export const BANNED_CLAIM_TOPICS = [
  'cures, heals or treats',
  'blood pressure',
  'blood flow or supply to the brain',
  'migraine or headache',
  'memory',
  'vision',
  'vegetative-vascular dystonia',
  'diseases of the neck and spine',
] as const;
export type BannedClaimTopic = (typeof BANNED_CLAIM_TOPICS)[number];

/** How a promise about each topic reads in one language (lang/<locale>.ts, `bannedClaims`). */
export type BannedClaimPatterns = Readonly<Record<BannedClaimTopic, RegExp>>;

/** A topic, and how a promise about it reads in each language of the list. */
export type BannedClaim = { topic: BannedClaimTopic } & Readonly<Record<ContentLocale, RegExp>>;

const patterns = await Promise.all(
  CONTENT_LOCALES.map(
    (locale) => import(`./lang/${locale}.ts`) as Promise<{ bannedClaims: BannedClaimPatterns }>,
  ),
);

export const BANNED_CLAIMS: readonly BannedClaim[] = BANNED_CLAIM_TOPICS.map(
  (topic) =>
    ({
      topic,
      ...Object.fromEntries(CONTENT_LOCALES.map((locale, i) => [locale, patterns[i]?.bannedClaims[topic]])),
    }) as BannedClaim,
);

/** Topics of the banned claims that `text` makes, in any language; empty when clean. */
export function findBannedClaims(text: string): string[] {
  return BANNED_CLAIMS.filter((c) => CONTENT_LOCALES.some((locale) => c[locale].test(text))).map(
    (c) => c.topic,
  );
}
