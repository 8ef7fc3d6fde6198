import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSettings } from '@/src/platform/settings-writer';
import { OptionsApp } from '@/src/ui/options/OptionsApp';
import { fakeCommands } from '@/tests/integration/fakes/commands';
import './support'; // the manifest the page's footer reads

// The keyboard shortcuts tab: the keys the browser has assigned now, "Not set" where it assigned
// none, and the way to the browser's own page for changing them.

afterEach(cleanup);

const declared = (keys: Record<string, string>) =>
  Object.entries(keys).map(([name, shortcut]) => ({ name, description: name, shortcut }));

/** Opens the page on the tab and waits for its table: the tab's code loads on demand. */
async function openTab() {
  history.replaceState(null, '', '#shortcuts');
  render(<OptionsApp save={saveSettings} />);
  return within(await screen.findByRole('table'));
}

describe('the keyboard shortcuts tab', () => {
  it('lists each shortcut with the keys the browser assigned', async () => {
    fakeCommands().registered = declared({
      _execute_action: '',
      'start-routine': 'Alt+Shift+G',
      'snooze-break': 'Alt+Shift+D',
      'toggle-pause': 'Alt+Shift+H',
    });
    const table = await openTab();
    const rows = table.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Start your routineAlt+Shift+G',
      'Snooze the neck breakAlt+Shift+D',
      'Pause or resume remindersAlt+Shift+H',
    ]);
    expect(screen.queryByText(/A shortcut is not set when/)).toBeNull();
  });

  it('says "Not set" where the browser assigned no keys, and why that happens', async () => {
    fakeCommands().registered = declared({ 'start-routine': 'Alt+Shift+G', 'toggle-pause': '' });
    const table = await openTab();
    expect(
      table.getByRole('rowheader', { name: 'Snooze the neck break' }).nextElementSibling?.textContent,
    ).toBe('Not set');
    expect(
      table.getByRole('rowheader', { name: 'Pause or resume reminders' }).nextElementSibling?.textContent,
    ).toBe('Not set');
    expect(screen.getByText(/A shortcut is not set when/)).toBeTruthy();
  });

  it('reads the keys again when the page comes back into view (after changing them)', async () => {
    fakeCommands().registered = declared({ 'start-routine': 'Alt+Shift+G' });
    const table = await openTab();
    fakeCommands().registered = declared({ 'start-routine': 'Ctrl+Shift+1' });
    window.dispatchEvent(new Event('focus'));
    await waitFor(() => expect(table.getByText('Ctrl+Shift+1')).toBeTruthy());
  });

  it("opens Chrome's shortcuts page, and says so when the browser refuses", async () => {
    await openTab();
    expect(screen.getByText(/chrome:\/\/extensions\/shortcuts/)).toBeTruthy();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    screen.getByRole('button', { name: 'Change shortcuts' }).click();
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' }));
    expect(screen.queryByRole('alert')).toBeNull();

    create.mockRejectedValueOnce(new Error('Cannot open'));
    screen.getByRole('button', { name: 'Change shortcuts' }).click();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The browser did not open its shortcut settings. Open them as described above.',
    );
  });
});
