import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { VARIANT_IDS } from '@/src/core/routine/plan';
import { renderOptions, seedSettings, settingsWith, storedSettings } from './support';

// The routine Start opens: one choice per kind, each by its name and length.

afterEach(cleanup);

const group = () => screen.getByRole('group', { name: 'Routine the Start button opens' });

describe('the default routine', () => {
  it('offers every kind of routine by its name, in the popup list order', async () => {
    await renderOptions('routine');
    const labels = within(group())
      .getAllByRole('radio')
      .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent);
    expect(labels).toEqual([
      'Full, 5 minutes',
      'Quick, 2 minutes',
      'Evening: neck and scalp, 5 minutes',
      'Longer session, 10 minutes',
      'My routine',
    ]);
    expect(labels).toHaveLength(VARIANT_IDS.length);
  });

  it.each([
    ['Evening: neck and scalp, 5 minutes', 'evening'],
    ['Longer session, 10 minutes', 'longer'],
  ] as const)('saves %s as the default', async (label, kind) => {
    await seedSettings(settingsWith());
    await renderOptions('routine');
    fireEvent.click(within(group()).getByLabelText(label));
    await waitFor(async () => expect((await storedSettings()).routine.defaultVariant).toBe(kind));
  });
});
