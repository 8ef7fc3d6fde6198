import { i18n } from '#i18n';
import { extensionVersion } from '@/src/platform/manifest';

export function App() {
  return (
    <main>
      <h1>{i18n.t('extName')}</h1>
      <p>{i18n.t('ui.version', [extensionVersion()])}</p>
    </main>
  );
}
