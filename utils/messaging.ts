/**
 * The typed protocol between the extension's contexts. Every message is
 * validated with zod on arrival (`parseRequest`); the background also checks
 * who sent it (see entrypoints/background/messages.ts).
 *
 * Popup / options -> background: getState, signIn, signOut, refresh,
 * useDemoProfile (try the product without an account).
 * Background -> extension pages: stateChanged (broadcast, carries the new state).
 * Content scripts may only ask for the match profile and report their counts
 * (added with the content script).
 */
import { z } from 'zod';
import type { Profile } from './profile/model';

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
