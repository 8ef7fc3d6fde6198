import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { svgOf } from '@/tests/unit/figure/svg';
import { advance, button, openPlayer } from './player-support';
import { useUiTestEnvironment } from './support';

vi.mock('@/src/platform/protocol', () => import('./fake-protocol'));

useUiTestEnvironment();

// The step's picture follows the step: into the pose, hold and back out once in the step's own
// time (from the routine data), still while waiting to start, paused with the routine.

const picture = (name: string) => svgOf(screen.getByRole('img', { name }));
/** The movement's length, and how far into it the picture started (within a frame of the step's start). */
const pace = (svg: SVGSVGElement) => {
  const ago = Number.parseFloat(svg.style.getPropertyValue('--ago'));
  return [svg.style.getPropertyValue('--pace'), ago <= 0 && ago > -1000 ? 'at the start' : `${ago}ms`];
};

describe('player: the step picture', () => {
  it('holds still during get-ready, then moves at the pace of each step', async () => {
    await openPlayer();
    expect(picture('Posture').classList.contains('still')).toBe(true);
    await advance(3000);
    expect(picture('Posture').classList.contains('still')).toBe(false);
    expect(pace(picture('Posture'))).toEqual(['10000ms', 'at the start']);
    await advance(10_000);
    // Metronome lasts 18 s in the full routine.
    expect(pace(picture('Metronome, To the right'))).toEqual(['18000ms', 'at the start']);
  });

  it('takes the step length of the routine being played', async () => {
    await openPlayer({ variant: 'quick' });
    await advance(3000);
    // The quick routine's Metronome is 15 s, and its picture says so.
    expect(pace(picture('Metronome, To the right'))[0]).toBe('15000ms');
  });

  it('pauses with the routine', async () => {
    await openPlayer();
    await advance(5000);
    fireEvent.click(button('Pause'));
    await advance(1000);
    expect(picture('Posture').classList.contains('paused')).toBe(true);
    fireEvent.click(button('Resume'));
    await advance(1000);
    expect(picture('Posture').classList.contains('paused')).toBe(false);
  });

  it("follows the step's moves: data-phase, the keyframes and the highlighted line agree", async () => {
    await openPlayer();
    await advance(3000 + 10_000);
    // Metronome, 18 s: in until 25 %, hold until 45 %, back until 70 %, then rest (choreography.ts).
    const svg = () => picture('Metronome, To the right');
    const now = () => document.querySelector('.instruction .line.now')?.textContent?.trim();
    expect(svg().dataset.phase).toBe('in');
    expect(now()).toMatch(/^Keep your face forward/);
    const keyframes = svg().querySelector('style')?.textContent ?? '';
    expect(keyframes).toContain(
      '@keyframes fig-hold-ex-metronome-r{0%{transform:none}25%,45%{transform:var(--t)}70%,100%{transform:none}}',
    );
    expect(svg().style.getPropertyValue('--hold-kf')).toBe('fig-hold-ex-metronome-r');
    await advance(7000);
    expect(svg().dataset.phase).toBe('hold');
    expect(now()).toMatch(/^Stop at a mild stretch/);
    await advance(5000);
    expect(svg().dataset.phase).toBe('out');
    expect(now()).toMatch(/^Then slowly bring your head back upright/);
    // A screen reader hears the same line as the move begins.
    expect(document.querySelector('[aria-live="polite"][data-move]')?.textContent).toMatch(
      /^Then slowly bring your head back upright/,
    );
    await advance(5000);
    expect(svg().dataset.phase).toBe('rest');
    expect(document.querySelectorAll('.instruction .line.now')).toHaveLength(1);
  });

  it('says under a front view that it mirrors the user, and not under a side view', async () => {
    await openPlayer();
    await advance(3000);
    expect(screen.queryByText('Mirrored, like your reflection')).toBeNull();
    await advance(10_000);
    expect(screen.getByText('Mirrored, like your reflection')).toBeTruthy();
  });
});
