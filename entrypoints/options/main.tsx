import '@/src/zod-setup';
import '@/src/ui/options/options.css';
import { render } from 'preact';
import { i18n } from '#i18n';
import { pageLanguage } from '@/src/platform/locale';
import { saveSettings } from '@/src/platform/settings-writer';
import { OptionsApp } from '@/src/ui/options/OptionsApp';

// The page's language is the one its messages are in, for screen readers' pronunciation.
document.documentElement.lang = pageLanguage();
document.title = i18n.t('options.pageTitle');

render(<OptionsApp save={saveSettings} />, document.getElementById('app') as HTMLElement);
