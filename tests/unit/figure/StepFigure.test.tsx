import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { STEPS } from '@/src/content/steps';
import { POSES } from '@/src/ui/figure/poses';
import { FIGURE_KEYS, hasFigure, StepFigure } from '@/src/ui/figure/StepFigure';
import { arrowheads, centreOf, imagePoint } from './still-geometry';
import { svgOf } from './svg';

// The pictures the player asks for: each step's, in routine order (docs/routine.md, Sources).
const ROUTINE = STEPS.map((s) => s.picture);
const MASSAGE = ROUTINE.filter((id) => id.startsWith('ms-'));
const EXERCISE_PAIRS = ['ex-metronome', 'ex-goose', 'ex-sky', 'ex-frame'];

afterEach(cleanup);

const draw = (picture: string): SVGSVGElement => {
  const title = `Picture for ${picture || 'nothing'}`;
  render(<StepFigure picture={picture} title={title} />);
  return svgOf(screen.getByRole('img', { name: title }));
};

/** Image x of the nose in the still picture: where the face points. */
const noseX = (svg: SVGSVGElement): number => {
  const nose = svg.querySelector('ellipse.n');
  if (!nose) throw new Error('no nose drawn');
  return centreOf(nose)[0];
};

/** Image positions of the hands in the still picture. */
const hands = (svg: SVGSVGElement): [number, number][] =>
  [...svg.querySelectorAll('g.hand')].map((hand) => imagePoint(hand, 0, 0));

