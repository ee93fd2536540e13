import { useTranslate } from '@/components/translate-context';
import type { TabModel } from './tab-model';

export interface TabStatusProps {
  tab: TabModel;
  onToggleSite: (siteKey: string, enabled: boolean) => void;
  /** Called from the click itself: the permission prompt needs the user's gesture. */
  onEnableSite: (origin: string) => void;
}

/** The current tab: supported or not, matching offers, a site that seems to have changed, and its switch. */
export function TabStatus({ tab, onToggleSite, onEnableSite }: TabStatusProps) {
  const t = useTranslate();
  if (tab.kind === 'unknown') return null;
  if (tab.kind === 'other') {
    return (
      <section class="tab-status" data-testid="tab-status" data-kind="other" aria-labelledby="tab-title">
        <h2 id="tab-title">{t('popup_thisSite')}</h2>
        <p>{t('popup_siteNotSupported', tab.host)}</p>
        <button
          type="button"
          class="button button-secondary button-wide"
          data-testid="enable-site"
          onClick={() => onEnableSite(tab.origin)}
        >
          {t('popup_enableSite')}
        </button>
      </section>
    );
  }
  return (
    <section class="tab-status" data-testid="tab-status" data-kind="site" aria-labelledby="tab-title">
      <h2 id="tab-title">{t('popup_thisSite')}</h2>
      <p>{t('popup_siteSupported', tab.name)}</p>
      {tab.enabled && tab.matches !== null && tab.offers !== null && (
        <p data-testid="tab-matches">{t('popup_tabMatches', [String(tab.matches), String(tab.offers)])}</p>
      )}
      {tab.changed && (
        <p class="notice notice-error" data-testid="site-changed">
          {t('popup_siteChanged')}
        </p>
      )}
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={tab.enabled}
          data-testid="site-switch"
          checked={tab.enabled}
          onChange={(event) => onToggleSite(tab.siteKey, event.currentTarget.checked)}
        />
        {t('popup_markOnSite')}
      </label>
    </section>
  );
}
