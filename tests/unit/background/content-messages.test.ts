import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing';
import {
  isFromContentScript,
  pageStatusKey,
  readPageStatus,
  registerContentMessages,
  watchPagePort,
} from '@/entrypoints/background/content-messages';
import { PLACE_NAME_TABLE } from '@/utils/geo/departements';
import { badgeWords } from '@/utils/highlight/labels';
import type { MessageKey } from '@/utils/i18n';
import type { MatchProfile } from '@/utils/matching/match-profile';
import { TITLE_NOISE } from '@/utils/matching/title-noise';
import { type MatchProfileAnswer, PAGE_PORT_NAME, parseContentRequest } from '@/utils/messaging';
import { translator } from '../locales-translator';

const PROFILE: MatchProfile = {
  version: 2,
  placeNames: PLACE_NAME_TABLE,
  titleNoise: TITLE_NOISE,
  metiers: [],
  excludedKeywords: [],
  excludedCompanies: [],
};
const PAGE = 'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=boulanger';

/** The sender a content script in tab `tabId` has. */
const contentSender = (tabId: number, url = PAGE): Runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  tab: { id: tabId, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  url,
});
const report = (matches: number, extra: object = {}) => ({
  type: 'reportPage',
  adapterId: 'hellowork',
  offers: 30,
  matches,
  listingWithoutOffers: false,
  url: PAGE,
  ...extra,
});

/** Sends a message through the registered listeners, as the browser would. */
async function send(message: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return answers.find((answer: unknown) => answer !== undefined);
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  // Not implemented by fakeBrowser; the custom-sites sync only needs empty answers here.
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] });
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => {});
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
});

describe('content-script protocol', () => {
  it('accepts only the two content requests, well formed', () => {
    expect(parseContentRequest({ type: 'getMatchProfile' })).toEqual({ type: 'getMatchProfile' });
    expect(parseContentRequest(report(3))).toEqual(report(3));
    expect(parseContentRequest({ type: 'getState' })).toBeNull();
    expect(parseContentRequest(report(-1))).toBeNull();
    expect(parseContentRequest(report(2.5))).toBeNull();
    expect(parseContentRequest({ ...report(1), adapterId: '' })).toBeNull();
    expect(parseContentRequest({ type: 'reportPage' })).toBeNull();
    expect(parseContentRequest(report(1, { url: 'javascript:alert(1)' }))).toBeNull();
  });

  it('tells content scripts from extension pages and other extensions', () => {
    expect(isFromContentScript(contentSender(4))).toBe(true);
    expect(
      isFromContentScript({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') }),
    ).toBe(false);
    expect(isFromContentScript({ ...contentSender(4), id: 'another-extension' })).toBe(false);
    expect(isFromContentScript({ ...contentSender(4), url: fakeBrowser.runtime.getURL('/popup.html') })).toBe(
      false,
    );
  });
});

describe('registerContentMessages', () => {
  it('answers the match profile and the badge words to a content script, and nothing to anyone else', async () => {
    const getMatchProfile = vi.fn(async () => PROFILE);
    // Not implemented by fakeBrowser: the real French messages stand in for the browser's.
    const french = translator('fr');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, substitutions) =>
      french(key as MessageKey, substitutions),
    );
    registerContentMessages({ getMatchProfile });
    const answer = (await send({ type: 'getMatchProfile' }, contentSender(1))) as MatchProfileAnswer;
    expect(answer.profile).toEqual(PROFILE);
    // Translated here, so the content script never calls browser.i18n.
    expect(answer.words).toEqual(badgeWords(french));
    expect(
      await send({ type: 'getMatchProfile' }, { id: 'intruder', tab: contentSender(1).tab }),
    ).toBeUndefined();
    expect(
      await send(
        { type: 'getMatchProfile' },
        { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') },
      ),
    ).toBeUndefined();
    expect(getMatchProfile).toHaveBeenCalledTimes(1);
  });

  it('answers null when there is no profile, and ignores popup requests', async () => {
    registerContentMessages({ getMatchProfile: async () => null });
    expect(await send({ type: 'getMatchProfile' }, contentSender(1))).toBeNull();
    expect(await send({ type: 'getState' }, contentSender(1))).toBeUndefined();
  });

  it('sets the toolbar badge of each tab and records its page status', async () => {
    registerContentMessages({ getMatchProfile: async () => PROFILE });
    await send(report(7), contentSender(1));
    await send(
      report(0, { offers: 0, listingWithoutOffers: true, url: `${PAGE}&p=2` }),
      contentSender(2, `${PAGE}&p=2`),
    );
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('7');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('');
    expect(await readPageStatus(1)).toEqual({
      adapterId: 'hellowork',
      offers: 30,
      matches: 7,
      listingWithoutOffers: false,
      url: PAGE,
    });
    expect((await readPageStatus(2))?.listingWithoutOffers).toBe(true);
  });

  it('records the URL the page reports after a SPA navigation, but only on its own origin', async () => {
    registerContentMessages({ getMatchProfile: async () => PROFILE });
    await send(report(2, { url: `${PAGE}&spa=2` }), contentSender(1));
    expect((await readPageStatus(1))?.url).toBe(`${PAGE}&spa=2`);
    await send(report(2, { url: 'https://evil.example/' }), contentSender(1));
    expect((await readPageStatus(1))?.url).toBe(PAGE);
  });

  it('ignores a malformed report', async () => {
    registerContentMessages({ getMatchProfile: async () => PROFILE });
    await send({ ...report(5), matches: '5' }, contentSender(1));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
    expect(await readPageStatus(1)).toBeNull();
  });

  it('forgets a tab when it is closed', async () => {
    registerContentMessages({ getMatchProfile: async () => PROFILE });
    const tabId = 9;
    await send(report(3), contentSender(tabId));
    await send(report(2), contentSender(10));
    expect(await readPageStatus(tabId)).not.toBeNull();
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => {
      expect(await fakeBrowser.storage.session.get(pageStatusKey(tabId))).toEqual({});
      expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe('');
    });
    expect(await readPageStatus(10)).not.toBeNull();
  });

  it('forgets a tab when its page goes (its port disconnects), unless a newer page took over', async () => {
    registerContentMessages({ getMatchProfile: async () => PROFILE });
    const page = (tabId: number, name = PAGE_PORT_NAME) => {
      const onDisconnect: Array<() => void> = [];
      const port = {
        name,
        sender: contentSender(tabId),
        onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
      } as unknown as Runtime.Port;
      watchPagePort(port);
      return {
        disconnect: () => {
          for (const listener of onDisconnect) listener();
        },
      };
    };
    await send(report(3), contentSender(1));
    await send(report(4), contentSender(2));
    await send(report(5), contentSender(3));
    const first = page(1);
    const old = page(2);
    page(2); // the next document of tab 2 connected before the old one's port closed
    const stranger = page(3, 'something-else');
    first.disconnect();
    old.disconnect();
    stranger.disconnect();
    await vi.waitFor(async () => {
      expect(await readPageStatus(1)).toBeNull();
      expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
    });
    expect((await readPageStatus(2))?.matches).toBe(4);
    expect((await readPageStatus(3))?.matches).toBe(5);
  });
});
