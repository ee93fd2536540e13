/** The content script's two questions to the background (utils/messaging.ts contentRequestSchema). */
import type { MatchProfile } from '@/utils/matching/match-profile';
import { MATCH_PROFILE_VERSION } from '@/utils/matching/match-profile';
import { type ContentRequest, PAGE_PORT_NAME, type PageReport } from '@/utils/messaging';

/** The match profile, or null when there is none (or the background cannot answer). */
export async function requestMatchProfile(): Promise<MatchProfile | null> {
  const request: ContentRequest = { type: 'getMatchProfile' };
  try {
    const answer: unknown = await browser.runtime.sendMessage(request);
    return isMatchProfile(answer) ? answer : null;
  } catch {
    return null;
  }
}

/** Tells the background the tab's counts (toolbar badge, popup status); losing one is harmless. */
export function reportPage(report: Omit<PageReport, 'type'>): void {
  const request: ContentRequest = { type: 'reportPage', ...report };
  browser.runtime.sendMessage(request).catch(() => {});
}

// The background is trusted and typed; this only guards against an old background after an update.
function isMatchProfile(value: unknown): value is MatchProfile {
  if (typeof value !== 'object' || value === null) return false;
  const profile = value as Partial<MatchProfile>;
  return profile.version === MATCH_PROFILE_VERSION && Array.isArray(profile.metiers);
}

/**
 * Holds a port open while the page lives (the background clears the tab's
 * badge when it closes). If the background restarts, the port breaks:
 * reconnect and call `onReconnect` so the page reports again.
 */
export function holdPagePort(onReconnect: () => void): () => void {
  let stopped = false;
  let port = connect();
  function connect() {
    const next = browser.runtime.connect({ name: PAGE_PORT_NAME });
    next.onDisconnect.addListener(() => {
      if (stopped) return;
      port = connect();
      onReconnect();
    });
    return next;
  }
  return () => {
    stopped = true;
    port.disconnect();
  };
}
