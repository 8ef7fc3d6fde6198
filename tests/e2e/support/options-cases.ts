// Entries the options page must refuse, each typed into one box, with the message the box then
// shows: one list for both browsers' suites. Each leaves storage.sync byte for byte unchanged.

export interface RefusedEntry {
  name: string;
  /** The tab's visible name. */
  tab: string;
  field: string;
  text: string;
  message: string;
}

export const REFUSED_ENTRIES: readonly RefusedEntry[] = [
  {
    name: 'zero minutes',
    tab: 'Breaks',
    field: '#set-neckBreak-intervalMin',
    text: '0',
    message: 'Enter 1 or more.',
  },
  {
    name: 'a negative interval',
    tab: 'Breaks',
    field: '#set-postureCheck-intervalMin',
    text: '-5',
    message: 'Enter 1 or more.',
  },
  {
    name: 'a huge interval',
    tab: 'Breaks',
    field: '#set-neckBreak-intervalMin',
    text: '99999999999999999999',
    message: 'Enter 480 or less.',
  },
  {
    name: 'an empty box',
    tab: 'Activity',
    field: '#set-activity-idleThresholdSec',
    text: '',
    message: 'Enter a number.',
  },
  {
    name: 'an idle threshold under the browser’s 15 s minimum',
    tab: 'Activity',
    field: '#set-activity-idleThresholdSec',
    text: '14',
    message: 'Enter 15 or more.',
  },
  {
    name: 'an away time over its limit',
    tab: 'Activity',
    field: '#set-activity-awayBreakMin',
    text: '61',
    message: 'Enter 60 or less.',
  },
  {
    name: 'a fraction where whole numbers are needed',
    tab: 'Routine',
    field: '#set-routine-dailyGoal',
    text: '2.5',
    message: 'Enter a whole number.',
  },
  {
    name: 'a voice rate under 0.5',
    tab: 'Routine',
    field: '#set-routine-voiceRate',
    text: '0.1',
    message: 'Enter 0.5 or more.',
  },
  {
    name: 'a fullscreen hold under its minimum',
    tab: 'Interruptions',
    field: '#set-fullscreenHold-maxMin',
    text: '4',
    message: 'Enter 5 or more.',
  },
  {
    name: 'a working day with no time',
    tab: 'Schedule',
    field: '#set-workingHours-days-fri-end',
    text: '',
    message: 'Enter a time.',
  },
];
