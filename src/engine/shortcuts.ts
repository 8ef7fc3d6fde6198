import { i18n } from '#i18n';
import {
  decideShortcut,
  playerOnScreen,
  refusalOf,
  type Shortcut,
  type ShortcutDecision,
  type ShortcutRefusal,
} from '@/src/core/shortcuts/shortcuts';
import { showShortcutNotice } from '@/src/platform/commands';
import { STORED } from '@/src/platform/storage-items';
import { openPopupOrWindow } from '@/src/platform/windows';
import type { Engine } from './engine';

const REFUSALS: Record<ShortcutRefusal, () => string> = {
  'nothing-due': () => i18n.t('shortcuts.refused.nothingDue'),
  'snooze-limit': () => i18n.t('shortcuts.refused.snoozeLimit'),
  paused: () => i18n.t('shortcuts.refused.paused'),
  'routine-running': () => i18n.t('shortcuts.refused.routineRunning'),
  'routine-on-screen': () => i18n.t('shortcuts.refused.routineOnScreen'),
  failed: () => i18n.t('shortcuts.refused.failed'),
};

/**
 * A keyboard shortcut was pressed: it becomes the engine's own command, decided inside the engine's
 * queue from the state the command will meet. One that does not apply now changes nothing and
 * leaves a short notice saying why. Start while a routine runs shows its player if no page does.
 */
export async function runShortcut(engine: Engine, shortcut: Shortcut, now: () => number): Promise<void> {
  const decided: { decision?: ShortcutDecision } = {};
  const result = await engine.dispatch(({ state, settings }) => {
    decided.decision = decideShortcut(shortcut, state, settings);
    // Nothing for the engine to do: an ordinary catch-up pass, as when a page opens.
    return decided.decision.kind === 'command' ? decided.decision.command : { type: 'refresh' };
  });
  const decision = decided.decision;
  if (!decision) return; // not reached: the pass builds the event before it resolves
  if (decision.kind === 'routine-running') {
    if (!playerOnScreen(await STORED.session.load(), decision.startedAt, now())) return openPopupOrWindow();
    return refuse('routine-on-screen');
  }
  if (decision.kind === 'refused') return refuse(decision.reason);
  if (result.error) return refuse(refusalOf(result.error));
}

const refuse = (reason: ShortcutRefusal) =>
  showShortcutNotice(i18n.t('shortcuts.noticeTitle'), REFUSALS[reason]());
