/**
 * The typed protocol between the extension's contexts. Every message is
 * validated with zod on arrival (`parseRequest`); the background also checks
 * who sent it (see entrypoints/background/messages.ts).
 *
 * Popup / options -> background: getState, signIn, signOut, refresh,
 * useDemoProfile (try the product without an account).
 * Options page / popup -> background (optionsRequestSchema, answered by
 * entrypoints/background/options-messages.ts): saveManualProfile, getAdjustments,
 * saveAdjustments, exportData, deleteEverything, getTabStatus, restoreTypedProfile.
 * Background -> extension pages: stateChanged (broadcast, carries the new state).
 * Content scripts -> background: getMatchProfile, reportPage (contentRequestSchema,
 * checked by entrypoints/background/content-messages.ts).
 */
import { z } from 'zod';
import { type Adjustments, adjustmentsSchema } from './adjustments';
import type { SyncStateRow } from './db/database';
import type { ConfigOverride } from './francetravail/config-override';
import type { BadgeWords } from './highlight/labels';
import type { MatchProfile } from './matching/match-profile';
import { manualProfileSchema } from './profile/manual-schema';
import type { Profile } from './profile/model';
import type { DisplaySettings } from './settings';

/** Why the last sign-in or sync failed, in a form the popup can put into words. */
export const SYNC_ERROR_CODES = [
  'network', // France Travail could not be reached
  'server', // France Travail answered 5xx
  'rateLimited', // 429 after the retries allowed
  'unauthorized', // token refused, and signing in again did not help
  'malformed', // the answer was not JSON
  'invalid', // JSON that breaks the documented schema
  'cancelled', // the person closed the sign-in window
  'authFailed', // sign-in refused or broken (state, nonce, code exchange)
  'signInRequired', // the session expired and silent sign-in was not possible
  'unknown',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

export interface SyncError {
  code: SyncErrorCode;
  /** Technical detail for the curious (shown one click away), never personal data. */
  detail: string;
  /** ISO date-time. */
  at: string;
}

export interface AppState {
  signedIn: boolean;
  profile: Profile | null;
  /** ISO date-time of the last successful sync, or null. */
  lastSyncAt: string | null;
  lastError: SyncError | null;
  syncing: boolean;
  /**
   * The profile the person typed, kept aside while France Travail's or the demo
   * is in use (db/kept-profile-store.ts), so the pages can say which one is in
   * use and offer it back; null when there is none.
   */
  keptTypedProfile: Profile | null;
}

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getState') }),
  z.object({ type: z.literal('signIn') }),
  z.object({ type: z.literal('signOut') }),
  z.object({ type: z.literal('refresh') }),
  z.object({ type: z.literal('useDemoProfile') }),
]);
export type Request = z.infer<typeof requestSchema>;

export type StateChanged = { type: 'stateChanged'; state: AppState };

/** Validates an incoming message; returns null for anything that is not part of the protocol. */
export function parseRequest(message: unknown): Request | null {
  const result = requestSchema.safeParse(message);
  return result.success ? result.data : null;
}

/**
 * Content script -> background: the only two things a content script may ask
 * (architecture.md § Layers). A separate schema from the popup's, so that a
 * content script can never send a popup request and be answered.
 * getMatchProfile answers MatchProfileAnswer | null (null: no profile yet).
 * reportPage answers nothing; it sets the tab's toolbar badge and page status.
 */
export const contentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('getMatchProfile') }),
  z.object({
    type: z.literal('reportPage'),
    adapterId: z.string().min(1).max(100),
    offers: z.number().int().min(0).max(1_000_000),
    matches: z.number().int().min(0).max(1_000_000),
    /** The adapter found no offer on a page where it expects some: the site has probably changed. */
    listingWithoutOffers: z.boolean(),
    /** The page's URL now: after a SPA navigation the sender's URL is still the first one. */
    url: z.url({ protocol: /^https?$/ }).max(4000),
  }),
]);
export type ContentRequest = z.infer<typeof contentRequestSchema>;

/**
 * getMatchProfile's answer when there is a profile: the match profile, and the badge's words in the
 * browser's language (translated in the background: the content script never calls browser.i18n).
 */
export interface MatchProfileAnswer {
  profile: MatchProfile;
  words: BadgeWords;
}
export type PageReport = Extract<ContentRequest, { type: 'reportPage' }>;

export { PAGE_PORT_NAME } from './highlight/page-port';

/** What the popup reads of a tab (storage.session `pageStatus.<tabId>`). */
export interface PageStatus {
  adapterId: string;
  offers: number;
  matches: number;
  listingWithoutOffers: boolean;
  url: string;
}

/** Validates a content script's message; null for anything else. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  const result = contentRequestSchema.safeParse(message);
  return result.success ? result.data : null;
}

/**
 * Extension pages -> background, beyond the popup's five: the options page's
 * saves, export and deletion, and the popup's question about a tab. Answers:
 * saveManualProfile, saveAdjustments, deleteEverything, restoreTypedProfile ->
 * AppState (a manual profile is refused while signed in: France Travail's is
 * never replaced silently; restoreTypedProfile too, signing out brings the
 * typed profile back); getAdjustments -> Adjustments; exportData -> ExportedData;
 * getTabStatus -> PageStatus | null.
 */
export const optionsRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('saveManualProfile'), profile: manualProfileSchema }),
  z.object({ type: z.literal('getAdjustments') }),
  z.object({ type: z.literal('saveAdjustments'), adjustments: adjustmentsSchema }),
  z.object({ type: z.literal('exportData') }),
  z.object({ type: z.literal('deleteEverything') }),
  z.object({ type: z.literal('getTabStatus'), tabId: z.number().int().min(0) }),
  // Signed out, the typed profile kept aside while the demo is shown comes back.
  z.object({ type: z.literal('restoreTypedProfile') }),
]);
export type OptionsRequest = z.infer<typeof optionsRequestSchema>;

/** Validates an options request; null for anything else. */
export function parseOptionsRequest(message: unknown): OptionsRequest | null {
  const result = optionsRequestSchema.safeParse(message);
  return result.success ? result.data : null;
}

/** Everything the extension keeps about the person, as the export file holds it (never tokens). */
export interface ExportedData {
  format: 'repere-emploi-export';
  version: 1;
  exportedAt: string;
  profile: Profile | null;
  /** The profile the person typed, kept aside while France Travail's or the demo is in use; null when none. */
  keptTypedProfile: Profile | null;
  adjustments: Adjustments;
  syncState: Omit<SyncStateRow, 'id'>;
  displaySettings: DisplaySettings;
  customSites: string[];
  /**
   * The person's own France Travail application (options § Avancé), null when the build's is used.
   * No secret in it: a client id is public (the extension is a public client, PKCE, no client
   * secret) and the endpoints are public addresses; tokens are never exported.
   */
  franceTravailOverride: ConfigOverride | null;
}
