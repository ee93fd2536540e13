/**
 * The content script's two questions to the background (utils/messaging.ts
 * contentRequestSchema). Only types come from messaging.ts: its zod schemas are
 * for the background and must not enter this bundle.
 */
import { PAGE_PORT_NAME } from '@/utils/highlight/page-port';
import type { MatchProfile } from '@/utils/matching/match-profile';
import { MATCH_PROFILE_VERSION } from '@/utils/matching/match-profile';
import type { ContentRequest, MatchProfileAnswer, PageReport } from '@/utils/messaging';

/** Pause before asking again when the background could not answer. */
export const RETRY_MS = 1000;

/**
 * The match profile and the badge's words, or null when there is none (or the background cannot answer
 * after `retries` more tries). A message left unanswered is asked again, or the page would stay unmarked
 * until reloaded: a background that stops while it answers rejects it (a service worker restarted), or
 * resolves it with nothing (Firefox, when its event page is stopped for idleness in the middle of a
 * long first derivation). An answer, even "no profile" (null), is final.
 */
export async function requestMatchProfile(retries = 2): Promise<MatchProfileAnswer | null> {
  const request: ContentRequest = { type: 'getMatchProfile' };
  try {
    const answer: unknown = await browser.runtime.sendMessage(request);
    // The background always answers this question, null included: nothing means it went away.
    if (answer === undefined) throw new Error('the background stopped before it answered');
    return isAnswer(answer) ? answer : null;
  } catch {
    if (retries < 1) return null;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    return requestMatchProfile(retries - 1);
  }
}

/** Tells the background the tab's counts (toolbar badge, popup status); losing one is harmless. */
export function reportPage(report: Omit<PageReport, 'type'>): void {
  const request: ContentRequest = { type: 'reportPage', ...report };
  browser.runtime.sendMessage(request).catch(() => {});
}

// The background is trusted and typed (the words and the profile come from the same build); this only
// guards against an old background after an update.
function isAnswer(value: unknown): value is MatchProfileAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { profile, words } = value as { profile?: Partial<MatchProfile>; words?: unknown };
  return (
    profile?.version === MATCH_PROFILE_VERSION &&
    Array.isArray(profile.metiers) &&
    typeof words === 'object' &&
    words !== null
  );
}

/**
 * A port held open while the page lives: the background clears the tab's
 * badge and status when it closes. A stopped service worker closes it too;
 * `ensure` (called on every pass) opens it again only when the page changes,
 * so an idle page never keeps waking the worker. The status itself survives
 * in storage.session.
 */
export function pagePort(): { ensure(): void; release(): void } {
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  return {
    ensure() {
      if (port) return;
      const opened = browser.runtime.connect({ name: PAGE_PORT_NAME });
      opened.onDisconnect.addListener(() => {
        if (port === opened) port = null;
      });
      port = opened;
    },
    release() {
      port?.disconnect();
      port = null;
    },
  };
}
