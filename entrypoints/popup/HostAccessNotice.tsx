import { useTranslate } from '@/components/translate-context';

export interface HostAccessNoticeProps {
  onGrant: () => void;
}

/** Shown when the browser withholds access to France Travail or to the job boards (Firefox lets the person do so). */
export function HostAccessNotice({ onGrant }: HostAccessNoticeProps) {
  const t = useTranslate();
  return (
    <div class="notice" data-testid="host-access">
      <p class="notice-message">{t('popup_hostAccessMissing')}</p>
      <button type="button" class="button button-primary" data-testid="grant-host-access" onClick={onGrant}>
        {t('popup_hostAccessGrant')}
      </button>
    </div>
  );
}
