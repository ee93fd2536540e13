import type { ComponentChildren } from 'preact';
import { describeTitle } from '../utils/profile/describe';
import type { Profile } from '../utils/profile/model';
import { useTranslate } from './translate-context';

/**
 * Says that the profile the person typed is kept aside while France Travail's
 * (signed in) or the demo (signed out) is in use, names its métiers so they
 * recognise it, and how it comes back: at sign-out, or when they ask for it;
 * `children` may offer to bring it back now.
 */
export function KeptTypedProfile({
  profile,
  signedIn,
  children,
}: {
  profile: Profile;
  signedIn: boolean;
  children?: ComponentChildren;
}) {
  const t = useTranslate();
  const titles = profile.metiers
    .map((metier) => describeTitle(metier, t))
    .filter((title): title is string => title !== undefined);
  return (
    <div class="kept-profile" data-testid="kept-typed-profile">
      <p>{t(signedIn ? 'source_typedKept' : 'source_typedKeptDemo', titles.join(' · '))}</p>
      {children}
    </div>
  );
}
