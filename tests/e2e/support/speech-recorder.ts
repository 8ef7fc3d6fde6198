import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { EXTENSION_DIR } from './extension';

// A speech engine that records instead of speaking, installed in every page before the page's own
// scripts run (an init script). It "says" each utterance for as long as a voice at the budget's
// speed would (2.4 English or 2.0 Russian words a second at rate 1), on the page's timers, so
// Playwright's clock drives it like everything else. Its voices can be changed from a test.

export interface Recorded {
  text: string;
  lang: string;
  rate: number;
  voice: string | null;
  /** Page time (Date.now) when it started and ended; null while waiting or speaking. */
  startedAt: number | null;
  endedAt: number | null;
  outcome: 'waiting' | 'speaking' | 'end' | 'cut';
}

export interface RecorderVoice {
  lang: string;
  name: string;
  default: boolean;
  localService: boolean;
  voiceURI: string;
}

export const RECORDER_VOICES: RecorderVoice[] = [
  { lang: 'en-US', name: 'Recorder English', default: true, localService: true, voiceURI: 'recorder-en' },
  { lang: 'ru-RU', name: 'Recorder Russian', default: false, localService: true, voiceURI: 'recorder-ru' },
];

function recorder(voices: RecorderVoice[]) {
  const WORDS_PER_SECOND: Record<string, number> = { en: 2.4, ru: 2.0 };
  const log: Recorded[] = [];
  const state = { voices };
  type Entry = { u: RecordedUtterance; record: Recorded };
  let queue: Entry[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<() => void>();

  class RecordedUtterance extends EventTarget {
    lang = '';
    rate = 1;
    voice: RecorderVoice | null = null;
    onend: ((e: Event) => void) | null = null;
    onerror: ((e: Event) => void) | null = null;
    constructor(public text: string) {
      super();
    }
  }
  const words = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const fire = (u: RecordedUtterance, type: 'end' | 'error') => {
    const e = new Event(type);
    if (type === 'error') Object.assign(e, { error: 'interrupted' });
    u.dispatchEvent(e);
    (type === 'end' ? u.onend : u.onerror)?.(e);
  };
  const startNext = () => {
    const entry = queue[0];
    if (!entry || entry.record.startedAt !== null) return;
    entry.record.startedAt = Date.now();
    entry.record.outcome = 'speaking';
    const perSecond = WORDS_PER_SECOND[entry.u.lang.slice(0, 2)] ?? 2.4;
    const ms = ((words(entry.u.text) / perSecond) * 1000) / (entry.u.rate || 1);
    timer = setTimeout(() => {
      timer = null;
      queue.shift();
      entry.record.endedAt = Date.now();
      entry.record.outcome = 'end';
      fire(entry.u, 'end');
      startNext();
    }, ms);
  };
  const synth = {
    get speaking() {
      return queue.length > 0;
    },
    get pending() {
      return queue.length > 1;
    },
    paused: false,
    speak(u: RecordedUtterance) {
      const record: Recorded = {
        text: u.text,
        lang: u.lang,
        rate: u.rate,
        voice: u.voice?.name ?? null,
        startedAt: null,
        endedAt: null,
        outcome: 'waiting',
      };
      log.push(record);
      queue.push({ u, record });
      startNext();
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      const cut = queue;
      queue = [];
      for (const { u, record } of cut) {
        record.outcome = 'cut';
        record.endedAt = Date.now();
        fire(u, 'error');
      }
    },
    pause() {},
    resume() {},
    getVoices: () => state.voices,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: RecordedUtterance, configurable: true });
  Object.defineProperty(window, '__napeSpeech', {
    value: {
      log,
      setVoices(next: RecorderVoice[]) {
        state.voices = next;
        for (const l of listeners) l();
      },
    },
  });
}

/** Installs the recorder in every page the context opens from now on. */
export const installSpeechRecorder = (context: BrowserContext, voices = RECORDER_VOICES) =>
  context.addInitScript(recorder, voices);

/** What the recorder leaves on the page's window (read with Reflect: the DOM's Window type lacks it). */
type NapeSpeech = { log: Recorded[]; setVoices(v: RecorderVoice[]): void };

/** What the page's voice has said (or been asked to say) so far. */
export const recordedSpeech = (page: Page) =>
  page.evaluate(() => (Reflect.get(window, '__napeSpeech') as NapeSpeech).log);

export const setRecorderVoices = (page: Page, voices: RecorderVoice[]) =>
  page.evaluate((v) => (Reflect.get(window, '__napeSpeech') as NapeSpeech).setVoices(v), voices);

/** A UI string as the built extension ships it (so a test follows the wording that lands). */
export function message(lang: 'en' | 'ru', key: string): string {
  const file = `${EXTENSION_DIR}/_locales/${lang}/messages.json`;
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  const found = messages[key.replaceAll('.', '_')]?.message;
  if (found === undefined) throw new Error(`no message ${key} in ${file}`);
  return found;
}

/** The stored routine session, read in the page. */
export const storedRoutine = (page: Page) =>
  page.evaluate(async () => {
    const { routine } = await chrome.storage.session.get('routine');
    return routine as
      | { startedAt: number; pausedAt: number | null; pausedTotalMs: number; jumpMs: number }
      | undefined;
  });
