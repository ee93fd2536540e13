/**
 * "Export everything" and "delete everything" (options page, privacy): the
 * export gathers every stored thing about the person (never tokens, which
 * stay in storage.session and are not theirs to carry); the deletion clears
 * the same places and signs out.
 */

import { disableSite, listCustomSites } from '@/utils/custom-sites';
import { deleteAdjustments, readAdjustments } from '@/utils/db/adjustments-store';
import type { RepereDatabase } from '@/utils/db/database';
import { readProfiles } from '@/utils/db/kept-profile-store';
import { deleteProfile, readSyncState } from '@/utils/db/profile-store';
import { CONFIG_OVERRIDE_KEY, loadConfigOverride } from '@/utils/francetravail/config-store';
import type { ExportedData } from '@/utils/messaging';
import { loadSettings, SETTINGS_KEY } from '@/utils/settings';
import { MATCH_PROFILE_CACHE_KEY } from './match-profile';

export async function exportData(db: RepereDatabase, now: Date): Promise<ExportedData> {
  const [profiles, adjustments, syncState, displaySettings, customSites, franceTravailOverride] =
    await Promise.all([
      readProfiles(db),
      readAdjustments(db),
      readSyncState(db),
      loadSettings(),
      listCustomSites(),
      loadConfigOverride(),
    ]);
  return {
    format: 'repere-emploi-export',
    version: 1,
    exportedAt: now.toISOString(),
    profile: profiles.profile,
    keptTypedProfile: profiles.keptTypedProfile,
    adjustments,
    syncState: { lastSuccessAt: syncState.lastSuccessAt, lastError: syncState.lastError },
    displaySettings,
    customSites,
    franceTravailOverride,
  };
}

/** Signs out, then forgets the profiles (the one kept aside too), adjustments, settings, France Travail override and sites enabled by hand (permissions given back). */
export async function deleteEverything(db: RepereDatabase, signOut: () => Promise<void>): Promise<void> {
  await signOut();
  for (const host of await listCustomSites()) await disableSite(`https://${host}`);
  await Promise.all([deleteProfile(db), deleteAdjustments(db)]);
  await browser.storage.local.remove([SETTINGS_KEY, CONFIG_OVERRIDE_KEY]);
  await browser.storage.session.remove(MATCH_PROFILE_CACHE_KEY);
}
