// Voice guidance through the Web Speech API: a queue that says one sentence at a time and never
// cuts one off to start the next, and a watch on whether the browser has a voice for the language.
// Everything here degrades quietly (headless Chromium may have no voices, some Linux desktops no
// speech engine at all); the player tells the user in text when there is no voice (watchVoice).

const synth = (): SpeechSynthesis | null =>
  typeof globalThis.speechSynthesis === 'object' && globalThis.speechSynthesis !== null
    ? globalThis.speechSynthesis
    : null;

/** The browser has the Web Speech API (it may still have no voice for a language: watchVoice). */
export const speechAvailable = (): boolean =>
  synth() !== null && typeof globalThis.SpeechSynthesisUtterance === 'function';

/** A voice for the language ("ru", "en"): the default first, then a local one, then any. */
export function voiceFor(
  lang: string,
  voices: readonly SpeechSynthesisVoice[],
): SpeechSynthesisVoice | undefined {
  const ofLang = voices.filter((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang);
  return ofLang.find((v) => v.default) ?? ofLang.find((v) => v.localService) ?? ofLang[0];
}

export type VoiceStatus = 'checking' | 'ready' | 'missing';

/**
 * Chrome fills the voice list asynchronously and says so with `voiceschanged`; a browser with no
 * speech engine never does. A list still empty after this long means there is no voice.
 */
export const VOICE_LIST_WAIT_MS = 2000;

/** Calls back with whether the browser can speak `lang`, now and whenever its voices change. */
export function watchVoice(lang: string, callback: (status: VoiceStatus) => void): () => void {
  const s = synth();
  if (!s) {
    callback('missing');
    return () => undefined;
  }
  const check = (waited: boolean) => {
    const voices = s.getVoices();
    if (voices.length > 0) callback(voiceFor(lang, voices) ? 'ready' : 'missing');
    else callback(waited ? 'missing' : 'checking');
  };
  const onChange = () => check(false);
  s.addEventListener?.('voiceschanged', onChange);
  const timer = setTimeout(() => check(true), VOICE_LIST_WAIT_MS);
  check(false);
  return () => {
    s.removeEventListener?.('voiceschanged', onChange);
    clearTimeout(timer);
  };
}

export interface SpeechItem {
  text: string;
  /** Called once the sentence has been said to its end (not when it was cut off or dropped). */
  onSpoken?: () => void;
}

/** BCP 47 language of the text ("en", "ru") and the user's speaking rate (1 = normal). */
export interface VoiceChoice {
  lang: string;
  rate: number;
}

/**
 * One sentence at a time, in order. Nothing queued ever cuts off the sentence being said; only the
 * caller can, with cancel() or pause().
 */
export interface SpeechQueue {
  /** Adds sentences after everything already queued. */
  say(items: readonly SpeechItem[], voice: VoiceChoice): void;
  /** Forgets what has not started yet; the sentence being said is finished. */
  dropPending(): void;
  /** Silence now, and a fresh start: the sentence being said is cut off, the queue emptied, a pause ended. */
  cancel(): void;
  /**
   * Silence until resume(). The sentence being said is cut off and said again from its start on
   * resume, followed by what was queued: speechSynthesis.pause() is not dependable (Chrome on Linux
   * keeps talking, and Chrome drops a long-paused utterance), and a whole sentence after a pause is
   * easier to follow than its second half.
   */
  pause(): void;
  resume(): void;
  /**
   * Calls back when the browser refuses to speak until the user has clicked or pressed a key in
   * the page (Chrome since M71: a routine window opened by a notification or by Pop out has had
   * no click yet). What was queued is dropped: it would be refused too.
   */
  onBlocked(listener: () => void): () => void;
}

interface Entry {
  item: SpeechItem;
  voice: VoiceChoice;
}

export interface SpeechEnv {
  synth: () => SpeechSynthesis | null;
  Utterance: () => typeof SpeechSynthesisUtterance | undefined;
}

const browserEnv: SpeechEnv = { synth, Utterance: () => globalThis.SpeechSynthesisUtterance };

/**
 * Chrome sometimes never fires `end` (a long utterance, an utterance garbage-collected mid-way).
 * If neither `end` nor `error` has come after this long for the sentence's length and the engine
 * is no longer speaking, the queue moves on rather than fall silent for the rest of the routine.
 */
const watchdogMs = (text: string, rate: number) => (5000 + text.length * 150) / Math.max(rate, 0.1);

export function createSpeechQueue(env: SpeechEnv = browserEnv): SpeechQueue {
  let pending: Entry[] = [];
  let current: {
    entry: Entry;
    utterance: SpeechSynthesisUtterance;
    timer: ReturnType<typeof setTimeout>;
  } | null = null;
  let paused = false;
  const blockedListeners = new Set<() => void>();

  const finish = (utterance: SpeechSynthesisUtterance, spoken: boolean) => {
    // Events of an utterance that was cut off arrive late; they are not about the current one.
    if (current?.utterance !== utterance) return;
    clearTimeout(current.timer);
    const { entry } = current;
    current = null;
    if (spoken) entry.item.onSpoken?.();
    speakNext();
  };

  const watch = (utterance: SpeechSynthesisUtterance, entry: Entry): ReturnType<typeof setTimeout> =>
    setTimeout(
      () => {
        if (current?.utterance !== utterance) return;
        if (env.synth()?.speaking) current.timer = watch(utterance, entry);
        else finish(utterance, false);
      },
      watchdogMs(entry.item.text, entry.voice.rate),
    );

  function speakNext(): void {
    if (paused || current) return;
    const entry = pending.shift();
    if (!entry) return;
    const s = env.synth();
    const Utterance = env.Utterance();
    if (!s || typeof Utterance !== 'function') {
      pending = [];
      return;
    }
    try {
      const voices = s.getVoices();
      const voice = voiceFor(entry.voice.lang, voices);
      // Listed voices, none of this language: Russian read by an English voice is worse than
      // silence (the player says in text that there is no voice). An empty list is Chrome still
      // loading it: the language tag alone then picks the voice.
      if (voices.length > 0 && !voice) {
        pending = [];
        return;
      }
      const utterance = new Utterance(entry.item.text);
      utterance.lang = voice?.lang ?? entry.voice.lang;
      if (voice) utterance.voice = voice;
      utterance.rate = entry.voice.rate;
      utterance.onend = () => finish(utterance, true);
      utterance.onerror = (e) => {
        if ((e as { error?: string }).error === 'not-allowed' && current?.utterance === utterance) {
          pending = [];
          for (const l of blockedListeners) l();
        }
        finish(utterance, false);
      };
      current = { entry, utterance, timer: watch(utterance, entry) };
      if (s.paused) s.resume();
      s.speak(utterance);
    } catch {
      // No speech engine after all: the text is on screen.
      current = null;
      pending = [];
    }
  }

  const silence = () => {
    if (current) clearTimeout(current.timer);
    current = null;
    try {
      env.synth()?.cancel();
    } catch {
      // nothing to stop
    }
  };

  return {
    say(items, voice) {
      pending.push(...items.map((item) => ({ item, voice })));
      speakNext();
    },
    dropPending() {
      pending = [];
    },
    cancel() {
      pending = [];
      paused = false;
      silence();
    },
    pause() {
      if (paused) return;
      paused = true;
      if (current) pending.unshift(current.entry);
      silence();
    },
    resume() {
      if (!paused) return;
      paused = false;
      speakNext();
    },
    onBlocked(listener) {
      blockedListeners.add(listener);
      return () => blockedListeners.delete(listener);
    },
  };
}

let pageQueue: SpeechQueue | null = null;

/** The page's one queue: two players in one page would otherwise talk over each other. */
export function pageSpeechQueue(): SpeechQueue {
  pageQueue ??= createSpeechQueue();
  return pageQueue;
}
