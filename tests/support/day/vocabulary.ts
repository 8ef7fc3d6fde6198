import type { DayPlan } from './script';
import type { Reaction, RoutinePlay } from './world';

// Words the day scenarios share, so each scenario file says only what its days do.

/** Posture checks off: a day about neck breaks reads without them. */
export const quiet = { postureCheck: { enabled: false } };

/** The reaction "start a routine 10 s after the prompt", the full one from the prompt unless told. */
export const routine = (play: Partial<RoutinePlay> = {}): Reaction => ({
  afterSec: 10,
  routine: { variant: 'full', source: 'notification', ...play },
});

/** Typing to the first prompt at 10:00:15 (a reading pause begins at 10:00), reading from 10:00:20. */
export const toTen: DayPlan['spans'] = [['09:00', '10:00:20', 'typing']];

/** The lines of a routine day's timeline that say what happened to the routine and the breaks. */
export const ROUTINE_LINES =
  /neck prompt|posture check|natural break|taken down|user|refused|given up|worker/;
