/**
 * The last state the background sent out, kept in storage.session for the
 * popup's first render. The popup reads it there (the browser answers, not
 * the background) and renders it at once, then asks the background as it
 * always does: a background busy for a while (the first derivation of the
 * match profile after a profile change, about a second) no longer keeps the
 * popup blank. storage.session is memory only, gone when the browser closes,
 * and out of content scripts' reach (its default access level).
 */
import type { AppState } from './messaging';

/** storage.session key of the snapshot. */
export const APP_STATE_SNAPSHOT_KEY = 'appState';

/** Keeps the state just sent out (a failure only costs the popup its head start). */
export function saveStateSnapshot(state: AppState): void {
  browser.storage.session.set({ [APP_STATE_SNAPSHOT_KEY]: state }).catch(() => {});
}

/** The last state kept, unchecked (the popup checks its shape as it checks an answer's), or undefined. */
export async function readStateSnapshot(): Promise<unknown> {
  try {
    return (await browser.storage.session.get(APP_STATE_SNAPSHOT_KEY))[APP_STATE_SNAPSHOT_KEY];
  } catch {
    return undefined;
  }
}
