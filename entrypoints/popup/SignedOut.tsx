import { MetierList } from '@/components/MetierList';
import { useTranslate } from '@/components/translate-context';
import type { Profile } from '@/utils/profile/model';

export interface SignedOutProps {
  /** A demo profile, or one kept from an earlier session. */
  profile: Profile | null;
  signingIn: boolean;
  onSignIn: () => void;
  /** Offered when there is no profile at all, to see the product without an account. */
  onUseDemo?: () => void;
}

/** What the extension does, and the way in. */
export function SignedOut({ profile, signingIn, onSignIn, onUseDemo }: SignedOutProps) {
  const t = useTranslate();
  const metiers = profile?.metiers ?? [];
  return (
    <section class="signed-out">
      <p class="tagline">{t('popup_tagline')}</p>
      {profile?.source === 'demo' && (
        <p class="demo-note" data-testid="demo-note">
          {t('popup_demoNote')}
        </p>
      )}
      {metiers.length > 0 && (
        <section class="metiers" aria-labelledby="metiers-title">
          <h2 id="metiers-title">{t('popup_metiersHeading')}</h2>
          <MetierList metiers={metiers} />
        </section>
      )}
      <button
        type="button"
        class="button button-primary button-wide"
        data-testid="sign-in"
        disabled={signingIn}
        onClick={onSignIn}
      >
        {signingIn && <span class="spinner" aria-hidden="true" />}
        {t(signingIn ? 'popup_signingIn' : 'popup_signIn')}
      </button>
      {profile === null && onUseDemo && (
        <button
          type="button"
          class="button button-secondary button-wide"
          data-testid="use-demo"
          disabled={signingIn}
          onClick={onUseDemo}
        >
          {t('popup_useDemo')}
        </button>
      )}
    </section>
  );
}
