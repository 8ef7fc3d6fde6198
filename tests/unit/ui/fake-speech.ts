import { vi } from 'vitest';

// A speech engine for tests: it records every utterance and finishes one only when the test says
// so, the way a real voice takes its time. `cancel()` cuts what is being said, as Chrome does
// (the cut utterance gets an error event).

export interface FakeVoice {
  lang: string;
  name: string;
  default: boolean;
  localService: boolean;
}

export const ENGLISH: FakeVoice = { lang: 'en-US', name: 'English', default: true, localService: true };
export const RUSSIAN: FakeVoice = { lang: 'ru-RU', name: 'Russian', default: false, localService: true };
export const GERMAN: FakeVoice = { lang: 'de-DE', name: 'German', default: true, localService: true };

export interface Said {
  text: string;
  lang: string;
  rate: number;
  voice: string | undefined;
  /** 'speaking' until finished: 'end' when said to its end, 'cut' when cancelled mid-way. */
  outcome: 'speaking' | 'end' | 'cut';
}

class Utterance {
  lang = '';
  rate = 1;
  voice: FakeVoice | null = null;
  onend: (() => void) | null = null;
  onerror: ((e: { error: string }) => void) | null = null;
  constructor(public text: string) {}
}

export function installFakeSpeech({
  voices = [ENGLISH, RUSSIAN],
  needsActivation = false,
}: {
  voices?: FakeVoice[];
  /** Refuse to speak ("not-allowed") until the test calls activate(), as Chrome before a click. */
  needsActivation?: boolean;
} = {}) {
  const said: Said[] = [];
  const page = { activated: !needsActivation };
  const queue: { u: Utterance; record: Said }[] = [];
  const listeners = new Set<() => void>();
  const synth = {
    get speaking() {
      return queue.length > 0;
    },
    get pending() {
      return queue.length > 1;
    },
    paused: false,
    speak(u: Utterance) {
      if (!page.activated) {
        queueMicrotask(() => u.onerror?.({ error: 'not-allowed' }));
        return;
      }
      const record: Said = {
        text: u.text,
        lang: u.lang,
        rate: u.rate,
        voice: u.voice?.name,
        outcome: 'speaking',
      };
      said.push(record);
      queue.push({ u, record });
    },
    cancel: vi.fn(() => {
      for (const { u, record } of queue.splice(0)) {
        record.outcome = 'cut';
        u.onerror?.({ error: 'interrupted' });
      }
    }),
    pause: vi.fn(),
    resume: vi.fn(),
    getVoices: () => voices,
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);

  /** Finishes the sentence being said (the queue then starts the next one, if any). */
  const finish = () => {
    const first = queue.shift();
    if (!first) return false;
    first.record.outcome = 'end';
    first.u.onend?.();
    return true;
  };
  return {
    said,
    synth,
    /** The user has clicked in the page: speech is allowed from now on. */
    activate() {
      page.activated = true;
    },
    /** The engine stops speaking without telling anyone (Chrome's lost `end` event). */
    lose() {
      queue.shift();
    },
    /** The engine fails the sentence being said (Chrome's "synthesis-failed"). */
    fail() {
      const first = queue.shift();
      if (!first) return;
      first.record.outcome = 'cut';
      first.u.onerror?.({ error: 'synthesis-failed' });
    },
    /** Texts said so far, cut ones included. */
    texts: () => said.map((s) => s.text),
    /** Texts said to their end. */
    heard: () => said.filter((s) => s.outcome === 'end').map((s) => s.text),
    finish,
    /** Lets the voice say everything it has queued. */
    finishAll() {
      for (let i = 0; i < 100 && finish(); i++);
    },
    speaking: () => queue[0]?.record.text ?? null,
    changeVoices(next: FakeVoice[]) {
      voices.splice(0, voices.length, ...next);
      for (const l of listeners) l();
    },
  };
}

export type FakeSpeech = ReturnType<typeof installFakeSpeech>;
