import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENGLISH, GERMAN, installFakeSpeech } from '@/tests/unit/ui/fake-speech';
import { renderOptions, seedSettings, settingsWith, storedSettings } from './support';

// Options → Routine → voice: what it does is said under it, choosing it settles the first
// routine's voice question, and a browser without a voice for the language is named.

afterEach(() => {
  act(() => cleanup());
  vi.unstubAllGlobals();
});

const checkbox = () => screen.getByLabelText('Read each step aloud');
const NO_VOICE = /no English voice/;

describe('the voice setting', () => {
  it('says what it does, saves the choice and settles the first routine’s question', async () => {
    installFakeSpeech({ voices: [ENGLISH] });
    await renderOptions('routine');
    const hint = document.getElementById(checkbox().getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe(
      'Short spoken cues for each movement, so you can follow the routine with your eyes off the screen.',
    );
    expect((await fakeBrowser.storage.sync.get('voiceAsked')).voiceAsked).toBeUndefined();
    fireEvent.click(checkbox());
    await waitFor(async () => expect((await storedSettings())?.routine.voice).toBe(true));
    expect((await fakeBrowser.storage.sync.get('voiceAsked')).voiceAsked).toEqual({ at: expect.any(Number) });
    expect(screen.queryByText(NO_VOICE)).toBeNull();
  });

  it('names a browser without a voice for the language while voice is on', async () => {
    installFakeSpeech({ voices: [GERMAN] });
    await seedSettings(settingsWith({ routine: { voice: true } }));
    await renderOptions('routine');
    await screen.findByText(NO_VOICE);
    fireEvent.click(checkbox());
    await waitFor(() => expect(screen.queryByText(NO_VOICE)).toBeNull());
  });
});
