import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEXT_EN } from '@/src/content/text.en';
import { chime } from '@/src/platform/audio';
import { resetProtocol } from './fake-protocol';
import { advance, button, openPlayer } from './player-support';
import { settingsWith, stubBrowser, T0 } from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));
// Web Audio itself cannot be heard in a test; what matters is when the player asks for a chime.
vi.mock('@/src/platform/audio', () => ({ chime: vi.fn() }));

/** A speech engine with one English and one Russian voice, recording what it is asked to say. */
function fakeSpeech() {
  const said: { text: string; lang: string; rate: number; voice: string | undefined }[] = [];
  const voices = [
    { lang: 'en-US', name: 'English', default: true, localService: true },
    { lang: 'ru-RU', name: 'Russian', default: false, localService: true },
  ];
  class Utterance {
    lang = '';
    rate = 1;
    voice: { name: string } | null = null;
    constructor(public text: string) {}
  }
  const synth = {
    speak: (u: Utterance) => said.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name }),
    cancel: vi.fn(),
    getVoices: () => voices,
  };
  vi.stubGlobal('speechSynthesis', synth);
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  return { said, synth };
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0, toFake: ['Date', 'setInterval', 'clearInterval'] });
  resetProtocol();
  stubBrowser();
  vi.mocked(chime).mockClear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('player: chime', () => {
  it('chimes softly at each step change and differently at the end', async () => {
    await openPlayer({ variant: 'quick' });
    expect(chime).not.toHaveBeenCalled();
    await advance(3000);
    expect(vi.mocked(chime).mock.calls).toEqual([['step']]);
    fireEvent.click(button('Next'));
    expect(vi.mocked(chime).mock.calls).toEqual([['step'], ['step']]);
    await advance(120_000);
    expect(vi.mocked(chime).mock.calls.at(-1)).toEqual(['end']);
  });

  it('can be muted from the player for now, and stays silent when turned off in settings', async () => {
    await openPlayer();
    const sound = button('Sound');
    expect(sound.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(sound);
    expect(sound.getAttribute('aria-pressed')).toBe('false');
    await advance(3000);
    expect(chime).not.toHaveBeenCalled();
    cleanup();
    await openPlayer({ settings: settingsWith({ routine: { chime: false } }) });
    expect(screen.queryByRole('button', { name: 'Sound' })).toBeNull();
    await advance(3000);
    expect(chime).not.toHaveBeenCalled();
  });
});

describe('player: voice', () => {
  it("reads each new step's name and instruction in the UI language, at the chosen rate", async () => {
    const { said } = fakeSpeech();
    await openPlayer({ settings: settingsWith({ routine: { voice: true, voiceRate: 0.8 } }) });
    await advance(3000);
    const step = TEXT_EN.steps['ex-posture'];
    expect(said).toEqual([
      { text: `${step.name}. ${step.instruction}`, lang: 'en-US', rate: 0.8, voice: 'English' },
    ]);
    fireEvent.click(button('Next'));
    const next = TEXT_EN.steps['ex-metronome-r'];
    expect(said.at(-1)?.text).toBe(`${next.name}. ${next.sideLabel}. ${next.instruction}`);
  });

  it('stops talking on Pause, and can be muted from the player', async () => {
    const { said, synth } = fakeSpeech();
    await openPlayer({ settings: settingsWith({ routine: { voice: true } }) });
    await advance(3000);
    synth.cancel.mockClear();
    fireEvent.click(button('Pause'));
    expect(synth.cancel).toHaveBeenCalled();
    fireEvent.click(button('Resume'));
    fireEvent.click(button('Voice'));
    expect(button('Voice').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button('Next'));
    expect(said).toHaveLength(1);
  });

  it('is not offered when voice is off in settings or the browser cannot speak', async () => {
    await openPlayer({ settings: settingsWith({ routine: { voice: true } }) });
    expect(screen.queryByRole('button', { name: 'Voice' })).toBeNull();
    cleanup();
    fakeSpeech();
    await openPlayer();
    expect(screen.queryByRole('button', { name: 'Voice' })).toBeNull();
  });

  it('says nothing rather than read the text with a voice of another language', async () => {
    const { said } = fakeSpeech();
    vi.stubGlobal('speechSynthesis', {
      speak: (u: { text: string }) => said.push({ text: u.text, lang: '', rate: 1, voice: undefined }),
      cancel: () => undefined,
      getVoices: () => [{ lang: 'de-DE', name: 'German', default: true, localService: true }],
    });
    await openPlayer({ settings: settingsWith({ routine: { voice: true } }) });
    await advance(3000);
    expect(said).toEqual([]);
  });
});
