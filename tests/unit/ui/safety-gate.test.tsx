import { fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { about as ABOUT_EN, text as TEXT_EN } from '@/src/content/lang/en';
import { CONTENT_VERSION } from '@/src/content/version';
import {
  engineState,
  renderApp,
  seedEngine,
  seedSettings,
  settingsWith,
  T0,
  useUiTestEnvironment,
} from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));

useUiTestEnvironment();
beforeEach(async () => {
  await seedSettings(settingsWith());
  await seedEngine(engineState());
});

describe('safety gate', () => {
  it('on first run lists who should not do the routine, who should ask a doctor, and the rules', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { name: TEXT_EN.safety.title })).toBeTruthy();
    for (const title of [TEXT_EN.safety.doNotTitle, TEXT_EN.safety.askDoctorTitle, TEXT_EN.safety.rulesTitle])
      expect(screen.getByRole('heading', { name: title })).toBeTruthy();
    for (const item of [...TEXT_EN.safety.doNot, ...TEXT_EN.safety.askDoctor, ...TEXT_EN.safety.rules])
      expect(screen.getByText(item)).toBeTruthy();
    // Nothing else is reachable before the acknowledgement.
    expect(screen.queryByRole('button', { name: 'Start routine' })).toBeNull();
  });

  it('shows what to keep in mind while moving, the list the player keeps behind its Safety button', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Remember' })).toBeTruthy();
    for (const cue of TEXT_EN.player.cues) expect(screen.getByText(cue)).toBeTruthy();
  });

  it('will not continue until the box is ticked, and says why', async () => {
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    const box = screen.getByRole('checkbox', { name: TEXT_EN.safety.confirm });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Please confirm you have read this before you continue.');
    expect(box.getAttribute('aria-describedby')).toBe(alert.id);
    expect((await fakeBrowser.storage.local.get('safetyAck')).safetyAck).toBeUndefined();
  });

  it('stores the acknowledgement with the content version and goes on to the status', async () => {
    renderApp();
    fireEvent.click(await screen.findByRole('checkbox', { name: TEXT_EN.safety.confirm }));
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('button', { name: 'Start routine' })).toBeTruthy();
    expect((await fakeBrowser.storage.local.get('safetyAck')).safetyAck).toEqual({
      version: CONTENT_VERSION,
      at: T0,
    });
  });

  it('comes before a routine started from a notification, which then opens at its start', async () => {
    await seedEngine(engineState({ mode: { kind: 'routine', variant: 'full', startedAt: T0 } }));
    renderApp();
    fireEvent.click(await screen.findByRole('checkbox', { name: TEXT_EN.safety.confirm }));
    // Reading takes a while; the routine must not have run on behind the gate.
    vi.setSystemTime(T0 + 40_000);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    // The player's clock starts when it is first shown, after the gate.
    expect(await screen.findByRole('heading', { name: 'Get ready' })).toBeTruthy();
    expect(screen.getByRole('timer').textContent).toBe('0:03');
  });

  it('opens "About this routine" in its place: the step sources, the safer readings, who should not do it', async () => {
    renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'About this routine' }));
    const heading = await screen.findByRole('heading', { level: 2, name: 'About this routine' });
    // Focus moves to the new screen's heading, so a screen reader starts reading there.
    expect(document.activeElement).toBe(heading);
    const about = heading.closest('section') as HTMLElement;
    for (const phase of ['exercise', 'massage'] as const) {
      const part = ABOUT_EN.parts[phase];
      expect(await within(about).findByRole('heading', { level: 3, name: part.title })).toBeTruthy();
      for (const entry of part.steps) expect(within(about).getByText(entry.source)).toBeTruthy();
    }
    // Each technique is named as the player names it, without the half a step is.
    const names = [...about.querySelectorAll('.about-steps dt')].map((dt) => dt.textContent);
    expect(names).toContain(TEXT_EN.steps['ex-metronome-r'].name);
    expect(names).toContain(TEXT_EN.steps['ms-pinch'].name);
    expect(names).toContain('Spring');
    for (const choice of ABOUT_EN.choices) {
      const item = within(about).getByRole('heading', { level: 4, name: choice.title }).closest('li');
      expect(item?.textContent).toContain(choice.source);
      expect(item?.textContent).toContain(choice.nape);
      expect(item?.textContent).toContain(choice.why);
    }
    for (const line of ABOUT_EN.contraindications.body) expect(within(about).getByText(line)).toBeTruthy();
    // The gate itself waits: nothing can be confirmed from here.
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('Back returns to the gate with the focus on the button that opened About, and the box as it was', async () => {
    renderApp();
    fireEvent.click(await screen.findByRole('checkbox', { name: TEXT_EN.safety.confirm }));
    fireEvent.click(screen.getByRole('button', { name: 'About this routine' }));
    await screen.findByRole('heading', { level: 3, name: ABOUT_EN.choicesTitle });
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    const opener = await screen.findByRole('button', { name: 'About this routine' });
    await vi.waitFor(() => expect(document.activeElement).toBe(opener));
    expect((screen.getByRole('checkbox', { name: TEXT_EN.safety.confirm }) as HTMLInputElement).checked).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('button', { name: 'Start routine' })).toBeTruthy();
  });
});
