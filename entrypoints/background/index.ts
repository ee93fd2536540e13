/**
 * The background: the only context that holds tokens and talks to France
 * Travail. It answers the popup's messages and keeps the stored profile in sync.
 */
import { z } from 'zod';
import { saveStateSnapshot } from '@/utils/app-state-snapshot';
import { openDatabase } from '@/utils/db/database';
import { saveDemoProfile } from '@/utils/db/kept-profile-store';
import { recordSyncError } from '@/utils/db/profile-store';
import { fetchMetiersRecherches } from '@/utils/francetravail/api-client';
import { currentConfig } from '@/utils/francetravail/config-store';
import { toSyncError } from '@/utils/francetravail/errors';
import { type AppState, parseRequest, type Request, type StateChanged } from '@/utils/messaging';
import { demoProfile } from '@/utils/profile/demo';
import { createProfileSync, isStale } from '@/utils/sync/profile-sync';
import {
  getAccessToken,
  isConnected,
  reauthenticate,
  recoverInterruptedSignIn,
  signIn,
  signOut,
} from './auth';
import { signOutOnConfigChange } from './config-change';
import { registerContentMessages } from './content-messages';
import { createMatchProfileSource } from './match-profile';
import { registerOptionsMessages } from './options-messages';
import { createStampPublisher } from './profile-stamp';
import { isFromExtensionPage } from './sender';
import { createSignOut } from './sign-out';
import { readAppState } from './state';

// Extension pages forbid eval (CSP), so zod's JIT can never run here; jitless also skips its
// `new Function("")` probe, which the CSP would report as a violation at the first parse.
z.config({ jitless: true });

export default defineBackground(() => {
  const db = openDatabase();
  const profileSync = createProfileSync({
    db,
    fetchMetiers: async () =>
      fetchMetiersRecherches({ apiBase: (await currentConfig()).apiBase, getAccessToken, reauthenticate }),
  });

  // Every sign-out goes through here, so a sync in flight never writes after it.
  const signOutAndForget = createSignOut({ db, endSync: profileSync.endSession, signOut });

  const state = () => readAppState(db, profileSync.inFlight());
  const publishStamp = createStampPublisher(db);
  const currentMatchProfile = createMatchProfileSource(db);

  // Every change of state comes through here: the profile or the adjustments may have changed, and the
  // job-board pages open in other tabs follow them (utils/profile-stamp.ts). The match profile is derived
  // while the background is awake anyway, and the stamp published after: the pages that ask then, and
  // later ones, get it from the cache at once, instead of a cold derivation a Firefox event page may be
  // stopped in the middle of. Its first derivation is about half a second of work: started on a later
  // task, after the popup's answer and the broadcast are out, so they do not wait for it (a popup opened
  // during it does).
  async function broadcast(): Promise<AppState> {
    const current = await state();
    const message: StateChanged = { type: 'stateChanged', state: current };
    saveStateSnapshot(current);
    // No extension page open is the usual case, not an error.
    browser.runtime.sendMessage(message).catch(() => {});
    // A sync's first broadcast (it has only begun) brings nothing new: its last one will.
    if (!current.syncing) {
      setTimeout(() => {
        void currentMatchProfile()
          .catch(() => null)
          .then(publishStamp);
      }, 0);
    }
    return current;
  }

  async function syncAndBroadcast(): Promise<AppState> {
    const pending = profileSync.sync();
    await broadcast(); // shows "syncing"
    await pending;
    return broadcast();
  }

  async function handle(request: Request): Promise<AppState> {
    switch (request.type) {
      case 'getState': {
        const current = await state();
        if (current.signedIn && !current.syncing && isStale(current.lastSyncAt, new Date())) {
          void syncAndBroadcast();
          return { ...current, syncing: true };
        }
        // The first popup after the browser starts has no snapshot yet: the next one will.
        saveStateSnapshot(current);
        return current;
      }
      case 'signIn':
        try {
          await signIn(true);
        } catch (e) {
          await recordSyncError(db, toSyncError(e, new Date()));
          return broadcast();
        }
        return syncAndBroadcast();
      case 'refresh':
        return syncAndBroadcast();
      case 'useDemoProfile':
        // A typed profile is set aside, not replaced: the person can take it back (options page).
        await saveDemoProfile(db, demoProfile(new Date()));
        return broadcast();
      case 'signOut':
        // France Travail's profile goes; one the person typed comes back.
        await signOutAndForget();
        return broadcast();
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const request = parseRequest(message);
    if (!request || !isFromExtensionPage(sender)) return undefined;
    return handle(request);
  });

  registerContentMessages({ getMatchProfile: currentMatchProfile });
  registerOptionsMessages({ db, isConnected, signOut: signOutAndForget, broadcast, now: () => new Date() });

  signOutOnConfigChange({
    isConnected,
    signOut: signOutAndForget,
    afterSignOut: async () => {
      await broadcast();
    },
  });

  void recoverInterruptedSignIn().then(async (error) => {
    if (error) await recordSyncError(db, toSyncError(error, new Date()));
  });
});
