import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { findBannedClaims } from '@/src/content/banned-claims';
import { about as ABOUT_EN, text as TEXT_EN } from '@/src/content/lang/en';
import { renderOptions } from './support';

afterEach(cleanup);

describe('sections', () => {
  it('are tabs: one selected, its panel labelled by it, arrows move between them', async () => {
    await renderOptions('breaks');
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      'Welcome',
      'Breaks',
      'Snooze',
      'Activity',
      'Schedule',
      'Interruptions',
      'Routine',
      'Keyboard shortcuts',
      'About the routine',
      'History',
      'Data',
    ]);
    const breaks = screen.getByRole('tab', { name: 'Breaks' });
    expect(breaks.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Breaks' })).toBeTruthy();
    expect(tabs.filter((t) => t.tabIndex === 0)).toEqual([breaks]);

    fireEvent.keyDown(breaks, { key: 'ArrowDown' });
    const snooze = screen.getByRole('tab', { name: 'Snooze' });
    expect(snooze.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(snooze);
    expect(within(screen.getByRole('tabpanel')).getByRole('heading', { level: 2 }).textContent).toBe(
      'Snooze',
    );
    expect(location.hash).toBe('#snooze');

    fireEvent.keyDown(snooze, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Data' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Data' }), { key: 'ArrowDown' });
    expect(screen.getByRole('tab', { name: 'Welcome' }).getAttribute('aria-selected')).toBe('true');
  });

  it('the address picks the tab (the install opens #welcome)', async () => {
    await renderOptions('welcome');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Welcome to Nape');
  });
});

describe('welcome', () => {
  it('explains pinning, carries the safety note and offers the two main intervals', async () => {
    await renderOptions('welcome');
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).getByRole('heading', { name: 'Pin Nape to the toolbar' })).toBeTruthy();
    expect(panel.textContent).toContain('puzzle piece');
    expect(panel.textContent).toContain('never pain');
    expect(within(panel).getByLabelText('Neck break after this much screen time (minutes)')).toBeTruthy();
    expect(within(panel).getByLabelText('Posture check every (minutes of screen time)')).toBeTruthy();
    expect(findBannedClaims(panel.textContent ?? '')).toEqual([]);
  });

  it('lists when not to do the routine exactly as the safety screen does, so the two agree', async () => {
    await renderOptions('welcome');
    const panel = screen.getByRole('tabpanel');
    const doNot = await within(panel).findByRole('heading', { name: TEXT_EN.safety.doNotTitle });
    const askDoctor = within(panel).getByRole('heading', { name: TEXT_EN.safety.askDoctorTitle });
    const items = (heading: HTMLElement) =>
      [...(heading.nextElementSibling?.querySelectorAll('li') ?? [])].map((li) => li.textContent);
    expect(items(doNot)).toEqual(TEXT_EN.safety.doNot);
    expect(items(askDoctor)).toEqual(TEXT_EN.safety.askDoctor);
    // The note above the lists sends nobody with a neck injury to "ask a doctor" instead.
    const note = panel.querySelector('.safety')?.textContent ?? '';
    expect(note).not.toMatch(/injur/i);
  });

  it('links to the rest of the settings', async () => {
    await renderOptions('welcome');
    const link = screen.getByRole('link', { name: 'See all settings' });
    expect(link.getAttribute('href')).toBe('#breaks');
  });
});

describe('about the routine', () => {
  it('a tab of its own: where each step comes from, the safer readings and who should not do it', async () => {
    await renderOptions('routine');
    fireEvent.click(screen.getByRole('tab', { name: 'About the routine' }));
    expect(location.hash).toBe('#about');
    const panel = screen.getByRole('tabpanel', { name: 'About the routine' });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('About the routine');
    // Its content arrives on demand (a chunk of its own), then all of it is there.
    expect(await within(panel).findByRole('heading', { level: 3, name: ABOUT_EN.choicesTitle })).toBeTruthy();
    for (const phase of ['exercise', 'massage'] as const)
      for (const entry of ABOUT_EN.parts[phase].steps)
        expect(within(panel).getByText(entry.source)).toBeTruthy();
    for (const choice of ABOUT_EN.choices)
      expect(within(panel).getByRole('heading', { level: 4, name: choice.title })).toBeTruthy();
    expect(
      within(panel).getByRole('heading', { level: 3, name: ABOUT_EN.contraindications.title }),
    ).toBeTruthy();
    expect(panel.textContent).toContain('and pregnancy or breastfeeding.');
  });
});
