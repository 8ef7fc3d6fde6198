// The routine player's pure core: a stored session plus `now` gives everything the player shows.
export { next, PREVIOUS_RESTARTS_AFTER_MS, pause, previous, resume, stop, tick } from './controls';
export {
  abandonedAt,
  belongsTo,
  lastActivityAt,
  ROUTINE_ABANDONED_AFTER_MS,
  reopen,
  STALE_TICK_AFTER_MS,
} from './lifecycle';
export { type TimedPlan, type TimedStep, VARIANT_IDS, type VariantId } from './plan';
export { progress, type RoutineProgress, type RoutineStage } from './progress';
export { type RoutineSession, startSession } from './session';
export { GET_READY_MS } from './timeline';
