/**
 * The translator components read, through context so they stay pure: the
 * extension uses browser.i18n (the default), tests provide one over the real
 * messages.json files.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../utils/i18n';
import type { Translate } from '../utils/profile/describe';

export const TranslateContext = createContext<Translate>(t);

/** The translator of the nearest TranslateContext provider, browser.i18n by default. */
export function useTranslate(): Translate {
  return useContext(TranslateContext);
}
