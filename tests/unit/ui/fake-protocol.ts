import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Command } from '@/src/core/schedule/events';
import type { EngineState } from '@/src/core/schedule/state';
import type { CommandResult } from '@/src/platform/protocol';

// Stands in for src/platform/protocol.ts in the UI tests (vi.mock): records what the page asks the
// engine, and answers as a test tells it to. By default it does what the engine does with a
// routine, which is all the pages need from it: a start puts the stored engine state in routine
// mode (every page then shows the player), an end takes it out. The engine's own behaviour is
// tested elsewhere.

export const sent: Command[] = [];
export const refreshes: number[] = [];

async function likeTheEngine(cmd: Command): Promise<CommandResult> {
  const { engine } = (await fakeBrowser.storage.local.get('engine')) as { engine?: EngineState };
  if (!engine) return { ok: true };
  if (cmd.type === 'startRoutine') {
    if (engine.mode.kind === 'routine') return { ok: false, error: 'routine-running' };
    const mode = { kind: 'routine', variant: cmd.variant, startedAt: Date.now() } as const;
    await fakeBrowser.storage.local.set({ engine: { ...engine, mode } });
  }
  if (cmd.type === 'routineEnded') {
    if (engine.mode.kind !== 'routine' || engine.mode.startedAt !== cmd.startedAt) {
      return { ok: false, error: 'no-routine' };
    }
    await fakeBrowser.storage.local.set({ engine: { ...engine, mode: { kind: 'normal' } } });
  }
  return { ok: true };
}

let answer: (cmd: Command) => CommandResult | Promise<CommandResult> = likeTheEngine;

export function answerWith(fn: (cmd: Command) => CommandResult): void {
  answer = fn;
}

export function resetProtocol(): void {
  sent.length = 0;
  refreshes.length = 0;
  answer = likeTheEngine;
}

export async function sendCommand(cmd: Command): Promise<CommandResult> {
  sent.push(cmd);
  return answer(cmd);
}

export async function sendMessage(type: string): Promise<void> {
  if (type === 'refresh') refreshes.push(Date.now());
}
