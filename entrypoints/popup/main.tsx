import { render } from 'preact';
import '@/components/style.css';
import './popup.css';
import { t } from '@/utils/i18n';
import { App } from './App';

// The language of the messages browser.i18n picked, not the browser's UI language.
document.documentElement.lang = t('locale');
document.title = t('extName');

const root = document.getElementById('app');
if (root) render(<App />, root);
