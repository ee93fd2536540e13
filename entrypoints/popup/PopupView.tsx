import { AdjustmentsSummary } from '@/components/AdjustmentsSummary';
import { ErrorNotice } from '@/components/ErrorNotice';
import { KeptTypedProfile } from '@/components/KeptTypedProfile';
import { ProfileSource } from '@/components/ProfileSource';
import { useTranslate } from '@/components/translate-context';
import type { Adjustments } from '@/utils/adjustments';
import type { AppState } from '@/utils/messaging';
import type { PopupAction } from './actions';
import { HostAccessNotice } from './HostAccessNotice';
import { SignedIn } from './SignedIn';
import { SignedOut } from './SignedOut';
import { TabStatus } from './TabStatus';
import type { TabModel } from './tab-model';

export interface PopupViewProps {
  /** null until the background has answered. */
  state: AppState | null;
  /** The background did not answer at all. */
  unreachable?: boolean;
  /** The action sent and not yet answered. */
  pending?: PopupAction | null;
  onSignIn: () => void;
  onSignOut: () => void;
  onRefresh: () => void;
  /** Shows a demo profile without an account; omitted, the offer is not shown. */
  onUseDemo?: () => void;
  /** The browser withholds a host the product needs; omitted, nothing is asked. */
  onGrantHostAccess?: () => void;
  /** The person's additions to the profile, shown as theirs. */
  adjustments?: Adjustments;
  /** The current tab; omitted or unknown, nothing is said about it. */
  tab?: TabModel;
  onToggleSite?: (siteKey: string, enabled: boolean) => void;
  onEnableSite?: (origin: string) => void;
  /** Opens the options page; omitted, the link is not shown. */
  onOpenOptions?: () => void;
}

/** The whole popup for one AppState: pure, so every state can be rendered in a test. */
export function PopupView({
  state,
  unreachable = false,
  pending = null,
  adjustments,
  tab,
  onToggleSite = () => {},
  onEnableSite = () => {},
  onOpenOptions,
  ...handlers
}: PopupViewProps) {
  const t = useTranslate();
  const profile = state?.profile ?? null;
  const keptTypedProfile = state?.keptTypedProfile ?? null;
  const syncing = state?.syncing === true || pending === 'refresh';
  const showError = state?.lastError && !syncing;
  return (
    <main class="popup" aria-busy={state === null || syncing}>
      <header class="popup-header">
        <img src="/icons/32.png" alt="" width={24} height={24} />
        <h1>{t('extName')}</h1>
      </header>
      {/* Present from the first render so screen readers announce what appears in it. */}
      <div class="status" aria-live="polite" data-testid="status">
        {handlers.onGrantHostAccess && <HostAccessNotice onGrant={handlers.onGrantHostAccess} />}
        {state === null && !unreachable && <p class="loading">{t('popup_loading')}</p>}
        {unreachable && (
          <p class="notice notice-error" data-testid="unreachable">
            {t('popup_unreachable')}
          </p>
        )}
        {state?.signedIn && syncing && (
          <p class={profile ? 'visually-hidden' : 'loading'}>
            {t(profile ? 'popup_refreshing' : 'popup_firstSync')}
          </p>
        )}
        {showError && state.lastError && (
          <ErrorNotice
            error={state.lastError}
            cachedAt={profile && profile.source !== 'demo' ? (state.lastSyncAt ?? profile.updatedAt) : null}
            onSignIn={state.signedIn ? handlers.onSignIn : undefined}
          />
        )}
      </div>
      {profile && <ProfileSource source={profile.source} />}
      {keptTypedProfile && (
        <KeptTypedProfile profile={keptTypedProfile} signedIn={state?.signedIn === true} />
      )}
      {state &&
        (state.signedIn ? (
          <SignedIn
            state={state}
            syncing={syncing}
            signingOut={pending === 'signOut'}
            onRefresh={handlers.onRefresh}
            onSignOut={handlers.onSignOut}
          />
        ) : (
          <SignedOut
            profile={profile}
            signingIn={pending === 'signIn' || pending === 'useDemoProfile'}
            onSignIn={handlers.onSignIn}
            onUseDemo={handlers.onUseDemo}
          />
        ))}
      {profile && adjustments && <AdjustmentsSummary adjustments={adjustments} />}
      {tab && <TabStatus tab={tab} onToggleSite={onToggleSite} onEnableSite={onEnableSite} />}
      {onOpenOptions && (
        <p class="options-link">
          <button type="button" class="link-button" data-testid="open-options" onClick={onOpenOptions}>
            {t('popup_openOptions')}
          </button>
        </p>
      )}
    </main>
  );
}
