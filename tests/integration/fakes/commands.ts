import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (name: string) => unknown;

export interface FakeCommand {
  name: string;
  description: string;
  shortcut: string;
}

/**
 * fakeBrowser has `commands` only as stubs that throw "not implemented", so tests install this
 * one. `onCommand.trigger(name)` delivers a command to every listener, as the browser does when
 * its keys are pressed, and waits for what they return. `getAll` answers with `registered`, which
 * a test sets to what the manifest declares (or a browser that assigned no keys);
 * `openShortcutSettings` (Firefox's call) counts its calls.
 */
export interface FakeCommands {
  registered: FakeCommand[];
  settingsOpened: number;
  getAll(): Promise<FakeCommand[]>;
  openShortcutSettings(): Promise<void>;
  onCommand: {
    addListener(l: Listener): void;
    removeListener(l: Listener): void;
    hasListener(l: Listener): boolean;
    hasListeners(): boolean;
    removeAllListeners(): void;
    trigger(name: string): Promise<void>;
  };
}

export function createFakeCommands(): FakeCommands {
  const listeners = new Set<Listener>();
  const commands: FakeCommands = {
    registered: [],
    settingsOpened: 0,
    getAll: async () => structuredClone(commands.registered),
    openShortcutSettings: async () => {
      commands.settingsOpened++;
    },
    onCommand: {
      addListener: (l) => void listeners.add(l),
      removeListener: (l) => void listeners.delete(l),
      hasListener: (l) => listeners.has(l),
      hasListeners: () => listeners.size > 0,
      removeAllListeners: () => listeners.clear(),
      async trigger(name) {
        await Promise.all([...listeners].map((l) => l(name)));
      },
    },
  };
  return commands;
}

let installed: FakeCommands | undefined;

/** Puts a fresh commands fake on fakeBrowser for the next test (tests/setup/fake-browser.ts). */
export function installFakeCommands(): FakeCommands {
  installed = createFakeCommands();
  Object.defineProperty(fakeBrowser, 'commands', { value: installed, configurable: true, writable: true });
  return installed;
}

/** The commands fake installed for the current test. */
export function fakeCommands(): FakeCommands {
  if (!installed) throw new Error('no commands fake installed: tests/setup/fake-browser.ts installs one');
  return installed;
}
