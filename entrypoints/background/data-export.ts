/**
 * "Export everything" and "delete everything" (options page, privacy): the
 * export gathers every stored thing about the person (never tokens, which
 * stay in storage.session and are not theirs to carry); the deletion clears
 * the same places and signs out.
 */

import { disableSite, listCustomSites } from '@/utils/custom-sites';
import { deleteAdjustments, readAdjustments } from '@/utils/db/adjustments-store';
import type { RepereDatabase } from '@/utils/db/database';
import { deleteProfile, readProfile, readSyncState } from '@/utils/db/profile-store';
import { CONFIG_OVERRIDE_KEY } from '@/utils/francetravail/config-store';
import type { ExportedData } from '@/utils/messaging';
import { loadSettings, SETTINGS_KEY } from '@/utils/settings';
import { MATCH_PROFILE_CACHE_KEY } from './match-profile';

export async function exportData(db: RepereDatabase, now: Date): Promise<ExportedData> {
  const [profile, adjustments, syncState, displaySettings, customSites] = await Promise.all([
    readProfile(db),
    readAdjustments(db),
    readSyncState(db),
    loadSettings(),
    listCustomSites(),
  ]);
  return {
    format: 'repere-emploi-export',
    version: 1,
    exportedAt: now.toISOString(),
    profile,
    adjustments,
    syncState: { lastSuccessAt: syncState.lastSuccessAt, lastError: syncState.lastError },
    displaySettings,
    customSites,
  };
}

/** Signs out, then forgets the profile, adjustments, settings, France Travail override and sites enabled by hand (permissions given back). */
export async function deleteEverything(db: RepereDatabase, signOut: () => Promise<void>): Promise<void> {
  await signOut();
  for (const host of await listCustomSites()) await disableSite(`https://${host}`);
  await Promise.all([deleteProfile(db), deleteAdjustments(db)]);
  await browser.storage.local.remove([SETTINGS_KEY, CONFIG_OVERRIDE_KEY]);
  await browser.storage.session.remove(MATCH_PROFILE_CACHE_KEY);
}
