import type { EngineState, OfferedRoutine } from './schedule/state';
import type { Settings } from './settings/schema';

// What a click on the neck prompt's body does, which depends on the browser (it cannot be told at
// run time from anything but the build): Chrome's prompt has buttons (Start, Snooze or Quick), so
// its body opens the popup with every choice; Firefox's notifications have no buttons, so a click
// on its plain prompt is the one thing the user can do, and it starts the routine.

export type BrowserFamily = 'chrome' | 'firefox';

export type PromptClick = 'open-popup' | 'start-routine';

export const neckPromptClick = (family: BrowserFamily): PromptClick =>
  family === 'firefox' ? 'start-routine' : 'open-popup';

/**
 * What the prompt's Snooze button snoozes by: the length the prompt offered when it was shown
 * (its button says so), kept in the state, so a settings change before the click does not change
 * it. A prompt shown by a Nape that did not keep it (a state saved before) offered the settings'
 * default. Whether a snooze is allowed at all is the snooze command's to say.
 */
export const snoozeOffered = (s: EngineState, settings: Settings): number =>
  (s.neck.status === 'due' ? s.neck.snoozeOfferedMin : undefined) ?? settings.snooze.defaultMin;

/**
 * What the second button of a prompt with no snooze left starts: the routine its label named when
 * it was shown, kept in the state; the quick one for a prompt shown by a Nape that did not keep it.
 */
export const otherOffered = (s: EngineState): OfferedRoutine =>
  (s.neck.status === 'due' ? s.neck.otherOffered : undefined) ?? 'quick';
