import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import {
  errorOf,
  renderOptions,
  seedSettings,
  settingsWith,
  statusText,
  storedSettings,
  syncText,
} from './support';

afterEach(cleanup);

/** Types into a box and leaves it (the `change` that checks and saves). */
function enter(field: HTMLElement, text: string) {
  fireEvent.input(field, { target: { value: text } });
  fireEvent.change(field, { target: { value: text } });
}

const neckInterval = () => screen.getByLabelText('Neck break after this much screen time (minutes)');

describe('a number field', () => {
  it('saves a valid value and says so', async () => {
    await renderOptions('breaks');
    enter(neckInterval(), '45');
    await waitFor(() => expect(statusText()).toBe('Saved: Neck break after this much screen time (minutes)'));
    expect((await storedSettings()).neckBreak).toEqual({ enabled: true, intervalMin: 45 });
    expect(errorOf(neckInterval())).toBeNull();
  });

  it.each([
    ['0', 'Enter 1 or more.'],
    ['-5', 'Enter 1 or more.'],
    ['100000000000000000000', 'Enter 480 or less.'],
    ['', 'Enter a number.'],
    ['2.5', 'Enter a whole number.'],
    ['12abc', 'Enter a number, using digits.'],
  ])('refuses %j with a message at the field, and writes nothing', async (text, message) => {
    await seedSettings(settingsWith({ neckBreak: { enabled: true, intervalMin: 50 } }));
    await renderOptions('breaks');
    const before = await syncText();
    enter(neckInterval(), text);
    await waitFor(() => expect(errorOf(neckInterval())).toBe(message));
    expect(neckInterval().getAttribute('aria-invalid')).toBe('true');
    // The box keeps what the user typed, so they can see and fix it.
    expect((neckInterval() as HTMLInputElement).value).toBe(text);
    expect(statusText()).toContain('Not saved');
    expect(await syncText()).toBe(before);
  });

  it('shows its range from the schema’s limits as a hint it is described by', async () => {
    await renderOptions('breaks');
    const hint = document.getElementById(neckInterval().getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toBe('From 1 to 480.');
    expect(neckInterval().getAttribute('min')).toBe('1');
    expect(neckInterval().getAttribute('max')).toBe('480');
  });

  it('takes a fraction where one is allowed (the voice rate), with a decimal comma too', async () => {
    await renderOptions('routine');
    const rate = screen.getByLabelText('Speaking rate');
    enter(rate, '1,5');
    await waitFor(async () => expect((await storedSettings())?.routine.voiceRate).toBe(1.5));
    enter(rate, '2.5');
    await waitFor(() => expect(errorOf(rate)).toBe('Enter 2 or less.'));
    expect((await storedSettings()).routine.voiceRate).toBe(1.5);
  });

  it('a corrected value clears the message and is saved', async () => {
    await renderOptions('activity');
    const idle = screen.getByLabelText('Count me as away after this long without input (seconds)');
    enter(idle, '5');
    await waitFor(() => expect(errorOf(idle)).toBe('Enter 15 or more.'));
    enter(idle, '90');
    await waitFor(() => expect(idle.getAttribute('aria-invalid')).toBeNull());
    expect((await storedSettings()).activity.idleThresholdSec).toBe(90);
  });
});

describe('rules between fields', () => {
  it('unticking the default snooze length is refused with the reason, and nothing is written', async () => {
    await renderOptions('snooze');
    const before = await syncText();
    const ten = screen.getByLabelText('10 min');
    fireEvent.click(ten);
    await waitFor(() =>
      expect(errorOf(ten)).toBe(
        'The default snooze must be one of the offered lengths. Choose another default first.',
      ),
    );
    expect((ten as HTMLInputElement).checked).toBe(false);
    expect(await syncText()).toBe(before);
  });

  it('offering no snooze length at all, or more than four, is refused', async () => {
    await seedSettings(settingsWith({ snooze: { choicesMin: [10], defaultMin: 10, maxPerBreak: 3 } }));
    await renderOptions('snooze');
    const before = await syncText();
    fireEvent.click(screen.getByLabelText('10 min'));
    await waitFor(() => expect(errorOf(screen.getByLabelText('10 min'))).toContain('Choose at least 1.'));
    expect(await syncText()).toBe(before);
  });

  it('a new default among the offered lengths, then more lengths, are saved', async () => {
    await renderOptions('snooze');
    fireEvent.change(screen.getByLabelText('Default snooze'), { target: { value: '15' } });
    await waitFor(async () => expect((await storedSettings())?.snooze.defaultMin).toBe(15));
    fireEvent.click(screen.getByLabelText('30 min'));
    await waitFor(async () => expect((await storedSettings()).snooze.choicesMin).toEqual([5, 10, 15, 30]));
    fireEvent.click(screen.getByLabelText('45 min'));
    await waitFor(() => expect(errorOf(screen.getByLabelText('45 min'))).toBe('Choose at most 4.'));
    expect((await storedSettings()).snooze.choicesMin).toEqual([5, 10, 15, 30]);
  });

  it('working hours with no working day are refused', async () => {
    await seedSettings(settingsWith({ workingHours: { ...settingsWith({}).workingHours, enabled: true } }));
    await renderOptions('schedule');
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday']) {
      fireEvent.click(screen.getByLabelText(day));
      await waitFor(async () => expect(screen.getByLabelText(day)).toHaveProperty('checked', false));
    }
    await waitFor(async () => expect((await storedSettings()).workingHours.days.thu.on).toBe(false));
    const before = await syncText();
    fireEvent.click(screen.getByLabelText('Friday'));
    await waitFor(() =>
      expect(errorOf(screen.getByLabelText('Friday'))).toBe(
        'Choose at least one working day, or turn working hours off.',
      ),
    );
    expect(await syncText()).toBe(before);
  });

  it('an end before the start is saved as a night shift, marked as ending the next day', async () => {
    await renderOptions('schedule');
    const start = screen.getByLabelText('Monday: start');
    enter(start, '22:00');
    await waitFor(async () => expect((await storedSettings())?.workingHours.days.mon.start).toBe('22:00'));
    expect(errorOf(start)).toBeNull();
    const row = start.closest('.hours-row') as HTMLElement;
    expect(row.textContent).toContain('next day');
    const end = screen.getByLabelText('Monday: end');
    enter(end, '23:30');
    await waitFor(async () => expect((await storedSettings())?.workingHours.days.mon.end).toBe('23:30'));
    expect(row.textContent).not.toContain('next day');
  });

  it('an empty time is refused', async () => {
    await renderOptions('schedule');
    const before = await syncText();
    const end = screen.getByLabelText('Friday: end');
    enter(end, '');
    await waitFor(() => expect(errorOf(end)).toBe('Enter a time.'));
    expect(await syncText()).toBe(before);
  });
});

describe('on/off settings', () => {
  it('are saved as soon as they are ticked', async () => {
    await renderOptions('routine');
    fireEvent.click(screen.getByLabelText('Read each step aloud'));
    await waitFor(async () => expect((await storedSettings())?.routine.voice).toBe(true));
    fireEvent.click(screen.getByLabelText('Quick, 2 minutes'));
    await waitFor(async () => expect((await storedSettings()).routine.defaultVariant).toBe('quick'));
    // The line follows the write's promise, which may settle a moment after storage holds the value.
    await waitFor(() => expect(statusText()).toBe('Saved: Routine the Start button opens'));
  });
});
