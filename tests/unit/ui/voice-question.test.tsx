import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { script as SCRIPT_EN } from '@/src/content/lang/en';
import type { Settings } from '@/src/core/settings/schema';
import { installFakeSpeech } from './fake-speech';
import { advance, button, openPlayer, playerShown } from './player-support';
import {
  closePage,
  engineState,
  renderApp,
  seedReturningUser,
  seedSession,
  session,
  settingsWith,
  storedSession,
  T0,
  useUiTestEnvironment,
} from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));
vi.mock('@/src/platform/audio', () => ({ chime: vi.fn() }));

// The first time a routine starts, the user is asked once whether to be guided by voice: most of
// the routine is done with the eyes off the screen, and voice is off by default. The answer is
// the voice setting; that the question is settled is its own synced item (voiceAsked).

useUiTestEnvironment();
const close = closePage;

const QUESTION = 'Guide you by voice?';
const voiceOn = () => settingsWith({ routine: { voice: true } });
const storedSettings = async () =>
  (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
const storedAsked = async () => (await fakeBrowser.storage.sync.get('voiceAsked')).voiceAsked;

/** A returning user starts their first routine with this version: the question comes first. */
async function startFirstRoutine(variant: 'full' | 'quick' = 'quick') {
  await seedReturningUser(engineState({ mode: { kind: 'routine', variant, startedAt: T0 } }));
  await seedSession(session(variant, T0));
  renderApp('popup');
  await screen.findByRole('heading', { name: QUESTION });
}

describe('the voice question', () => {
  it('is asked the first time a routine starts, and the routine waits for the answer', async () => {
    const speech = installFakeSpeech();
    await startFirstRoutine();
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Yes, guide me by voice'));
    await vi.waitFor(async () => expect((await storedSession())?.pausedAt).toBe(T0));
    await advance(10_000);
    // The player's keys wait too: Space would otherwise start the routine under the question.
    fireEvent.keyDown(document, { key: ' ' });
    expect((await storedSession())?.pausedAt).toBe(T0);
    expect(screen.queryByRole('timer')).toBeNull();
    expect(speech.texts()).toEqual([]);

    fireEvent.click(button('Yes, guide me by voice'));
    await playerShown();
    expect(button('Voice').getAttribute('aria-pressed')).toBe('true');
    await vi.waitFor(() => expect(speech.texts()).toEqual([SCRIPT_EN.stopRule]));
    expect((await storedSession())?.pausedAt).toBeNull();
    await vi.waitFor(async () => expect((await storedSettings())?.routine.voice).toBe(true));
    expect(await storedAsked()).toEqual({ at: expect.any(Number) });
  });

  it('"No" keeps to the screen, is remembered, and the Voice switch stays within reach', async () => {
    const speech = installFakeSpeech();
    await startFirstRoutine();
    // Answered the moment it shows: the routine must still run (the pause came first, not after).
    fireEvent.click(button('No, just the screen'));
    await playerShown();
    await vi.waitFor(async () => expect(await storedAsked()).toEqual({ at: expect.any(Number) }));
    await advance(1000);
    expect((await storedSession())?.pausedAt).toBeNull();
    expect((await storedSettings())?.routine.voice).toBe(false);
    await advance(5000);
    expect(speech.texts()).toEqual([]);

    // Asked once: the next routine starts without the question.
    close();
    await openPlayer({ variant: 'quick', settings: (await storedSettings()) as Settings });
    expect(screen.queryByRole('heading', { name: QUESTION })).toBeNull();
    expect(button('Voice').getAttribute('aria-pressed')).toBe('false');
  });

  it('is not asked when voice is already on, when it was answered before, or when the browser cannot speak', async () => {
    installFakeSpeech();
    await openPlayer({ settings: voiceOn() });
    expect(screen.queryByRole('heading', { name: QUESTION })).toBeNull();
    close();

    await fakeBrowser.storage.sync.set({ voiceAsked: { at: T0 - 1000 } });
    await openPlayer();
    expect(screen.queryByRole('heading', { name: QUESTION })).toBeNull();
    close();
    await fakeBrowser.storage.sync.remove('voiceAsked');

    vi.unstubAllGlobals();
    await openPlayer();
    expect(screen.queryByRole('heading', { name: QUESTION })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Voice' })).toBeNull();
  });
});
