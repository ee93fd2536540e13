import { useEffect, useState } from 'preact/hooks';
import { useTranslate } from '@/components/translate-context';
import type { FranceTravailConfig } from '@/utils/francetravail/config';
import type { ConfigOverride } from '@/utils/francetravail/config-override';

/** The fields a person can set, in the order shown; the client id is the only one required. */
export const OVERRIDE_FIELDS = ['clientId', 'authorizeUrl', 'tokenUrl', 'logoutUrl', 'apiBase'] as const;
export type OverrideField = (typeof OVERRIDE_FIELDS)[number];
export type OverrideDraft = Record<OverrideField, string>;

/** What the last save or reset did. */
export type AdvancedStatus = 'saved' | 'reset' | 'invalid' | 'refused' | 'failed' | null;

export interface AdvancedSettingsProps {
  /** The stored override, null when the build's values are in force. */
  override: ConfigOverride | null;
  /** The build's values, shown as each field's default. */
  defaults: FranceTravailConfig;
  /** The redirect URI to register with France Travail for this browser's copy of the extension. */
  redirectUri: string;
  status: AdvancedStatus;
  busy: boolean;
  onSave: (draft: OverrideDraft) => void;
  onReset: () => void;
}

const draftOf = (override: ConfigOverride | null): OverrideDraft => ({
  clientId: override?.clientId ?? '',
  authorizeUrl: override?.authorizeUrl ?? '',
  tokenUrl: override?.tokenUrl ?? '',
  logoutUrl: override?.logoutUrl ?? '',
  apiBase: override?.apiBase ?? '',
});

/** The France Travail application in use, for people who registered their own (options page § Avancé). */
export function AdvancedSettings(props: AdvancedSettingsProps) {
  const t = useTranslate();
  const { override, defaults } = props;
  const [draft, setDraft] = useState<OverrideDraft>(() => draftOf(override));
  useEffect(() => setDraft(draftOf(override)), [override]);
  const labels: Record<OverrideField, string> = {
    clientId: t('options_advancedClientId'),
    authorizeUrl: t('options_advancedAuthorizeUrl'),
    tokenUrl: t('options_advancedTokenUrl'),
    logoutUrl: t('options_advancedLogoutUrl'),
    apiBase: t('options_advancedApiBase'),
  };
  const status: Record<Exclude<AdvancedStatus, null>, string> = {
    saved: t('options_saved'),
    reset: t('options_advancedResetDone'),
    invalid: t('options_advancedInvalid'),
    refused: t('options_advancedRefused'),
    failed: t('options_failed'),
  };
  return (
    <div class="advanced" data-testid="advanced-settings">
      <p>{t('options_advancedText')}</p>
      <p data-testid="advanced-in-use">
        {override ? t('options_advancedOwnInUse', override.clientId) : t('options_advancedBuildInUse')}
      </p>
      <p>
        {t('options_advancedRedirect')} <code data-testid="redirect-uri">{props.redirectUri}</code>
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          props.onSave(draft);
        }}
      >
        {OVERRIDE_FIELDS.map((field) => (
          <div class="field" key={field}>
            <label for={`ft-${field}`}>{labels[field]}</label>
            <input
              id={`ft-${field}`}
              type={field === 'clientId' ? 'text' : 'url'}
              required={field === 'clientId'}
              spellcheck={false}
              autocomplete="off"
              aria-describedby={`ft-${field}-default`}
              value={draft[field]}
              onInput={(event) => {
                const value = event.currentTarget.value;
                setDraft((current) => ({ ...current, [field]: value }));
              }}
            />
            <p class="field-hint" id={`ft-${field}-default`}>
              {t('options_advancedDefault', defaults[field])}
            </p>
          </div>
        ))}
        <p>{t('options_advancedSignOut')}</p>
        <div class="actions">
          <button
            type="submit"
            class="button button-primary"
            data-testid="save-advanced"
            disabled={props.busy}
          >
            {t('options_save')}
          </button>
          <button
            type="button"
            class="button button-secondary"
            data-testid="reset-advanced"
            disabled={props.busy || !override}
            onClick={props.onReset}
          >
            {t('options_advancedReset')}
          </button>
        </div>
      </form>
      <p class="status-line" aria-live="polite" data-testid="advanced-status">
        {props.status ? status[props.status] : ''}
      </p>
    </div>
  );
}
