// What a click on the neck prompt's body does, which depends on the browser (it cannot be told at
// run time from anything but the build): Chrome's prompt has buttons (Start, Snooze or Quick), so
// its body opens the popup with every choice; Firefox's notifications have no buttons, so a click
// on its plain prompt is the one thing the user can do, and it starts the routine.

export type BrowserFamily = 'chrome' | 'firefox';

export type PromptClick = 'open-popup' | 'start-routine';

export const neckPromptClick = (family: BrowserFamily): PromptClick =>
  family === 'firefox' ? 'start-routine' : 'open-popup';
