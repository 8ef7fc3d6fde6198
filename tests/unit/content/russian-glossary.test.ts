// @vitest-environment node
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';
import { text as TEXT_RU } from '@/src/content/lang/ru';
import { POSTURE_CUES } from './by-locale';
import { stringsOf } from './helpers';

// The Russian glossary (one term per thing, names Russians know, no calques), guarded where a
// regular expression can: everything a Russian-speaking user reads, from the routine's content to
// the popup, the notifications, the options page and the posture checks.

const messages = await parseMessagesFile('src/locales/ru.yml');
const ui = new Map(
  messages.map((m) => [
    m.key.join('.'),
    m.type === 'plural' ? Object.values(m.plurals).join(' ') : m.message,
  ]),
);
const RUSSIAN: [where: string, text: string][] = [
  ...[...ui].map(([key, text]): [string, string] => [`ru.yml ${key}`, text]),
  ...stringsOf({ ...TEXT_RU, locale: undefined }, 'text.ru'),
  ...stringsOf(POSTURE_CUES.ru, 'posture'),
];

// Start and end of a Russian word (\b knows only ASCII letters).
const W = '(?<![а-яё])';
const E = '(?![а-яё])';

const BANNED: [why: string, pattern: RegExp][] = [
  ['the routine is «комплекс», never «разминка»', new RegExp(`${W}разминк`, 'iu')],
  ['the quick routine is «Короткий комплекс»', /быстр[а-яё]*\s+комплекс/iu],
  [
    '«Короткий» never stands alone for the quick routine',
    new RegExp(`${W}коротк(ий|ого|ому|им|ом)${E}(?!\\s+комплекс)`, 'iu'),
  ],
  ['calque: «в левой/правой стороне шеи»', /в (левой|правой) стороне/iu],
  ['calque: «вернитесь в центр» / «через центр»', /вернитесь (в|через) центр/iu],
  ['calque: «локоть поднят горизонтально»', /горизонтальн/iu],
  ['calque: «ощущаться как»', /ощущать(ся)? как/iu],
  ['calque: «Прочитайте это один раз»', /прочитайте это/iu],
  ['calque: «для шеи для тех»', new RegExp(`${W}для\\s+[а-яё]+\\s+для${E}`, 'iu')],
  ['screen time is «время за экраном», one term', new RegExp(`${W}экранн[а-яё]+\\s+врем`, 'iu')],
  ['«вы», never «ты»', new RegExp(`${W}(ты|тебя|тебе|твой|твоя|твои)${E}`, 'iu')],
];

describe('Russian glossary', () => {
  it('reads every Russian string the product shows', () => {
    expect(RUSSIAN.length).toBeGreaterThan(300);
  });

  it.each(BANNED)('%s', (_, pattern) => {
    const offending = RUSSIAN.filter(([, text]) => pattern.test(text)).map(
      ([where, text]) => `${where}: ${text}`,
    );
    expect(offending).toEqual([]);
  });

  it('the quick routine has one name everywhere it is named, the full routine too', () => {
    for (const text of [
      TEXT_RU.variants.quick.name,
      ui.get('popup.routine.quick'),
      ui.get('notify.quick'),
      ui.get('options.routine.quick'),
      ui.get('options.history.quick'),
    ]) {
      expect(text).toMatch(/^Короткий комплекс/);
    }
    for (const text of [
      TEXT_RU.variants.full.name,
      ui.get('popup.routine.full'),
      ui.get('options.routine.full'),
      ui.get('options.history.full'),
    ]) {
      expect(text).toMatch(/^Полный комплекс/);
    }
  });

  it('the two parts are «гимнастика для шеи» and «самомассаж»', () => {
    expect(TEXT_RU.phases).toEqual({ exercise: 'Гимнастика для шеи', massage: 'Самомассаж' });
  });

  it('the exercises carry the names Russians know from Shishonin’s gymnastics', () => {
    const names = {
      'ex-metronome-r': 'Метроном',
      'ex-metronome-l': 'Метроном',
      'ex-spring-down': 'Пружина',
      'ex-spring-up': 'Пружина',
      'ex-goose-r': 'Гусь',
      'ex-goose-l': 'Гусь',
      'ex-sky-r': 'Взгляд в небо',
      'ex-sky-l': 'Взгляд в небо',
      'ex-frame-r': 'Рамка',
      'ex-frame-l': 'Рамка',
      'ex-heron': 'Цапля',
    } as const;
    for (const [id, name] of Object.entries(names)) {
      expect(TEXT_RU.steps[id as keyof typeof names].name.startsWith(name), id).toBe(true);
    }
  });

  it('catches the calques it guards against', () => {
    const old = 'Задержитесь на лёгком натяжении в правой стороне шеи и медленно вернитесь в центр.';
    expect(BANNED.filter(([, p]) => p.test(old))).toHaveLength(2);
    expect(BANNED.some(([, p]) => p.test('Короткая разминка, 2 мин'))).toBe(true);
    expect(BANNED.some(([, p]) => p.test('Короткий, 2 минуты'))).toBe(true);
  });
});
