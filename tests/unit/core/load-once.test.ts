import { describe, expect, it, vi } from 'vitest';
import { loadOnce, loadOncePer } from '@/src/core/load-once';

// One fetch for everyone who asks at once, the value kept once it came, and a failed fetch
// forgotten so that the next ask (the page's Try again) fetches anew.

describe('loadOnce', () => {
  it('shares the fetch in flight and keeps what it brought', async () => {
    const fetch = vi.fn(() => Promise.resolve('chunk'));
    const once = loadOnce(fetch);
    expect(once.get()).toBeUndefined();
    const [a, b] = await Promise.all([once.load(), once.load()]);
    expect([a, b, once.get()]).toEqual(['chunk', 'chunk', 'chunk']);
    expect(await once.load()).toBe('chunk');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed fetch: the next ask fetches again', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValue('chunk');
    const once = loadOnce<string>(fetch);
    await expect(once.load()).rejects.toThrow('Failed to fetch');
    expect(once.get()).toBeUndefined();
    expect(await once.load()).toBe('chunk');
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('per key: one fetch for each key, kept apart', async () => {
    const fetch = vi.fn((locale: string) => Promise.resolve(`text ${locale}`));
    const textIn = loadOncePer(fetch);
    expect(await textIn('en').load()).toBe('text en');
    expect(await textIn('ru').load()).toBe('text ru');
    expect([textIn('en').get(), await textIn('en').load()]).toEqual(['text en', 'text en']);
    expect(fetch.mock.calls).toEqual([['en'], ['ru']]);
  });
});
