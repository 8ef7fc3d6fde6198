import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FULL_AS_MINE } from '@/tests/support/my-routine';
import { renderOptions, seedSettings, settingsWith, storedSettings, syncText } from './support';

// Options → Routine → My routine: the user builds a routine from the step library, sees every
// rule it breaks as it breaks it, and can save it only when it keeps them all.

afterEach(() => act(() => cleanup()));

const FULL = [...FULL_AS_MINE];

async function openBuilder() {
  await renderOptions('routine');
  return screen.findByRole('region', { name: 'My routine' });
}
const stepsList = (builder: HTMLElement) => within(builder).queryByRole('list', { name: 'Your routine' });
const stepNames = (builder: HTMLElement) =>
  [...(stepsList(builder)?.querySelectorAll('.builder-name') ?? [])].map((e) => e.textContent);
const problems = (builder: HTMLElement) =>
  [...builder.querySelectorAll('.builder-problems li')].map((e) => e.textContent);
const button = (builder: HTMLElement, name: string) => within(builder).getByRole('button', { name });

describe('the My routine builder', { timeout: 20_000 }, () => {
  it('starts from the full routine and saves it, keeping every rule', async () => {
    const builder = await openBuilder();
    expect(within(builder).getByText(/No steps yet/)).toBeTruthy();
    // Not begun: nothing to scold about, and nothing to save.
    expect(within(builder).queryByText('Not saved: this routine breaks these rules.')).toBeNull();
    expect(problems(builder)).toEqual([]);
    expect((button(builder, 'Save routine') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(button(builder, 'Start from the full routine'));
    expect(stepNames(builder)).toHaveLength(FULL.length);
    expect(stepNames(builder)[0]).toBe('1. Posture');
    expect(within(builder).getByText('This routine keeps every rule.')).toBeTruthy();
    // The full routine's 5 minutes, with the few steps it gives less than a user's routine may
    // (where it knows their neighbours) at their shortest.
    expect(within(builder).getByText('Total: 5:22')).toBeTruthy();
    fireEvent.click(button(builder, 'Save routine'));
    await waitFor(async () => expect((await storedSettings())?.routine.mine).toEqual(FULL));
  });

  it('shows each rule a change breaks, with its step, and refuses to save until it is fixed', async () => {
    await seedSettings(settingsWith({ routine: { mine: FULL } }));
    const builder = await openBuilder();
    const before = await syncText();

    fireEvent.click(button(builder, 'Remove Goose · To the left'));
    expect(problems(builder)).toEqual([
      'Step 6 works one side: add its other side too. (Goose · To the right)',
    ]);
    expect(within(builder).getByText('Not saved: this routine breaks these rules.')).toBeTruthy();
    const save = button(builder, 'Save routine') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(save.getAttribute('aria-describedby')).toBe('my-routine-problems');

    fireEvent.input(within(builder).getByLabelText('Length of Posture, in seconds'), {
      target: { value: '5' },
    });
    expect(problems(builder)).toContain('Step 1: at least 10 seconds. (Posture)');

    fireEvent.click(button(builder, 'Move down: Posture'));
    expect(stepNames(builder).slice(0, 2)).toEqual(['1. Metronome · To the right', '2. Posture']);
    expect(problems(builder)).toContain(
      'Start with Posture: every routine begins by sitting upright. (Metronome · To the right)',
    );
    // The moved step's button keeps the keyboard focus.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move down: Posture');

    fireEvent.click(button(builder, 'Move up: Posture'));
    fireEvent.input(within(builder).getByLabelText('Length of Posture, in seconds'), {
      target: { value: '12' },
    });
    fireEvent.click(button(builder, 'Add Goose · To the left'));
    expect(problems(builder)).toEqual([]);
    expect(stepNames(builder)[6]).toBe('7. Goose · To the left');
    expect(within(builder).getByText('Changes not saved yet.')).toBeTruthy();

    fireEvent.click(button(builder, 'Undo changes'));
    expect(stepNames(builder)).toHaveLength(FULL.length);
    expect(await syncText()).toBe(before);
  });

  it('reports a massage that does not close with stroking, and a routine too long', async () => {
    await seedSettings(settingsWith({ routine: { mine: FULL } }));
    const builder = await openBuilder();
    fireEvent.click(button(builder, 'Move up: Closing strokes'));
    expect(problems(builder)).toEqual([
      'Step 19: the massage closes with stroking, light again at the end. (Kneading · Right shoulder)',
    ]);
    fireEvent.click(button(builder, 'Move down: Closing strokes'));
    for (const box of within(builder).getAllByRole('spinbutton'))
      fireEvent.input(box, { target: { value: box.getAttribute('max') } });
    expect(problems(builder).at(-1)).toBe('The whole routine: at most 15 min.');
  });

  it('adds a step from the library where the rules would have it', async () => {
    const builder = await openBuilder();
    fireEvent.click(button(builder, 'Add Closing strokes'));
    fireEvent.click(button(builder, 'Add Posture'));
    fireEvent.click(button(builder, 'Add Heron'));
    fireEvent.click(button(builder, 'Add Stroking'));
    expect(stepNames(builder)).toEqual(['1. Posture', '2. Heron', '3. Stroking', '4. Closing strokes']);
    expect(problems(builder)).toEqual([]);
    expect(within(builder).getAllByText('In your routine')).toHaveLength(4);
  });

  it('will not make My routine the default before one is saved, and says why', async () => {
    await renderOptions('routine');
    const before = await syncText();
    fireEvent.click(screen.getByRole('radio', { name: 'My routine' }));
    await screen.findByText('Build and save your routine first (below), then choose it here.');
    expect(await syncText()).toBe(before);
  });

  it('deletes a saved routine, but not while it is the routine Start opens, and says why', async () => {
    await seedSettings(settingsWith({ routine: { mine: FULL, defaultVariant: 'mine' } }));
    const builder = await openBuilder();
    const before = await syncText();
    fireEvent.click(button(builder, 'Delete my routine'));
    await within(builder).findByText(
      'My routine is the one Start routine opens. Choose another routine for it above first.',
    );
    expect(await syncText()).toBe(before);

    fireEvent.click(screen.getByRole('radio', { name: 'Full, 5 minutes' }));
    await waitFor(async () => expect((await storedSettings())?.routine.defaultVariant).toBe('full'));
    fireEvent.click(button(builder, 'Delete my routine'));
    await waitFor(async () => expect((await storedSettings())?.routine.mine).toEqual([]));
    await within(builder).findByText(/No steps yet/);
    expect(within(builder).queryByRole('button', { name: 'Delete my routine' })).toBeNull();
  });
});
