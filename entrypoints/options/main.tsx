import '@/src/zod-setup';
import '@/src/ui/options/options.css';
import { render } from 'preact';
import { i18n } from '#i18n';
import { saveSettings } from '@/src/platform/settings-writer';
import { pageLocale } from '@/src/ui/options/locale';
import { OptionsApp } from '@/src/ui/options/OptionsApp';

// The page's language is the one its messages are in, for screen readers' pronunciation.
document.documentElement.lang = pageLocale();
document.title = i18n.t('options.pageTitle');

render(<OptionsApp save={saveSettings} />, document.getElementById('app') as HTMLElement);
