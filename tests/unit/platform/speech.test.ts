import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSpeechQueue, VOICE_LIST_WAIT_MS, type VoiceStatus, watchVoice } from '@/src/platform/speech';
import { ENGLISH, GERMAN, installFakeSpeech, RUSSIAN } from '@/tests/unit/ui/fake-speech';

// The speech queue: one sentence at a time, none cut off by the next; cutting is the caller's
// decision alone (Next, Previous, Stop, closing), and a pause picks up with the whole sentence.

const EN = { lang: 'en', rate: 1 };
const items = (...texts: string[]) => texts.map((text) => ({ text }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('speech queue', () => {
  it('says one sentence at a time, in order, each only after the one before has ended', () => {
    const speech = installFakeSpeech();
    const q = createSpeechQueue();
    q.say(items('One.', 'Two.'), EN);
    q.say(items('Three.'), EN);
    expect(speech.texts()).toEqual(['One.']);
    speech.finish();
    expect(speech.texts()).toEqual(['One.', 'Two.']);
    speech.finishAll();
    expect(speech.heard()).toEqual(['One.', 'Two.', 'Three.']);
    expect(speech.synth.cancel).not.toHaveBeenCalled();
  });

  it('picks a voice of the language and speaks at the chosen rate', () => {
    const speech = installFakeSpeech();
    createSpeechQueue().say(items('Раз.'), { lang: 'ru', rate: 0.8 });
    expect(speech.said[0]).toMatchObject({ lang: 'ru-RU', voice: 'Russian', rate: 0.8 });
  });

  it('dropping what waits lets the sentence being said finish', () => {
    const speech = installFakeSpeech();
    const q = createSpeechQueue();
    q.say(items('Hold.', 'Next: left.'), EN);
    q.dropPending();
    q.say(items('Left ear toward your shoulder.'), EN);
    expect(speech.synth.cancel).not.toHaveBeenCalled();
    speech.finishAll();
    expect(speech.heard()).toEqual(['Hold.', 'Left ear toward your shoulder.']);
  });

  it('cancel cuts the sentence off, forgets the queue, and a cut sentence is not reported as said', () => {
    const speech = installFakeSpeech();
    const q = createSpeechQueue();
    const spoken = vi.fn();
    q.say([{ text: 'Stop at any pain or dizziness.', onSpoken: spoken }, { text: 'Sit tall.' }], EN);
    q.cancel();
    expect(speech.said.map((s) => s.outcome)).toEqual(['cut']);
    speech.finishAll();
    expect(speech.texts()).toEqual(['Stop at any pain or dizziness.']);
    expect(spoken).not.toHaveBeenCalled();
    q.say([{ text: 'Again.', onSpoken: spoken }], EN);
    speech.finish();
    expect(spoken).toHaveBeenCalledOnce();
  });

  it('pause silences at once; resume says the cut sentence again from its start, then the rest', () => {
    const speech = installFakeSpeech();
    const q = createSpeechQueue();
    q.say(items('Right ear toward your shoulder, face forward.', 'Hold.'), EN);
    q.pause();
    expect(speech.said.map((s) => s.outcome)).toEqual(['cut']);
    q.say(items('Slowly back up.'), EN);
    expect(speech.texts()).toHaveLength(1);
    q.resume();
    speech.finishAll();
    expect(speech.heard()).toEqual([
      'Right ear toward your shoulder, face forward.',
      'Hold.',
      'Slowly back up.',
    ]);
  });

  it('cancel while paused ends the pause too: the next sentence is said at once', () => {
    const speech = installFakeSpeech();
    const q = createSpeechQueue();
    q.say(items('Old step.'), EN);
    q.pause();
    q.cancel();
    q.say(items('New step.'), EN);
    speech.finishAll();
    expect(speech.heard()).toEqual(['New step.']);
  });

  it('an error moves on to the next sentence', () => {
    const speech = installFakeSpeech();
    const q = createSpeechQueue();
    const spoken = vi.fn();
    q.say([{ text: 'One.', onSpoken: spoken }, { text: 'Two.' }], EN);
    speech.fail();
    expect(speech.speaking()).toBe('Two.');
    expect(spoken).not.toHaveBeenCalled();
  });

  it('tells when the browser refuses to speak before a click, and drops what waited', async () => {
    const speech = installFakeSpeech({ needsActivation: true });
    const q = createSpeechQueue();
    const blocked = vi.fn();
    const stop = q.onBlocked(blocked);
    q.say(items('One.', 'Two.'), EN);
    await vi.waitFor(() => expect(blocked).toHaveBeenCalledOnce());
    speech.activate();
    q.say(items('Three.'), EN);
    speech.finishAll();
    expect(speech.heard()).toEqual(['Three.']);
    stop();
  });

  it('says nothing when the browser lists voices but none of this language', () => {
    const speech = installFakeSpeech({ voices: [GERMAN] });
    createSpeechQueue().say(items('Hold.'), EN);
    expect(speech.texts()).toEqual([]);
  });

  it('speaks by language tag while the browser is still loading its voice list', () => {
    const speech = installFakeSpeech({ voices: [] });
    createSpeechQueue().say(items('Hold.'), EN);
    expect(speech.said).toEqual([
      { text: 'Hold.', lang: 'en', rate: 1, voice: undefined, outcome: 'speaking' },
    ]);
  });

  it('moves on when the engine never reports the end of a sentence and has stopped speaking', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const speech = installFakeSpeech();
    const q = createSpeechQueue();
    q.say(items('One.', 'Two.'), EN);
    vi.advanceTimersByTime(60_000);
    // Still speaking, as far as the engine says: the queue waits.
    expect(speech.texts()).toEqual(['One.']);
    speech.lose();
    expect(speech.texts()).toEqual(['One.']);
    vi.advanceTimersByTime(60_000);
    expect(speech.texts()).toEqual(['One.', 'Two.']);
  });

  it('does nothing where the browser has no speech at all', () => {
    const q = createSpeechQueue();
    expect(() => {
      q.say(items('Hold.'), EN);
      q.pause();
      q.resume();
      q.cancel();
    }).not.toThrow();
  });
});

describe('watching for a voice', () => {
  it('is ready when the browser has a voice of the language, missing when it has others only', () => {
    installFakeSpeech({ voices: [ENGLISH, GERMAN] });
    const en: VoiceStatus[] = [];
    const ru: VoiceStatus[] = [];
    const stop = [watchVoice('en', (s) => en.push(s)), watchVoice('ru', (s) => ru.push(s))];
    expect([en, ru]).toEqual([['ready'], ['missing']]);
    for (const s of stop) s();
  });

  it('waits for the voice list, and calls it missing if it never comes', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const speech = installFakeSpeech({ voices: [] });
    const seen: VoiceStatus[] = [];
    const stop = watchVoice('ru', (s) => seen.push(s));
    expect(seen).toEqual(['checking']);
    speech.changeVoices([ENGLISH, RUSSIAN]);
    expect(seen.at(-1)).toBe('ready');
    stop();

    const late = installFakeSpeech({ voices: [] });
    const never: VoiceStatus[] = [];
    watchVoice('en', (s) => never.push(s));
    vi.advanceTimersByTime(VOICE_LIST_WAIT_MS);
    expect(never).toEqual(['checking', 'missing']);
    late.changeVoices([ENGLISH]);
    expect(never.at(-1)).toBe('ready');
  });

  it('is missing where the browser has no speech at all', () => {
    const seen: VoiceStatus[] = [];
    watchVoice('en', (s) => seen.push(s));
    expect(seen).toEqual(['missing']);
  });
});
