import { lazy } from '@/src/ui/lazy';

/** The keyboard shortcuts tab, loaded when opened: the options page's start has no room for it. */
export const ShortcutsTab = lazy(() => import('./ShortcutsPanel').then((m) => m.ShortcutsPanel));
