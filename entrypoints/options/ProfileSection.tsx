import { KeptTypedProfile } from '@/components/KeptTypedProfile';
import { MetierList } from '@/components/MetierList';
import { ProfileSource } from '@/components/ProfileSource';
import { useTranslate } from '@/components/translate-context';
import type { Adjustments } from '@/utils/adjustments';
import type { AppState } from '@/utils/messaging';
import { manualMetierOf } from '@/utils/profile/manual';
import type { ManualMetier } from '@/utils/profile/manual-schema';
import type { Profile } from '@/utils/profile/model';
import { AdjustmentsForm } from './AdjustmentsForm';
import { ManualProfileForm } from './ManualProfileForm';
import type { ReferenceData } from './reference-data';

export interface ProfileSectionProps {
  state: AppState;
  data: ReferenceData | null;
  adjustments: Adjustments;
  saving: boolean;
  onSaveManual: (metiers: ManualMetier[]) => void;
  onUseDemo: () => void;
  onAdjustments: (adjustments: Adjustments) => void;
  /** Brings the typed profile back: signed in, by signing out of France Travail; signed out, in place of the demo. */
  onRestoreTyped?: () => void;
}

/**
 * Signed in: France Travail's profile as it came, read-only, the person's
 * additions, and the typed profile kept aside (back at sign-out). Otherwise:
 * the profile typed by hand, and the demo.
 */
export function ProfileSection({
  state,
  data,
  adjustments,
  saving,
  onSaveManual,
  onUseDemo,
  onAdjustments,
  onRestoreTyped,
}: ProfileSectionProps) {
  const t = useTranslate();
  const { profile, keptTypedProfile } = state;
  if (state.signedIn) {
    return (
      <>
        {profile && <ProfileSource source={profile.source} />}
        {keptTypedProfile && (
          <KeptNote profile={keptTypedProfile} signedIn saving={saving} onRestore={onRestoreTyped} />
        )}
        <p>{t('options_readOnly')}</p>
        {profile && profile.metiers.length > 0 && <MetierList metiers={profile.metiers} />}
        <h3>{t('options_additions')}</h3>
        {data ? (
          <AdjustmentsForm adjustments={adjustments} data={data} onChange={onAdjustments} />
        ) : (
          <Loading />
        )}
      </>
    );
  }
  const saved =
    profile?.source === 'manual'
      ? profile.metiers.map(manualMetierOf).filter((m): m is ManualMetier => m !== null)
      : [];
  return (
    <>
      {profile && <ProfileSource source={profile.source} />}
      {keptTypedProfile && (
        <KeptNote profile={keptTypedProfile} signedIn={false} saving={saving} onRestore={onRestoreTyped} />
      )}
      <p>{t('options_manualIntro')}</p>
      {data ? (
        <ManualProfileForm
          key={profile?.updatedAt ?? 'none'}
          data={data}
          saved={saved}
          saving={saving}
          onSave={onSaveManual}
        />
      ) : (
        <Loading />
      )}
      <div class="demo">
        <p class="field-hint">{t('options_demoHint')}</p>
        <button
          type="button"
          class="button button-secondary"
          data-testid="use-demo"
          disabled={saving}
          onClick={onUseDemo}
        >
          {t('popup_useDemo')}
        </button>
      </div>
    </>
  );
}

/** The typed profile kept aside, with the button that brings it back (signing out first when signed in). */
function KeptNote({
  profile,
  signedIn,
  saving,
  onRestore,
}: {
  profile: Profile;
  signedIn: boolean;
  saving: boolean;
  onRestore: (() => void) | undefined;
}) {
  const t = useTranslate();
  return (
    <KeptTypedProfile profile={profile} signedIn={signedIn}>
      {onRestore && (
        <button
          type="button"
          class="button button-secondary"
          data-testid="restore-typed"
          disabled={saving}
          onClick={onRestore}
        >
          {t(signedIn ? 'options_restoreTyped' : 'options_restoreTypedDemo')}
        </button>
      )}
    </KeptTypedProfile>
  );
}

function Loading() {
  const t = useTranslate();
  return <p class="loading">{t('popup_loading')}</p>;
}
