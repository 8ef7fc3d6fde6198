import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pause, tick } from '@/src/core/routine';
import { createSessionStore, type SessionStore } from '@/src/ui/stores/session-store';
import { session, storedSession, T0 } from './support';

let store: SessionStore | undefined;
afterEach(() => store?.dispose());

const loaded = async (s: SessionStore) => {
  await expect.poll(() => s.get()).not.toBeUndefined();
  return s;
};

describe('the page-side routine session', () => {
  it('applies updates in memory at once, in order, and stores the last one', async () => {
    store = await loaded(createSessionStore());
    store.update(() => session('full', T0));
    // A tick and a Pause in the same instant compose; neither overwrites the other.
    store.update((s) => (s ? tick(s, T0 + 1000) : s));
    store.update((s) => (s ? pause(s, T0 + 1200) : s));
    for (let t = 2000; t <= 12_000; t += 1000) store.update((s) => (s ? tick(s, T0 + t) : s));
    expect(store.get()).toMatchObject({ pausedAt: T0 + 1200, lastTickAt: T0 + 12_000 });
    await expect.poll(async () => (await storedSession())?.lastTickAt).toBe(T0 + 12_000);
    // The echoes of the earlier writes never took the page back to an older session.
    expect(store.get()).toMatchObject({ pausedAt: T0 + 1200, lastTickAt: T0 + 12_000 });
  });

  it("takes another window's change once its own writes are done", async () => {
    store = await loaded(createSessionStore());
    store.update(() => session('full', T0));
    await expect.poll(async () => (await storedSession())?.startedAt).toBe(T0);
    const elsewhere = pause(session('full', T0), T0 + 5000);
    await fakeBrowser.storage.session.set({ routine: elsewhere });
    await expect.poll(() => store?.get()).toEqual(elsewhere);
  });

  it('null deletes the session', async () => {
    store = await loaded(createSessionStore());
    store.update(() => session('quick', T0));
    store.update(() => null);
    expect(store.get()).toBeNull();
    await expect.poll(() => storedSession()).toBeUndefined();
  });
});
