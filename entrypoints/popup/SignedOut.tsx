import { useTranslate } from '@/components/translate-context';

export interface SignedOutProps {
  signingIn: boolean;
  onSignIn: () => void;
}

/** What the extension does, and the way in. */
export function SignedOut({ signingIn, onSignIn }: SignedOutProps) {
  const t = useTranslate();
  return (
    <section class="signed-out">
      <p class="tagline">{t('popup_tagline')}</p>
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
    </section>
  );
}
