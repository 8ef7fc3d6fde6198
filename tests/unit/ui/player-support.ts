import { act, screen } from '@testing-library/preact';
import { expect, vi } from 'vitest';
import type { Settings } from '@/src/core/settings/schema';
import type { Layout } from '@/src/ui/Shell';
import { engineState, renderApp, seedReturningUser, seedSession, seedSettings, session } from './support';

// The player's tests drive time with vi's fake Date and setInterval (setTimeout stays real, for
// Preact's effect scheduling and testing-library's waits).

/**
 * Lets `ms` pass on the page's clock a second at a time, each redraw rendered, as in a browser. (A
 * page that misses its ticks for over 3 s reads as a closed popup, and the player pauses.)
 */
export async function advance(ms: number) {
  for (let left = ms; left > 0; left -= 1000)
    await act(() => {
      vi.advanceTimersByTime(Math.min(1000, left));
    });
}
export const timer = () => screen.getByRole('timer').textContent;
export const stepHeading = () => screen.getByRole('heading', { level: 2 }).textContent;
/** The player's step announcements (the move's own live region, in the step card, is marked data-move). */
export const liveRegion = () => document.querySelector('[aria-live="polite"]:not([data-move])')?.textContent;
export const button = (name: string) => screen.getByRole('button', { name });

/**
 * Waits until the player is on screen with its effects running: it moves focus to Pause (or
 * Resume) once shown, in the same commit that starts its once-a-second heartbeat.
 */
export async function playerShown() {
  await screen.findByRole('timer');
  await vi.waitFor(() => {
    const focused = document.activeElement;
    expect(focused?.tagName === 'BUTTON' && focused.textContent).toMatch(/^(Pause|Resume)$/);
  });
}

export async function openPlayer({
  variant = 'full',
  settings,
  layout = 'popup',
}: {
  variant?: 'full' | 'quick';
  settings?: Settings;
  layout?: Layout;
} = {}) {
  // Now, not T0: a test may open a second player after time has moved on.
  const now = Date.now();
  await seedReturningUser(engineState({ mode: { kind: 'routine', variant, startedAt: now } }));
  if (settings) await seedSettings(settings);
  await seedSession(session(variant, now));
  renderApp(layout);
  await playerShown();
}
