import { render } from 'preact';
import '@/components/style.css';
import './options.css';
import { t } from '@/utils/i18n';
import { App } from './App';

document.documentElement.lang = t('locale');
document.title = t('options_title');

const root = document.getElementById('app');
if (root) render(<App />, root);
