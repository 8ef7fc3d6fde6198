import { describe, expect, it } from 'vitest';
import { neckPromptClick } from '@/src/core/prompt-click';

describe('a click on the neck prompt', () => {
  it.each([
    ['chrome', 'open-popup'], // its prompt has Start and Snooze (or Quick) buttons: the body shows every choice
    ['firefox', 'start-routine'], // no buttons there: the click is the one thing the user can do
  ] as const)('on %s: %s', (family, action) => {
    expect(neckPromptClick(family)).toBe(action);
  });
});
