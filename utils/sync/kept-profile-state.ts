/**
 * What extension pages are told about the profiles: the AppState of
 * utils/messaging.ts, plus the typed profile kept aside while France Travail's
 * is in place (db/kept-profile-store.ts), so the popup and the options page can
 * say which one is in use and which one comes back at sign-out. An extra field
 * on the wire: a page that does not know it renders AppState as before.
 */
import type { AppState } from '../messaging';
import type { Profile } from '../profile/model';

export interface AppStateWithKept extends AppState {
  /** The profile the person typed, kept aside; null when there is none. */
  keptTypedProfile: Profile | null;
}
