import './figure.css';
import { ArrowMark } from './parts';
import { NEUTRAL, POSES } from './poses';
import { BackView, FrontView, SideView } from './views';

/** Every picture key this figure can draw: the routine's step ids, in routine order. */
export const FIGURE_KEYS: readonly string[] = Object.freeze(Object.keys(POSES));

export const hasFigure = (key: string): boolean => Object.hasOwn(POSES, key);

const VIEWS = { front: FrontView, back: BackView, side: SideView };

// Massage is seen closer up: the back of the neck is where the hands work.
const BACK_ZOOM = 'translate(-20 -14) scale(1.2)';

/**
 * The picture for one step of the neck routine: a seated figure in that step's pose, moving
 * gently (CSS only; still under reduced motion). `title` is the localised accessible name.
 */
export function StepFigure({
  picture,
  title,
  class: cls,
}: {
  picture: string;
  title: string;
  class?: string;
}) {
  const pose = hasFigure(picture) ? (POSES[picture] ?? NEUTRAL) : NEUTRAL;
  const View = VIEWS[pose.v];
  return (
    // Keyed by picture: a new step gets fresh elements, so all its parts start their movement
    // together from the neutral position instead of inheriting the old step's phase.
    <svg key={picture} class={cls ? `fig ${cls}` : 'fig'} viewBox="0 0 200 200" role="img">
      <title>{title}</title>
      <rect class="bg" width="200" height="200" rx="16" />
      <g transform={pose.v === 'back' ? BACK_ZOOM : undefined}>
        <View p={pose} />
        {pose.arrows?.map((a) => (
          <ArrowMark key={JSON.stringify(a)} a={a} />
        ))}
      </g>
    </svg>
  );
}
