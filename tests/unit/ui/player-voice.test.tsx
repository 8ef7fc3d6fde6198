import { act, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildCueTimeline } from '@/src/content/cue-timeline';
import { script as SCRIPT_EN } from '@/src/content/lang/en';
import { getVariant } from '@/src/content/variants';
import { GET_READY_MS } from '@/src/core/routine';
import type { Settings } from '@/src/core/settings/schema';
import { GERMAN, installFakeSpeech } from './fake-speech';
import { advance, button, openPlayer } from './player-support';
import { closePage, settingsWith, T0, useUiTestEnvironment } from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));
vi.mock('@/src/platform/audio', () => ({ chime: vi.fn() }));

// The voice in the player, against a fake speech engine that finishes a sentence only when the
// test says so: the cues of each step as the routine plays, what Pause, Next, Previous and
// closing do to what is being said, the Voice switch, and a browser with no voice.

useUiTestEnvironment();
const close = closePage;

const voiceOn = (patch: Partial<Settings['routine']> = {}) =>
  settingsWith({ routine: { voice: true, ...patch } });
const storedSettings = async () =>
  (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
const steps = SCRIPT_EN.steps;

describe('the voice guide', () => {
  it('speaks the whole quick routine cue by cue, in order, never cutting a sentence off', async () => {
    const speech = installFakeSpeech();
    await openPlayer({ variant: 'quick', settings: voiceOn() });
    const expected = buildCueTimeline(getVariant('quick'), SCRIPT_EN, { leadInMs: GET_READY_MS }).cues.map(
      (c) => c.text,
    );
    for (let s = 0; s < 125 && screen.queryByRole('timer'); s++) {
      await advance(1000);
      speech.finishAll();
    }
    expect(screen.queryByRole('timer')).toBeNull();
    expect(speech.heard()).toEqual(expected);
    expect(speech.said.every((s) => s.outcome === 'end')).toBe(true);
  });

  it('speaks in the UI language at the chosen rate', async () => {
    const speech = installFakeSpeech();
    await openPlayer({ settings: voiceOn({ voiceRate: 0.8 }) });
    await vi.waitFor(() =>
      expect(speech.said[0]).toEqual({
        text: SCRIPT_EN.stopRule,
        lang: 'en-US',
        rate: 0.8,
        voice: 'English',
        outcome: 'speaking',
      }),
    );
  });

  it('a step that ends lets the sentence being said finish, and drops what still waited for it', async () => {
    const speech = installFakeSpeech();
    await openPlayer({ variant: 'quick', settings: voiceOn() });
    await vi.waitFor(() => expect(speech.speaking()).toBe(SCRIPT_EN.stopRule));
    // The stop rule is still being said (a slow voice) while Metronome right plays through.
    await advance(18_500);
    expect(speech.synth.cancel).not.toHaveBeenCalled();
    speech.finishAll();
    expect(speech.heard()).toEqual([SCRIPT_EN.stopRule, steps['ex-metronome-l'].start]);
  });

  it('Pause silences it; Resume says the interrupted sentence again', async () => {
    const speech = installFakeSpeech();
    await openPlayer({ variant: 'quick', settings: voiceOn() });
    await vi.waitFor(() => expect(speech.speaking()).toBe(SCRIPT_EN.stopRule));
    fireEvent.click(button('Pause'));
    expect(speech.said.map((s) => s.outcome)).toEqual(['cut']);
    await advance(20_000);
    expect(speech.texts()).toEqual([SCRIPT_EN.stopRule]);
    fireEvent.click(button('Resume'));
    await advance(1000);
    expect(speech.speaking()).toBe(SCRIPT_EN.stopRule);
    speech.finishAll();
    expect(speech.heard()).toEqual([SCRIPT_EN.stopRule]);
  });

  it('Next and Previous cut the old step off and speak the new one from its start', async () => {
    const speech = installFakeSpeech();
    await openPlayer({ variant: 'quick', settings: voiceOn() });
    await vi.waitFor(() => expect(speech.speaking()).toBe(SCRIPT_EN.stopRule));
    speech.finishAll();
    await advance(4000);
    expect(speech.speaking()).toBe('Sit tall.');

    fireEvent.click(button('Next'));
    await advance(1000);
    expect(speech.said.find((s) => s.text === 'Sit tall.')?.outcome).toBe('cut');
    expect(speech.speaking()).toBe(steps['ex-metronome-l'].start);
    // Quickly on: nothing of the skipped step is left to say.
    fireEvent.click(button('Next'));
    await advance(1000);
    expect(speech.speaking()).toBe(steps['ex-spring-down'].start);
    fireEvent.click(button('Previous'));
    await advance(1000);
    speech.finishAll();
    expect(speech.heard()).toEqual([SCRIPT_EN.stopRule, steps['ex-metronome-l'].start]);
  });

  it('stops mid-word when the player closes or the page is hidden for good', async () => {
    const speech = installFakeSpeech();
    await openPlayer({ variant: 'quick', settings: voiceOn() });
    await vi.waitFor(() => expect(speech.speaking()).toBe(SCRIPT_EN.stopRule));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(speech.said.map((s) => s.outcome)).toEqual(['cut']);

    close();
    await openPlayer({ variant: 'quick', settings: voiceOn() });
    await advance(3000);
    expect(speech.speaking()).not.toBeNull();
    close();
    expect(speech.speaking()).toBeNull();
    expect(speech.said.at(-1)?.outcome).toBe('cut');
  });

  it('the Voice switch changes the setting for good, and the voice joins where the routine is', async () => {
    const speech = installFakeSpeech();
    await fakeBrowser.storage.sync.set({ voiceAsked: { at: T0 - 1000 } });
    await openPlayer({ variant: 'quick' });
    const voice = button('Voice');
    expect(voice.getAttribute('aria-pressed')).toBe('false');
    await advance(4000);
    expect(speech.texts()).toEqual([]);
    fireEvent.click(voice);
    expect(button('Voice').getAttribute('aria-pressed')).toBe('true');
    await vi.waitFor(async () => expect((await storedSettings())?.routine.voice).toBe(true));
    // The stop rule first (not heard yet in this routine), then the step under way.
    await vi.waitFor(() => expect(speech.texts()).toEqual([SCRIPT_EN.stopRule]));
    speech.finishAll();
    expect(speech.heard()).toEqual([SCRIPT_EN.stopRule, 'Sit tall.', steps['ex-metronome-r'].start]);

    fireEvent.click(button('Voice'));
    await vi.waitFor(async () => expect((await storedSettings())?.routine.voice).toBe(false));
    await advance(10_000);
    expect(speech.texts()).toHaveLength(3);
  });

  it('a window the user has not clicked in yet: says why the voice waits, and starts on a click', async () => {
    const speech = installFakeSpeech({ needsActivation: true });
    await openPlayer({ variant: 'quick', settings: voiceOn(), layout: 'window' });
    await screen.findByText(
      'The browser lets the voice speak only after a click or a key press in this window.',
    );
    await advance(5000);
    expect(speech.texts()).toEqual([]);
    speech.activate();
    fireEvent.click(button('Start the voice'));
    await vi.waitFor(() => expect(speech.texts()).toEqual([SCRIPT_EN.stopRule]));
    expect(screen.queryByText(/only after a click/)).toBeNull();
    speech.finishAll();
    expect(speech.heard()).toEqual([SCRIPT_EN.stopRule, 'Sit tall.', steps['ex-metronome-r'].start]);
  });

  it('says once, in text, that the browser has no voice for the language, and says nothing', async () => {
    const speech = installFakeSpeech({ voices: [GERMAN] });
    await openPlayer({ variant: 'quick', settings: voiceOn() });
    const notice = await screen.findByRole('status');
    expect(notice.textContent).toBe(
      "This browser has no English voice, so the steps are not read aloud. Your system's speech settings may let you add one.",
    );
    await advance(20_000);
    expect(screen.getAllByText(/no English voice/)).toHaveLength(1);
    expect(speech.texts()).toEqual([]);
  });
});
