import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { extensionVersion } from '@/src/platform/manifest';
import { preloadValidation } from '@/src/platform/settings-writer';
import { AboutPanel } from '@/src/ui/about/LazyAbout';
import { StoresContext, useSettings } from '@/src/ui/hooks/use-data';
import { lazy } from '@/src/ui/lazy';
import { createStores, disposeStores } from '@/src/ui/stores/stores';
import { FormContext } from './form/context';
import { createSettingsForm, type SettingsForm, type SettingsFormDeps } from './form/settings-form';
import { StatusLine } from './StatusLine';
import { ActivitySection } from './sections/Activity';
import { BreaksSection } from './sections/Breaks';
import { InterruptionsSection } from './sections/Interruptions';
import { RoutineSection } from './sections/Routine';
import { ScheduleSection } from './sections/Schedule';
import { SnoozeSection } from './sections/Snooze';
import { ShortcutsTab } from './shortcuts/LazyShortcuts';
import { type Tab, Tabs } from './Tabs';
import { Welcome } from './welcome/Welcome';

// The page opens on Breaks (or the welcome); History and Data, with their charts, files and
// imports, load when opened: the page's startup budget (38 KB gzip) has no room for them.
const HistoryPanel = lazy(() => import('./history/HistoryPanel').then((m) => m.HistoryPanel));
const DataPanel = lazy(() => import('./data/DataPanel').then((m) => m.DataPanel));

const PANELS = {
  welcome: Welcome,
  breaks: BreaksSection,
  snooze: SnoozeSection,
  activity: ActivitySection,
  schedule: ScheduleSection,
  interruptions: InterruptionsSection,
  routine: RoutineSection,
  shortcuts: ShortcutsTab,
  about: AboutPanel,
  history: HistoryPanel,
  data: DataPanel,
} as const;
type TabKey = keyof typeof PANELS;

const TAB_LABELS: Record<TabKey, () => string> = {
  welcome: () => i18n.t('options.tab.welcome'),
  breaks: () => i18n.t('options.tab.breaks'),
  snooze: () => i18n.t('options.tab.snooze'),
  activity: () => i18n.t('options.tab.activity'),
  schedule: () => i18n.t('options.tab.schedule'),
  interruptions: () => i18n.t('options.tab.interruptions'),
  routine: () => i18n.t('options.tab.routine'),
  shortcuts: () => i18n.t('shortcuts.tab'),
  about: () => i18n.t('options.tab.about'),
  history: () => i18n.t('options.tab.history'),
  data: () => i18n.t('options.tab.data'),
};
const TAB_KEYS = Object.keys(PANELS) as TabKey[];

/** The tab named by the address (`options.html#history`); Breaks when it names none. */
const tabFromHash = (): TabKey => {
  const key = location.hash.slice(1);
  return key in PANELS ? (key as TabKey) : 'breaks';
};

/** The address follows the tab, so a reload, a bookmark or the welcome's link land on it. */
function useHashTab(): [TabKey, (key: TabKey) => void] {
  const [tab, setTab] = useState(tabFromHash);
  useEffect(() => {
    const onHash = () => setTab(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const select = (key: TabKey) => {
    setTab(key);
    history.replaceState(null, '', `#${key}`);
  };
  return [tab, select];
}

function Panel({ tab }: { tab: TabKey }) {
  const settings = useSettings();
  const Content = PANELS[tab];
  return (
    <>
      <h2>{tab === 'welcome' ? i18n.t('options.welcome.title') : TAB_LABELS[tab]()}</h2>
      {/* Every panel reads the settings (History reads the goal); nothing renders before them. */}
      {settings && <Content />}
    </>
  );
}

/** The options page. `save` writes validated settings (tests pass a stand-in). */
export function OptionsApp({ save }: { save: SettingsFormDeps['save'] }) {
  const [stores] = useState(createStores);
  const form: SettingsForm = useMemo(
    () => createSettingsForm({ settings: stores.settings, save }),
    [stores, save],
  );
  useEffect(() => () => disposeStores(stores), [stores]);
  // The settings check (zod) is fetched while the user reads, so the first change need not wait.
  useEffect(() => {
    preloadValidation().catch(() => undefined);
  }, []);
  const [tab, select] = useHashTab();
  const tabs: Tab<TabKey>[] = TAB_KEYS.map((key) => ({ key, label: TAB_LABELS[key]() }));
  return (
    <StoresContext.Provider value={stores}>
      <FormContext.Provider value={form}>
        <header class="page-header">
          <div class="brand">
            <img src="/icons/32.png" width={28} height={28} alt="" />
            <h1>{i18n.t('extName')}</h1>
          </div>
          <StatusLine />
        </header>
        <main>
          <Tabs label={i18n.t('options.nav')} tabs={tabs} selected={tab} onSelect={select}>
            <Panel tab={tab} />
          </Tabs>
        </main>
        <footer class="page-footer">{i18n.t('ui.version', [extensionVersion()])}</footer>
      </FormContext.Provider>
    </StoresContext.Provider>
  );
}
