import type { MessageKey } from '../utils/profile/describe';
import type { ProfileSource as Source } from '../utils/profile/model';
import { useTranslate } from './translate-context';

const SOURCE_KEYS: Record<Source, MessageKey> = {
  francetravail: 'source_francetravail',
  manual: 'source_manual',
  demo: 'source_demo',
};

/** Where the profile shown comes from: France Travail, typed by the person, or the demo. */
export function ProfileSource({ source }: { source: Source }) {
  const t = useTranslate();
  return (
    <p class={`profile-source profile-source-${source}`} data-testid="profile-source" data-source={source}>
      {t(SOURCE_KEYS[source])}
    </p>
  );
}
