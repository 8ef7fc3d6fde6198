import { browser } from 'wxt/browser';

/**
 * Whether the focused browser window is fullscreen (a video, slides, a call). Works without the
 * `tabs` permission. It only sees browser windows, not other apps, so it is a "don't interrupt"
 * hint, not a promise.
 */
export async function isFullscreen(): Promise<boolean> {
  try {
    const win = await browser.windows.getLastFocused();
    return win.state === 'fullscreen' || win.state === 'locked-fullscreen';
  } catch {
    return false; // no browser window at all
  }
}

const ROUTINE_WINDOW = { width: 420, height: 720 };

/** The routine page in its own small window, which survives focus changes (unlike the popup). */
export async function openRoutineWindow(): Promise<void> {
  await browser.windows.create({
    url: browser.runtime.getURL('/routine.html'),
    type: 'popup',
    ...ROUTINE_WINDOW,
  });
}

/**
 * Opens the toolbar popup (Chrome 127+, no gesture needed), or the routine window where that
 * fails: no focused window with a toolbar, a fullscreen window, Firefox before 149, another popup open.
 */
export async function openPopupOrWindow(): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    await openRoutineWindow();
  }
}

export async function openOptionsPage(hash = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash}`) });
}
