import { useState } from 'preact/hooks';
import { useTranslate } from '@/components/translate-context';

export interface PrivacySectionProps {
  busy: boolean;
  /** Set after a deletion, to say it is done. */
  deleted: boolean;
  onExport: () => void;
  onDeleteEverything: () => void;
}

/** What is stored and where, export as a file, and deletion (asked twice: it cannot be undone). */
export function PrivacySection({ busy, deleted, onExport, onDeleteEverything }: PrivacySectionProps) {
  const t = useTranslate();
  const [confirming, setConfirming] = useState(false);
  return (
    <div class="privacy">
      <p>{t('options_privacyWhere')}</p>
      <ul class="privacy-list">
        <li>{t('options_privacyProfile')}</li>
        <li>{t('options_privacySettings')}</li>
        <li>{t('options_privacyTokens')}</li>
      </ul>
      <div class="actions">
        <button
          type="button"
          class="button button-secondary"
          data-testid="export"
          disabled={busy}
          onClick={onExport}
        >
          {t('options_export')}
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              class="button button-danger"
              data-testid="confirm-delete"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                onDeleteEverything();
              }}
            >
              {t('options_confirmDelete')}
            </button>
            <button type="button" class="button button-secondary" onClick={() => setConfirming(false)}>
              {t('options_cancel')}
            </button>
          </>
        ) : (
          <button
            type="button"
            class="button button-secondary"
            data-testid="delete-everything"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t('options_deleteEverything')}
          </button>
        )}
      </div>
      <p class="status-line" aria-live="polite" data-testid="privacy-status">
        {confirming ? t('options_deleteWarning') : deleted ? t('options_deleted') : ''}
      </p>
    </div>
  );
}
