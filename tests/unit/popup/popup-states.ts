/** AppStates for the popup tests, around the real-data métiers of tests/unit/profile/describe-metiers.ts. */
import type { AppState, SyncError } from '../../../utils/messaging';
import type { Profile } from '../../../utils/profile/model';
import { asem, boulanger } from '../profile/describe-metiers';
import { typedAideSoignant } from '../support/typed-profile';

export const SYNCED_AT = '2026-11-29T09:42:00.000Z';

export const twoMetiers: Profile = {
  source: 'francetravail',
  metiers: [boulanger, asem],
  updatedAt: SYNCED_AT,
};

export const signedOut: AppState = {
  signedIn: false,
  profile: null,
  lastSyncAt: null,
  lastError: null,
  syncing: false,
  keptTypedProfile: null,
};

export const signedIn: AppState = {
  signedIn: true,
  profile: twoMetiers,
  lastSyncAt: SYNCED_AT,
  lastError: null,
  syncing: false,
  keptTypedProfile: null,
};

export const emptyProfile: AppState = {
  ...signedIn,
  profile: { source: 'francetravail', metiers: [], updatedAt: SYNCED_AT },
};

export const networkError: SyncError = {
  code: 'network',
  detail: 'TypeError: Failed to fetch (GET /partenaire/peconnect-metiersrecherches/v1/metiersrecherches)',
  at: '2026-11-30T07:15:00.000Z',
};

export const offline: AppState = { ...signedIn, lastError: networkError };

export const syncing: AppState = { ...signedIn, syncing: true };

/** A profile typed in the options page, kept aside while France Travail's is in use. */
export const keptTyped: Profile = typedAideSoignant;
