import { render } from 'preact';
import '@/components/style.css';
import './popup.css';
import { t } from '@/utils/i18n';
import { App } from './App';
import { askStateEarly } from './useAppState';

// The language of the messages browser.i18n picked, not the browser's UI language.
document.documentElement.lang = t('locale');
document.title = t('extName');

/**
 * How long the popup waits for its state before a first render without it. A background that is
 * awake answers in a few milliseconds (5-11 ms here, 30-60 ms while the page loads); one waking up
 * takes longer, and the popup must not stay blank for it.
 */
const EARLY_STATE_WAIT_MS = 150;

const root = document.getElementById('app');
if (root) void askStateEarly(EARLY_STATE_WAIT_MS).then(() => render(<App />, root));
