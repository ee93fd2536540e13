import { useTranslate } from '@/components/translate-context';
import { type DisplaySettings, isSiteEnabled } from '@/utils/settings';

export interface BoardSite {
  /** The adapter id: the site key settings switch off. */
  id: string;
  name: string;
}

export interface SitesSettingsProps {
  boards: readonly BoardSite[];
  customSites: readonly string[];
  settings: DisplaySettings;
  onToggle: (siteKey: string, enabled: boolean) => void;
  onRemoveCustomSite: (host: string) => void;
}

/** Each supported board on or off; the sites enabled by hand, each on or off and removable. */
export function SitesSettings({
  boards,
  customSites,
  settings,
  onToggle,
  onRemoveCustomSite,
}: SitesSettingsProps) {
  const t = useTranslate();
  return (
    <div class="sites">
      <fieldset class="field">
        <legend>{t('options_boards')}</legend>
        <ul class="site-list">
          {boards.map((board) => (
            <li key={board.id}>
              <label class="choice">
                <input
                  type="checkbox"
                  data-testid={`site-${board.id}`}
                  checked={isSiteEnabled(settings, board.id)}
                  onChange={(event) => onToggle(board.id, event.currentTarget.checked)}
                />
                {board.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset class="field">
        <legend>{t('options_customSites')}</legend>
        {customSites.length === 0 ? (
          <p class="field-hint">{t('options_noCustomSite')}</p>
        ) : (
          <ul class="site-list">
            {customSites.map((host) => (
              <li key={host} class="inline-row">
                <label class="choice">
                  <input
                    type="checkbox"
                    checked={isSiteEnabled(settings, host)}
                    onChange={(event) => onToggle(host, event.currentTarget.checked)}
                  />
                  {host}
                </label>
                <button
                  type="button"
                  class="button button-secondary button-small"
                  aria-label={t('options_removeWord', host)}
                  onClick={() => onRemoveCustomSite(host)}
                >
                  {t('options_remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </div>
  );
}
