import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage as wxtStorage } from 'wxt/utils/storage';
import { defaultSettings } from '@/src/core/settings/schema';
import { entry, readItems, sameJson, storedItem, writeItems } from '@/src/platform/storage';
import { STORED } from '@/src/platform/storage-items';

// Nape's own storage adapter (src/platform/storage.ts) against the fake browser: what it reads
// and writes, how it reports changes, and that data written by @wxt-dev/storage, which Nape used
// before, still reads back.

describe('a stored item', () => {
  const item = storedItem<{ n: number }>('local', 'thing');

  it('reads null when nothing is stored, and reads back what it wrote', async () => {
    expect(await item.get()).toBeNull();
    await item.set({ n: 1 });
    expect(await item.get()).toEqual({ n: 1 });
    expect(await fakeBrowser.storage.local.get('thing')).toEqual({ thing: { n: 1 } });
  });

  it('is removed by remove() and by writing null', async () => {
    await item.set({ n: 1 });
    await item.remove();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await item.set({ n: 2 });
    await item.set(null);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('stays in its own area', async () => {
    await storedItem<number>('session', 'thing').set(5);
    expect(await item.get()).toBeNull();
    expect(await fakeBrowser.storage.session.get('thing')).toEqual({ thing: 5 });
  });

  it('reports a change with the value before it, and a removal as null, until unwatched', async () => {
    const seen: unknown[][] = [];
    const unwatch = item.watch((value, previous) => seen.push([value, previous]));
    await item.set({ n: 1 });
    await item.set({ n: 2 });
    await fakeBrowser.storage.local.set({ other: 1 });
    await storedItem<number>('sync', 'thing').set(3);
    await item.remove();
    unwatch();
    await item.set({ n: 4 });
    expect(seen).toEqual([
      [{ n: 1 }, null],
      [{ n: 2 }, { n: 1 }],
      [null, { n: 2 }],
    ]);
  });

  it('does not report a write of an equal value as a change', async () => {
    await item.set({ n: 1 });
    const callback = vi.fn();
    item.watch(callback);
    await fakeBrowser.storage.local.set({ thing: { n: 1 } });
    expect(callback).not.toHaveBeenCalled();
  });
});

describe('reading and writing several items', () => {
  it('reads every area once, side by side, and gives the values in the order asked', async () => {
    await fakeBrowser.storage.sync.set({ settings: { a: 1 } });
    await fakeBrowser.storage.local.set({ engine: { b: 2 } });
    const localGet = vi.spyOn(fakeBrowser.storage.local, 'get');
    const syncGet = vi.spyOn(fakeBrowser.storage.sync, 'get');
    expect(await readItems([STORED.stats, STORED.settings, STORED.engine])).toEqual([
      null,
      { a: 1 },
      { b: 2 },
    ]);
    expect(localGet).toHaveBeenCalledTimes(1);
    expect(syncGet).toHaveBeenCalledTimes(1);
  });

  it('writes items of one area in one set', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await writeItems('local', [
      entry(storedItem<number>('local', 'a'), 1),
      entry(storedItem<number>('local', 'b'), 2),
    ]);
    expect(set).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ a: 1, b: 2 });
  });

  it('refuses an item of another area, writing nothing', async () => {
    expect(() =>
      writeItems('local', [
        entry(storedItem<number>('local', 'a'), 1),
        entry(STORED.settings, null as never),
      ]),
    ).toThrow(/sync:settings is not in storage.local/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});

describe('data written by @wxt-dev/storage (Nape before its own adapter)', () => {
  it('reads back: the same key, the version meta ignored', async () => {
    const old = wxtStorage.defineItem<unknown>('sync:settings', { version: 1, migrations: {} });
    const stored = { ...defaultSettings(), neckBreak: { enabled: true, intervalMin: 45 } };
    await old.setValue(stored);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings: stored, settings$: { v: 1 } });
    expect(await STORED.settings.get()).toEqual(stored);
    expect((await STORED.settings.load()).neckBreak.intervalMin).toBe(45);
  });

  it('and what Nape writes now, the old library reads', async () => {
    await STORED.engine.set({ v: 1 } as never);
    expect(await wxtStorage.getItem('local:engine')).toEqual({ v: 1 });
  });
});

describe('sameJson', () => {
  it.each([
    [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }, true],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [[1, 2], { 0: 1, 1: 2 }, false],
    [null, {}, false],
    [[1], [1, 2], false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameJson(a, b)).toBe(same);
  });
});