describe('StepFigure', () => {
  it('draws every step of the routine as an image named by the given title', () => {
    for (const id of ROUTINE) {
      const svg = draw(id);
      expect(svg.tagName.toLowerCase(), id).toBe('svg');
      expect(svg.querySelector('title')?.textContent).toBe(`Picture for ${id}`);
      cleanup();
    }
  });

  it('offers exactly the routine steps as pictures, so content can check each one exists', () => {
    expect(FIGURE_KEYS).toEqual(ROUTINE);
    for (const id of ROUTINE) expect(hasFigure(id), id).toBe(true);
    for (const id of ['ex-fakir-r', 'constructor', '__proto__', '']) expect(hasFigure(id), id).toBe(false);
  });

  it('shows the neutral seated figure, facing front and still, for a picture it does not know', () => {
    for (const id of ['ex-fakir-r', 'constructor', '__proto__', 'toString', '']) {
      const svg = draw(id);
      expect(noseX(svg), id).toBeCloseTo(100);
      expect(svg.querySelectorAll('.ar, .m, .hl'), id).toHaveLength(0);
      expect(hands(svg), id).toHaveLength(2);
      cleanup();
    }
  });

  it.each(EXERCISE_PAIRS)(
    '%s: the right side moves the face toward image-right, the left side mirrors it',
    (id) => {
      const right = noseX(draw(`${id}-r`));
      cleanup();
      const left = noseX(draw(`${id}-l`));
      expect(right - 100).toBeGreaterThan(8);
      expect(left - 100).toBeCloseTo(-(right - 100), 1);
    },
  );

  it('Metronome lights up the lengthening side of the neck, away from the tilt', () => {
    for (const [id, side] of [
      ['ex-metronome-r', -1],
      ['ex-metronome-l', 1],
    ] as const) {
      const svg = draw(id);
      const glow = svg.querySelector('.hl');
      if (!glow) throw new Error(`${id}: no highlight`);
      expect(Math.sign(imagePoint(glow, side === -1 ? 90 : 110, 85)[0] - noseX(svg)), id).toBe(side);
      cleanup();
    }
  });

  it('every massage step shows where the hands move with arrows', () => {
    for (const id of MASSAGE) {
      expect(draw(id).querySelectorAll('.ar').length, id).toBeGreaterThan(0);
      cleanup();
    }
  });

  it('stroking and squeezing arrows only point down, from the head toward the shoulders', () => {
    for (const id of ['ms-stroke-open', 'ms-squeeze', 'ms-stroke-close']) {
      const heads = arrowheads(draw(id));
      expect(heads.length, id).toBeGreaterThan(0);
      for (const { tip, base } of heads) expect(tip[1], id).toBeGreaterThan(base[1]);
      cleanup();
    }
  });

  it('kneading grips the top of the shoulder being worked', () => {
    for (const [id, side] of [
      ['ms-knead-l', -1],
      ['ms-knead-r', 1],
    ] as const) {
      const onShoulder = hands(draw(id)).filter(([x, y]) => y < 115 && Math.sign(x - 100) === side);
      expect(onShoulder, id).toHaveLength(1);
      cleanup();
    }
  });

  it('every both-sides massage step shows a hand on each side of the spine: both at work, or the switch', () => {
    for (const id of ['ms-stroke-open', 'ms-rub', 'ms-pinch', 'ms-squeeze', 'ms-stroke-close']) {
      const sides = hands(draw(id)).map(([x]) => Math.sign(x - 100));
      expect(sides, id).toContain(-1);
      expect(sides, id).toContain(1);
      cleanup();
    }
  });

  it('Pinching shows the working hand beside the spine and the other side faded, as the switch', () => {
    const svg = draw('ms-pinch');
    const faded = [...svg.querySelectorAll('g.fade g.hand')].map((h) => imagePoint(h, 0, 0)[0]);
    const working = [...svg.querySelectorAll('g.hand')]
      .filter((h) => !h.closest('g.fade'))
      .map((h) => imagePoint(h, 0, 0)[0]);
    expect(working).toHaveLength(1);
    expect(faded).toHaveLength(1);
    expect(Math.sign((working[0] ?? 100) - 100)).toBe(-Math.sign((faded[0] ?? 100) - 100));
  });

  it('a front view says, under the picture, that it mirrors the user; back and side views do not', () => {
    const note = 'Mirrored, like your reflection';
    for (const id of ROUTINE) {
      const { container } = render(<StepFigure picture={id} title={id} mirrorNote={note} />);
      const mirrored = POSES[id]?.view === 'front';
      expect(container.querySelector('.fig-note')?.textContent ?? null, id).toBe(mirrored ? note : null);
      cleanup();
    }
  });

  it("moves into the pose, holds and back once over the step's length, from where the step is", () => {
    const { container, rerender } = render(
      <StepFigure
        picture="ex-sky-r"
        title="Step"
        pace={{ durationMs: 15_000, elapsedMs: 4_000, paused: false }}
      />,
    );
    const svg = () => container.querySelector('svg') as SVGSVGElement;
    expect(svg().style.getPropertyValue('--pace')).toBe('15000ms');
    expect(svg().style.getPropertyValue('--ago')).toBe('-4000ms');
    // Ticks of the same step keep the start: the animation is not restarted every second.
    rerender(
      <StepFigure
        picture="ex-sky-r"
        title="Step"
        pace={{ durationMs: 15_000, elapsedMs: 5_000, paused: true }}
      />,
    );
    expect(svg().style.getPropertyValue('--ago')).toBe('-4000ms');
    expect(svg().classList.contains('paused')).toBe(true);
    // The next step starts its own movement from its own start.
    rerender(
      <StepFigure
        picture="ex-sky-l"
        title="Step"
        pace={{ durationMs: 12_000, elapsedMs: 0, paused: false }}
      />,
    );
    expect([svg().style.getPropertyValue('--pace'), svg().style.getPropertyValue('--ago')]).toEqual([
      '12000ms',
      '0ms',
    ]);
  });

  it('a preview holds the pose without moving, and the step then starts the movement afresh', () => {
    const { container, rerender } = render(<StepFigure picture="ex-goose-r" title="Step" still />);
    const before = container.querySelector('svg');
    expect(before?.classList.contains('still')).toBe(true);
    rerender(<StepFigure picture="ex-goose-r" title="Step" />);
    expect(container.querySelector('svg')).not.toBe(before);
    expect(container.querySelector('svg')?.classList.contains('still')).toBe(false);
  });

  it('starts the movement of a new step afresh instead of carrying on the previous phase', () => {
    const { container, rerender } = render(<StepFigure picture="ex-metronome-r" title="Step" />);
    const before = container.querySelector('svg');
    rerender(<StepFigure picture="ex-goose-r" title="Step" />);
    expect(container.querySelector('svg')).not.toBe(before);
  });

  it('the still picture (reduced motion) is the held position each movement eases into', () => {
    const numbers = (s: string | null | undefined) => (s ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
    for (const id of ROUTINE) {
      for (const part of draw(id).querySelectorAll<SVGGElement>('.m.hold')) {
        const target = part.style.getPropertyValue('--t');
        expect(numbers(part.getAttribute('transform')), id).toEqual(numbers(target));
      }
      cleanup();
    }
  });
});
