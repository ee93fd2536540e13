import type { SyncError, SyncErrorCode } from '../utils/messaging';
import { formatDateTime, type MessageKey } from '../utils/profile/describe';
import { useTranslate } from './translate-context';

const ERROR_KEYS: Record<SyncErrorCode, MessageKey> = {
  network: 'error_network',
  server: 'error_server',
  rateLimited: 'error_rateLimited',
  unauthorized: 'error_unauthorized',
  malformed: 'error_malformed',
  invalid: 'error_invalid',
  cancelled: 'error_cancelled',
  authFailed: 'error_authFailed',
  signInRequired: 'error_signInRequired',
  unknown: 'error_unknown',
};

/** Errors that only signing in again can clear. */
const NEEDS_SIGN_IN: ReadonlySet<SyncErrorCode> = new Set(['unauthorized', 'signInRequired']);

export interface ErrorNoticeProps {
  error: SyncError;
  /** When a profile is still shown: the date of that saved copy. */
  cachedAt?: string | null;
  /** Offered for errors that need a new sign-in. */
  onSignIn?: () => void;
}

/** The last error in a jobseeker's words, the technical detail one click away. */
export function ErrorNotice({ error, cachedAt, onSignIn }: ErrorNoticeProps) {
  const t = useTranslate();
  const locale = t('locale');
  const at = formatDateTime(error.at, locale);
  const cached = cachedAt ? formatDateTime(cachedAt, locale) : null;
  return (
    <div class="notice notice-error" data-testid="error" data-code={error.code}>
      <p class="notice-message">{t(ERROR_KEYS[error.code] ?? 'error_unknown')}</p>
      {cached && (
        <p class="notice-cached" data-testid="cached-notice">
          {t('error_cachedProfile', [cached.date, cached.time])}
        </p>
      )}
      {onSignIn && NEEDS_SIGN_IN.has(error.code) && (
        <button type="button" class="button button-primary" data-testid="sign-in-again" onClick={onSignIn}>
          {t('error_signInAgain')}
        </button>
      )}
      <details class="notice-details" data-testid="error-details">
        <summary>{t('error_details')}</summary>
        <p>{t('error_detailsCode', error.code)}</p>
        {error.detail && <p class="notice-detail-text">{error.detail}</p>}
        <p>{t('error_detailsAt', [at.date, at.time])}</p>
      </details>
    </div>
  );
}
