import { EmptyProfile } from '@/components/EmptyProfile';
import { MetierList } from '@/components/MetierList';
import { useTranslate } from '@/components/translate-context';
import type { AppState } from '@/utils/messaging';
import { describeUpdatedAt } from '@/utils/profile/describe';

export interface SignedInProps {
  state: AppState;
  syncing: boolean;
  signingOut: boolean;
  onRefresh: () => void;
  onSignOut: () => void;
}

/** The métiers recherchés as cards, the date of the last sync, refresh and sign-out. */
export function SignedIn({ state, syncing, signingOut, onRefresh, onSignOut }: SignedInProps) {
  const t = useTranslate();
  const { profile } = state;
  return (
    <>
      <section class="metiers" aria-labelledby="metiers-title">
        <h2 id="metiers-title">{t('popup_metiersHeading')}</h2>
        {profile === null ? (
          !syncing && !state.lastError && <p>{t('popup_notLoaded')}</p>
        ) : profile.metiers.length === 0 ? (
          <EmptyProfile />
        ) : (
          <MetierList metiers={profile.metiers} />
        )}
      </section>
      <footer class="popup-footer">
        <p class="last-sync" data-testid="last-sync">
          {state.lastSyncAt ? describeUpdatedAt(state.lastSyncAt, t) : t('popup_neverSynced')}
        </p>
        <div class="actions">
          <button
            type="button"
            class="button button-primary"
            data-testid="refresh"
            disabled={syncing}
            onClick={onRefresh}
          >
            {syncing && <span class="spinner" aria-hidden="true" />}
            {t(syncing ? 'popup_refreshing' : 'popup_refresh')}
          </button>
          <button
            type="button"
            class="button button-secondary"
            data-testid="sign-out"
            disabled={signingOut}
            onClick={onSignOut}
          >
            {t('popup_signOut')}
          </button>
        </div>
      </footer>
    </>
  );
}
