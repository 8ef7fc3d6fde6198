import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { script as SCRIPT_EN, text as TEXT_EN } from '@/src/content/lang/en';
import { loadRoutineScript } from '@/src/content/load-script';
import { loadRoutineText } from '@/src/content/load-text';
import { lazy } from '@/src/ui/lazy';
import { installFakeSpeech } from './fake-speech';
import { button, openPlayer } from './player-support';
import {
  engineState,
  renderApp,
  seedEngine,
  seedSettings,
  settingsWith,
  useUiTestEnvironment,
} from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));
vi.mock('@/src/platform/audio', () => ({ chime: vi.fn() }));
vi.mock('@/src/content/load-text', async (real) => {
  const { loadRoutineText } = await real<typeof import('@/src/content/load-text')>();
  return { loadRoutineText: vi.fn(loadRoutineText) };
});
vi.mock('@/src/content/load-script', async (real) => {
  const { loadRoutineScript } = await real<typeof import('@/src/content/load-script')>();
  return { loadRoutineScript: vi.fn(loadRoutineScript) };
});

// Every chunk a page loads on demand may fail to arrive (the extension was updated under an open
// page): the page says so and offers to try again, instead of "Loading…" for ever or a silent voice.
// The routine text's chunk is cached once loaded, so the test that fails it runs first.

useUiTestEnvironment();
const FETCH_FAILED = new TypeError('Failed to fetch dynamically imported module');
const FAILED = 'This part of Nape could not be loaded. Please try again.';

describe('a chunk that could not be loaded', () => {
  it('the routine text: the safety screen says so, and shows on Try again', async () => {
    vi.mocked(loadRoutineText).mockRejectedValueOnce(FETCH_FAILED);
    await seedSettings(settingsWith());
    await seedEngine(engineState());
    renderApp();
    expect((await screen.findByRole('alert')).textContent).toBe(FAILED);
    fireEvent.click(button('Try again'));
    expect(await screen.findByRole('heading', { name: TEXT_EN.safety.title })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(loadRoutineText).toHaveBeenCalledTimes(2);
  });

  it('a screen (the player, the safety screen, the done screen): says so, and shows on Try again', async () => {
    const load = vi
      .fn()
      .mockRejectedValueOnce(FETCH_FAILED)
      .mockResolvedValue(() => <h2>Loaded</h2>);
    const Later = lazy(load);
    render(<Later />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toBe(FAILED);
    fireEvent.click(button('Try again'));
    expect(await screen.findByRole('heading', { name: 'Loaded' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('the spoken script: the player says the voice is silent because of it, and speaks on Try again', async () => {
    vi.mocked(loadRoutineScript).mockRejectedValueOnce(FETCH_FAILED);
    const speech = installFakeSpeech();
    await openPlayer({ settings: settingsWith({ routine: { voice: true } }) });
    const note = 'The spoken guide could not be loaded, so the steps are not read aloud.';
    expect(await screen.findByText(note)).toBeTruthy();
    expect(speech.said).toEqual([]);
    fireEvent.click(button('Try again'));
    await vi.waitFor(() => expect(speech.speaking()).toBe(SCRIPT_EN.stopRule));
    expect(screen.queryByText(note)).toBeNull();
    expect(loadRoutineScript).toHaveBeenCalledTimes(2);
  });
});
