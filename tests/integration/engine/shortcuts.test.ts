import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { timedPlan } from '@/src/content/routines';
import { startSession } from '@/src/core/routine';
import { MINUTE, SECOND } from '@/src/core/time';
import { fakeCommands } from '@/tests/integration/fakes/commands';
import { bootWorker, clock, runUntil, storedEngine } from '@/tests/integration/support/worker';
import { settingsWith } from '@/tests/support/settings';

// The keyboard shortcuts through the background pipeline: `commands.onCommand` delivered as the
// browser delivers it (our fake, since fakeBrowser has none), the engine's state in storage, the
// player opened, and the notice a shortcut leaves when it does not apply.

const T0 = Date.parse('2026-11-24T08:00:00Z');

beforeEach(() => {
  clock.now = T0;
});

const press = (name: string) => fakeCommands().onCommand.trigger(name);
const notice = async () =>
  (await fakeBrowser.notifications.getAllCreateOptions())['nape-shortcut'] as { message: string } | undefined;
const openPopup = () => vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined as never);

describe.each(['chrome', 'firefox'] as const)('keyboard shortcuts on %s', (family) => {
  it('start runs the default routine and opens its player', async () => {
    await bootWorker(family);
    const popup = openPopup();
    await press('start-routine');
    expect((await storedEngine()).mode).toMatchObject({ kind: 'routine', variant: 'full', startedAt: T0 });
    expect(popup).toHaveBeenCalledOnce();
    expect(await notice()).toBeUndefined();
  });

  it('start runs the routine the user chose as default', async () => {
    await fakeBrowser.storage.sync.set({ settings: settingsWith({ routine: { defaultVariant: 'quick' } }) });
    await bootWorker(family);
    openPopup();
    await press('start-routine');
    expect((await storedEngine()).mode).toMatchObject({ kind: 'routine', variant: 'quick' });
  });

  it('snooze with nothing due changes nothing and says why', async () => {
    const engine = await bootWorker(family);
    await runUntil(engine, T0 + 10 * MINUTE);
    const before = await storedEngine();
    await press('snooze-break');
    const after = await storedEngine();
    expect(after.neck).toEqual({ ...before.neck, activeMs: after.neck.activeMs });
    expect(after.neck.status).toBe('counting');
    expect((await notice())?.message).toBe('No neck break is due, so there is nothing to snooze.');
  });

  it('snooze on a due break snoozes it by what its prompt offered and takes the prompt down', async () => {
    const engine = await bootWorker(family);
    await runUntil(engine, T0 + 63 * MINUTE);
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toContain('nape-neck');
    await press('snooze-break');
    expect((await storedEngine()).neck).toMatchObject({ status: 'snoozed', until: clock.now + 10 * MINUTE });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).not.toContain('nape-neck');
    expect(await notice()).toBeUndefined();
  });

  it('pause pauses until resumed; pressed again it resumes', async () => {
    await bootWorker(family);
    await press('toggle-pause');
    expect((await storedEngine()).mode).toMatchObject({ kind: 'paused', until: null, preset: 'indefinite' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('II');
    clock.now += 5 * MINUTE;
    await press('toggle-pause');
    expect((await storedEngine()).mode).toEqual({ kind: 'normal' });
  });

  it('pause during a routine changes nothing and says why', async () => {
    await bootWorker(family);
    openPopup();
    await press('start-routine');
    await press('toggle-pause');
    expect((await storedEngine()).mode.kind).toBe('routine');
    expect((await notice())?.message).toBe('A routine is running. Finish or stop it first.');
  });

  it('start while the routine shows on screen says so and opens nothing', async () => {
    await bootWorker(family);
    const popup = openPopup();
    await press('start-routine');
    // The player shows it and ticks, as a visible player does every second.
    await fakeBrowser.storage.session.set({
      routine: { ...startSession(timedPlan('full'), T0, T0), lastTickAt: T0 + 30 * SECOND },
    });
    clock.now = T0 + 31 * SECOND;
    await press('start-routine');
    expect(popup).toHaveBeenCalledOnce(); // the first start only
    expect((await storedEngine()).mode).toMatchObject({ kind: 'routine', startedAt: T0 });
    expect((await notice())?.message).toBe('Your routine is already open.');
  });

  it('start while the routine runs with no player on screen shows it again', async () => {
    await bootWorker(family);
    const popup = openPopup();
    await press('start-routine');
    clock.now = T0 + MINUTE; // the popup closed before its player ever ticked
    await press('start-routine');
    expect(popup).toHaveBeenCalledTimes(2);
    expect((await storedEngine()).mode).toMatchObject({ kind: 'routine', startedAt: T0 });
    expect(await notice()).toBeUndefined();
  });
});

describe('keyboard shortcuts, the rest', () => {
  it('a command name Nape does not declare is ignored', async () => {
    await bootWorker();
    const before = await storedEngine();
    await press('_execute_action');
    expect(await storedEngine()).toEqual(before);
    expect(await notice()).toBeUndefined();
  });

  it('the notice is in the browser’s language', async () => {
    const { speak } = await import('@/tests/support/messages');
    speak('ru');
    await bootWorker();
    await press('snooze-break');
    expect((await notice())?.message).toBe('Сейчас нет перерыва для шеи, откладывать нечего.');
  });

  it('a click on the notice dismisses it', async () => {
    await bootWorker();
    await press('snooze-break');
    expect(await notice()).toBeDefined();
    await fakeBrowser.notifications.onClicked.trigger('nape-shortcut');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});
