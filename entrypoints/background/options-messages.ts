/**
 * The background's side of the options page's requests (optionsRequestSchema):
 * a listener of its own, answering only validated requests from this
 * extension's pages and ignoring the rest (undefined lets the other listeners answer).
 */
import type { Runtime } from 'webextension-polyfill';
import { readAdjustments, saveAdjustments } from '@/utils/db/adjustments-store';
import type { RepereDatabase } from '@/utils/db/database';
import { restoreKeptTypedProfile, saveTypedProfile } from '@/utils/db/kept-profile-store';
import { type AppState, type OptionsRequest, parseOptionsRequest } from '@/utils/messaging';
import { manualProfile } from '@/utils/profile/manual';
import { readPageStatus } from './content-messages';
import { deleteEverything, exportData } from './data-export';
import { isFromExtensionPage } from './sender';

export interface OptionsMessageDeps {
  db: RepereDatabase;
  isConnected(): Promise<boolean>;
  signOut(): Promise<void>;
  /** Sends the new state to every open extension page, and answers it. */
  broadcast(): Promise<AppState>;
  now(): Date;
}

/** Answers one validated options request. */
export async function handleOptionsRequest(
  request: OptionsRequest,
  deps: OptionsMessageDeps,
): Promise<unknown> {
  const { db } = deps;
  switch (request.type) {
    case 'saveManualProfile':
      // Signed in, the profile is France Travail's: the person adjusts it instead.
      if (await deps.isConnected()) throw new Error('signed in: the France Travail profile is read-only');
      await saveTypedProfile(db, manualProfile(request.profile, deps.now()));
      return deps.broadcast();
    case 'getAdjustments':
      return readAdjustments(db);
    case 'saveAdjustments':
      await saveAdjustments(db, request.adjustments);
      return deps.broadcast();
    case 'exportData':
      return exportData(db, deps.now());
    case 'deleteEverything':
      await deleteEverything(db, deps.signOut);
      return deps.broadcast();
    case 'getTabStatus':
      return readPageStatus(request.tabId);
    case 'restoreTypedProfile':
      // Signed in, France Travail's profile is in use: signing out is what brings the typed one back.
      if (await deps.isConnected()) throw new Error('signed in: sign out to take the typed profile back');
      await restoreKeptTypedProfile(db);
      return deps.broadcast();
  }
}

export function registerOptionsMessages(deps: OptionsMessageDeps): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const request = parseOptionsRequest(message);
    if (!request || !isFromExtensionPage(sender)) return undefined;
    return handleOptionsRequest(request, deps);
  });
}
