import { useTranslate } from '@/components/translate-context';
import type { MessageKey } from '@/utils/i18n';
import { DISPLAY_MODES, type DisplayMode, type DisplaySettings } from '@/utils/settings';

const MODE_KEYS: Record<DisplayMode, MessageKey> = {
  mark: 'options_modeMark',
  dim: 'options_modeDim',
  hide: 'options_modeHide',
};

export interface DisplaySettingsFormProps {
  settings: DisplaySettings;
  onChange: (change: Partial<DisplaySettings>) => void;
}

/** How non-matching offers look, and the score below which an offer does not match. */
export function DisplaySettingsForm({ settings, onChange }: DisplaySettingsFormProps) {
  const t = useTranslate();
  return (
    <div class="display">
      <fieldset class="field">
        <legend>{t('options_displayMode')}</legend>
        <div class="choices choices-column">
          {DISPLAY_MODES.map((mode) => (
            <label key={mode} class="choice">
              <input
                type="radio"
                name="display-mode"
                value={mode}
                data-testid={`mode-${mode}`}
                checked={settings.mode === mode}
                onChange={() => onChange({ mode })}
              />
              {t(MODE_KEYS[mode])}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for="min-score">{t('options_minScore', String(settings.minScore))}</label>
        <input
          id="min-score"
          type="range"
          min={0}
          max={100}
          step={5}
          value={settings.minScore}
          onChange={(event) => onChange({ minScore: Number(event.currentTarget.value) })}
        />
      </div>
    </div>
  );
}
