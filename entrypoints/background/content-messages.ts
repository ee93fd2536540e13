/**
 * The background's side of the content-script protocol: the match profile,
 * and each tab's counts (toolbar badge + page status for the popup). A listener
 * of its own, separate from the popup's: it answers only validated content
 * requests from this extension's content scripts, and ignores the rest
 * (returns undefined so other listeners may answer).
 */
import type { Runtime, Tabs } from 'webextension-polyfill';
import { type BadgeWords, badgeWords } from '@/utils/highlight/labels';
import { t } from '@/utils/i18n';
import type { MatchProfile } from '@/utils/matching/match-profile';
import {
  type ContentRequest,
  type MatchProfileAnswer,
  PAGE_PORT_NAME,
  type PageStatus,
  parseContentRequest,
} from '@/utils/messaging';
import { watchCustomSites } from './custom-sites';

export interface ContentMessageDeps {
  /** The compact match profile of the stored profile; null when there is none. */
  getMatchProfile(): Promise<MatchProfile | null>;
}

/** storage.session key of a tab's page status. */
export const pageStatusKey = (tabId: number) => `pageStatus.${tabId}`;

const BADGE_COLOUR = '#0b5a24';

/** True for this extension's content scripts (a tab, our id, and not an extension page). */
export function isFromContentScript(sender: Runtime.MessageSender): sender is Runtime.MessageSender & {
  tab: Tabs.Tab & { id: number };
} {
  if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return false;
  return !(sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

// Translated once per background lifetime: the browser's language does not change under a running worker.
let words: BadgeWords | undefined;

/** Answers one validated content request. */
export async function handleContentRequest(
  request: ContentRequest,
  tab: Tabs.Tab & { id: number },
  senderUrl: string | undefined,
  deps: ContentMessageDeps,
): Promise<MatchProfileAnswer | null | undefined> {
  switch (request.type) {
    case 'getMatchProfile': {
      const profile = await deps.getMatchProfile();
      if (!profile) return null;
      words ??= badgeWords(t);
      return { profile, words };
    }
    case 'reportPage': {
      const status: PageStatus = {
        adapterId: request.adapterId,
        offers: request.offers,
        matches: request.matches,
        listingWithoutOffers: request.listingWithoutOffers,
        url: sameOrigin(request.url, senderUrl) ? request.url : (senderUrl ?? ''),
      };
      await Promise.all([
        browser.action.setBadgeText({
          tabId: tab.id,
          text: status.matches > 0 ? String(status.matches) : '',
        }),
        browser.action.setBadgeBackgroundColor({ tabId: tab.id, color: BADGE_COLOUR }),
        browser.storage.session.set({ [pageStatusKey(tab.id)]: status }),
      ]);
      return undefined;
    }
  }
}

/** A page can only speak for its own origin (pushState cannot leave it). */
function sameOrigin(url: string, senderUrl: string | undefined): boolean {
  try {
    return senderUrl !== undefined && new URL(url).origin === new URL(senderUrl).origin;
  } catch {
    return false;
  }
}

/** Forgets a tab's status and badge (tab closed, or gone to another page). */
export async function clearTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(pageStatusKey(tabId));
  await browser.action.setBadgeText({ tabId, text: '' }).catch(() => {});
}

/** The tab's page status, for the popup (null when its page reported nothing). */
export async function readPageStatus(tabId: number): Promise<PageStatus | null> {
  const stored = await browser.storage.session.get(pageStatusKey(tabId));
  return (stored[pageStatusKey(tabId)] as PageStatus | undefined) ?? null;
}

/** The port each highlighting page holds open (PAGE_PORT_NAME), by tab: the newest one counts. */
const pagePorts = new Map<number, Runtime.Port>();

/**
 * A page's content script holds a port open while it lives; when the page goes
 * (navigation to another document, reload, tab closed) the port disconnects and
 * the tab's status and badge go with it. tabs.onUpdated cannot say this without
 * the "tabs" permission (no URL), and a SPA's pushState also fires "loading".
 */
export function watchPagePort(port: Runtime.Port): void {
  if (port.name !== PAGE_PORT_NAME || !port.sender || !isFromContentScript(port.sender)) return;
  const tabId = port.sender.tab.id;
  pagePorts.set(tabId, port);
  port.onDisconnect.addListener(() => {
    if (pagePorts.get(tabId) !== port) return; // a newer page in the tab already took over
    pagePorts.delete(tabId);
    void clearTab(tabId);
  });
}

/** Registers the content-message listener, the tab clean-up and the sites enabled by hand. */
export function registerContentMessages(deps: ContentMessageDeps): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const request = parseContentRequest(message);
    if (!request || !isFromContentScript(sender)) return undefined;
    return handleContentRequest(request, sender.tab, sender.url, deps).then((answer) => answer ?? null);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
  browser.runtime.onConnect.addListener(watchPagePort);
  watchCustomSites();
}
