import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { about as ABOUT_EN } from '@/src/content/lang/en';
import { loadAboutText } from '@/src/content/load-about';
import { AboutPanel } from '@/src/ui/about/LazyAbout';

// "About this routine" loads on demand. A chunk that fails to arrive (the extension was updated
// under an open page) must say so and offer a retry, not show "Loading…" for ever.

vi.mock('@/src/content/load-about', () => ({ loadAboutText: vi.fn() }));

afterEach(cleanup);

describe('About, loaded on demand', () => {
  it('says when it could not be loaded, and loads on Try again', async () => {
    vi.mocked(loadAboutText)
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(ABOUT_EN);
    render(<AboutPanel />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('This page could not be loaded. Please try again.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 3, name: ABOUT_EN.choicesTitle })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(loadAboutText).toHaveBeenCalledTimes(2);
    expect(loadAboutText).toHaveBeenCalledWith('en');
  });
});
