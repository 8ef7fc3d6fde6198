import { useRef } from 'preact/hooks';
import type { Move } from '@/src/content/choreography';
import type { StepId } from '@/src/content/steps';
import { CHOREOGRAPHY } from '@/src/content/steps';
import './figure.css';
import { figureMotion, keyframeNames, keyframesCss } from './motion';
import { ArrowMark } from './parts';
import { NEUTRAL, POSES } from './poses';
import { BackView, FrontView, SideView } from './views';

/** Every picture key this figure can draw: the routine's step ids, in routine order. */
export const FIGURE_KEYS: readonly string[] = Object.freeze(Object.keys(POSES));

export const hasFigure = (key: string): boolean => Object.hasOwn(POSES, key);

const VIEWS = { front: FrontView, back: BackView, side: SideView };

// Massage is seen closer up: the back of the neck is where the hands work.
const BACK_ZOOM = 'translate(-20 -14) scale(1.2)';

/** The step the picture belongs to, so its movement keeps the step's pace. */
export interface FigurePace {
  /** The step's length: the figure eases into the pose, holds it and eases back once in this time. */
  durationMs: number;
  /** How far into the step the picture first shows (a popup reopened mid-step picks up there). */
  elapsedMs: number;
  paused: boolean;
  /** The move under way, exposed as `data-phase` for tests and kept in step with the keyframes. */
  move?: Move | undefined;
}

/**
 * The picture for one step of the neck routine: a seated figure in that step's pose, moving
 * gently (CSS only; still under reduced motion). `title` is the localised accessible name. With
 * `pace`, the movement into and out of the pose takes exactly the step; `still` shows the held
 * pose without moving (a preview). A front view is a mirror of the user: `mirrorNote` says so
 * under it.
 */
export function StepFigure({
  picture,
  title,
  class: cls,
  pace,
  still = false,
  mirrorNote,
}: {
  picture: string;
  title: string;
  class?: string;
  pace?: FigurePace | undefined;
  still?: boolean;
  mirrorNote?: string | undefined;
}) {
  const pose = hasFigure(picture) ? (POSES[picture] ?? NEUTRAL) : NEUTRAL;
  const View = VIEWS[pose.view];
  const key = `${picture}${still ? ':still' : ''}`;
  // Where in the step the picture appeared, fixed for as long as it shows: the animation then
  // runs on the compositor, in step with the countdown, without a render per tick.
  const start = useRef({ key: '', agoMs: 0 });
  if (start.current.key !== key) start.current = { key, agoMs: pace?.elapsedMs ?? 0 };
  const classes = ['fig', cls, still && 'still', pace?.paused && 'paused'].filter(Boolean).join(' ');
  // The keyframes come from the step's choreography (motion.ts): every picture key is a step id.
  const choreography = Object.hasOwn(CHOREOGRAPHY, picture) ? CHOREOGRAPHY[picture as StepId] : undefined;
  const names = keyframeNames(picture);
  // A massage step whose hands come to rest (Closing strokes) draws them at rest as well.
  const rests = pose.view === 'back' && choreography?.moves.some((m) => m.move === 'rest') === true;
  const arrows = pose.arrows?.map((arrow) => <ArrowMark key={JSON.stringify(arrow)} arrow={arrow} />);
  const style = pace && {
    '--pace': `${Math.round(pace.durationMs)}ms`,
    '--ago': `${-Math.round(start.current.agoMs)}ms`,
    '--hold-kf': names.hold,
    '--settle-kf': names.settle,
    '--glow-kf': names.glow,
  };
  return (
    <>
      {/* Keyed: a new step (or the step starting after its preview) gets fresh elements, so all
          its parts start their movement together from the neutral position. */}
      <svg
        key={key}
        class={classes}
        style={style || undefined}
        viewBox="0 0 200 200"
        role="img"
        data-phase={pace?.move}
      >
        <title>{title}</title>
        {pace && choreography && !still && <style>{keyframesCss(picture, figureMotion(choreography))}</style>}
        <rect class="bg" width="200" height="200" rx="16" />
        <g transform={pose.view === 'back' ? BACK_ZOOM : undefined}>
          {pose.view === 'back' ? <BackView pose={pose} rests={rests} /> : <View pose={pose} />}
          {/* The arrows show the work: at rest they go with the working hands. */}
          {rests ? <g class="at-work">{arrows}</g> : arrows}
        </g>
      </svg>
      {pose.view === 'front' && mirrorNote && <p class="fig-note">{mirrorNote}</p>}
    </>
  );
}
