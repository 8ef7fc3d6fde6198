import { describe, expect, it } from 'vitest';
import {
  type NeckPromptText,
  neckButtons,
  neckNotificationOptions,
  postureNotificationOptions,
} from '@/src/platform/notifications';

// Notification shapes per browser. Firefox rejects the whole create() call when an option its
// schema marks unsupported is present ("Property "buttons" is unsupported by Firefox"); this fake
// does the same for anything beyond the basic fields.

const text: NeckPromptText = {
  title: 'Time for a neck break',
  message: 'A few minutes of gentle movement?',
  buttons: ['Start routine', 'Snooze 10 min'],
  clickHint: 'Click to start.',
};

function firefoxCreate(options: Record<string, unknown>): Promise<string> {
  for (const unsupported of ['buttons', 'requireInteraction']) {
    if (unsupported in options) {
      return Promise.reject(
        new TypeError(
          `Type error for parameter options (Property "${unsupported}" is unsupported by Firefox)`,
        ),
      );
    }
  }
  return Promise.resolve('id');
}

describe('neck prompt options', () => {
  it('Firefox gets a plain notification that Firefox accepts, telling the user to click', async () => {
    const options = neckNotificationOptions('firefox', text, 'icon.png');
    expect(options).not.toHaveProperty('buttons');
    expect(options.message).toContain('Click to start.');
    await expect(firefoxCreate(options as Record<string, unknown>)).resolves.toBe('id');
  });

  it('Chrome gets two buttons and stays until acted on — which Firefox would reject', async () => {
    const options = neckNotificationOptions('chrome', text, 'icon.png');
    expect(options).toMatchObject({
      requireInteraction: true,
      buttons: [{ title: 'Start routine' }, { title: 'Snooze 10 min' }],
    });
    await expect(firefoxCreate(options as Record<string, unknown>)).rejects.toThrow('unsupported by Firefox');
  });

  it('at the snooze limit the second button is another routine', () => {
    expect(neckButtons(false)).toEqual(['start', 'snooze']);
    expect(neckButtons(true)).toEqual(['start', 'other']);
  });

  it('posture checks carry no buttons on any browser, and Firefox accepts its shape', async () => {
    expect(
      postureNotificationOptions('chrome', 'Posture check', 'Shoulders down.', 'icon.png'),
    ).not.toHaveProperty('buttons');
    const options = postureNotificationOptions('firefox', 'Posture check', 'Shoulders down.', 'icon.png');
    await expect(firefoxCreate(options as Record<string, unknown>)).resolves.toBe('id');
  });
});
