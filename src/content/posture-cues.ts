import type { ContentLocale } from './locale';

// Body text of the light posture-check notification, one cue per check, in a stable order so the
// engine can rotate through them by a counter. Both languages are here because the background
// worker picks the cue and has no startup budget to protect. Each cue fits in 90 characters.

export const POSTURE_CUES: Readonly<Record<ContentLocale, readonly string[]>> = {
  en: [
    'Let your shoulders drop away from your ears.',
    'Is the top of your screen at eye level?',
    'Feet flat on the floor, knees about level with your hips.',
    'Chin level: draw your head back over your shoulders.',
    'Unclench your jaw and let your tongue rest.',
    'Blink a few times and look into the distance for a moment.',
    'Sit back and let the chair support your lower back.',
    'Take one slow breath and let your belly rise.',
    'Elbows close to your body, wrists straight.',
    'Lengthen the back of your neck, as if the crown were drawn up.',
    'Soften your forehead and the space between your eyebrows.',
    'Pull the keyboard and screen closer instead of leaning toward them.',
  ],
  ru: [
    'Опустите плечи, пусть они отойдут от ушей.',
    'Верхний край экрана — на уровне глаз?',
    'Стопы на полу, колени примерно на уровне бёдер.',
    'Подбородок ровно: верните голову назад, к линии плеч.',
    'Разожмите зубы и расслабьте язык.',
    'Поморгайте и ненадолго посмотрите вдаль.',
    'Сядьте глубже и обопритесь поясницей на спинку стула.',
    'Сделайте один медленный вдох животом.',
    'Локти ближе к телу, запястья прямые.',
    'Вытяните шею, будто макушку тянут вверх за ниточку.',
    'Расслабьте лоб и межбровье.',
    'Придвиньте к себе клавиатуру и экран, а не тянитесь к ним.',
  ],
};

/** The cue for the n-th posture check (any integer; it wraps around the list). */
export function postureCueAt(locale: ContentLocale, n: number): string {
  const cues = POSTURE_CUES[locale];
  const i = ((Math.trunc(n) % cues.length) + cues.length) % cues.length;
  return cues[i] as string;
}
