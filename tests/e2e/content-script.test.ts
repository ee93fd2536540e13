import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageStatus } from '../../utils/messaging';
import { type ExtensionBrowser, launchChromium } from './support/chromium';
import { expectedMarks } from './support/expected-marks';
import { type FixtureServer, startFixtureServer } from './support/https-server';
import { PROD_CHROME_DIR, ROOT } from './support/paths';

// The bits of the extension APIs these evaluate() callbacks use (they run in the browser, not here).
declare const chrome: {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const PAGES = join(ROOT, 'tests/fixtures/pages');
const HOST = 'repere-emploi-mark';
const LISTING_URL = 'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=d%C3%A9veloppeur&l=Montpellier';
const SPA_URL = 'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=java&l=Montpellier';
/** A HelloWork page outside the content script's match patterns (served as a 404). */
const OTHER_PAGE_URL = 'https://www.hellowork.com/en-gb/';
const NOT_FOUND_URL = 'https://candidat.francetravail.fr/offres/recherche/detail/184ZZZZ';
const CARD = 'li[data-id-storage-item-id]';
/** The fixture's card count; the single-page navigation keeps its even-numbered cards. */
const FIXTURE_CARDS = 30;
const SPA_KEPT = FIXTURE_CARDS / 2;
const keptAfterNavigation = (index: number) => index < FIXTURE_CARDS && index % 2 === 0;

/** What the page shows: "verdict:score" of each badge host (the host's attributes are public). */
const marksOn = (page: Page) =>
  page.$$eval(HOST, (hosts) =>
    hosts.map((h) => `${h.getAttribute('data-repere-verdict')}:${h.getAttribute('data-repere-score')}`),
  );

/**
 * Whether the first badge's reasons are open: the page cannot look inside the badge, but the point just
 * under (or above) it is then the popover, which the page sees as the badge's host.
 */
const reasonsShown = (page: Page) =>
  page.$eval(HOST, (host) => {
    const rect = host.getBoundingClientRect();
    const x = rect.left + 8;
    return [rect.bottom + 12, rect.top - 12].some((y) => document.elementFromPoint(x, y) === host);
  });

let server: FixtureServer;
let browser: ExtensionBrowser;
let worker: Worker;

async function pageStatus(url: string): Promise<{ tabId: number; status: PageStatus } | undefined> {
  const all = (await worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, unknown>;
  for (const [key, value] of Object.entries(all)) {
    const status = value as PageStatus;
    if (key.startsWith('pageStatus.') && status.url === url) return { tabId: Number(key.slice(11)), status };
  }
  return undefined;
}

async function waitForStatus(url: string, accept: (status: PageStatus) => boolean = () => true) {
  await expect
    .poll(
      async () => {
        const found = await pageStatus(url);
        return found !== undefined && accept(found.status);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  const found = await pageStatus(url);
  if (!found) throw new Error('status vanished');
  return found;
}

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

beforeAll(async () => {
  server = await startFixtureServer({
    'www.hellowork.com/fr-fr/emploi/recherche.html': join(
      PAGES,
      'hellowork/listing-developpeur-montpellier-2026-03.html',
    ),
    'candidat.francetravail.fr/offres/recherche/detail/184ZZZZ': join(
      PAGES,
      'francetravail/error-404-2026-02.html',
    ),
    'www.hellowork.com/en-gb/': join(PAGES, 'francetravail/error-404-2026-02.html'),
  });
  browser = await launchChromium(PROD_CHROME_DIR, [
    `--host-resolver-rules=${server.resolverRules}`,
    '--ignore-certificate-errors',
  ]);
  const [serviceWorker] = browser.context.serviceWorkers();
  if (!serviceWorker) throw new Error('no service worker');
  worker = serviceWorker;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('content script (production build, Chromium)', () => {
  it('changes nothing on the page while there is no profile, and posts it no message', async () => {
    const page = await browser.context.newPage();
    // The page's own message listeners: the script must not post them anything (WXT's start-up
    // postMessage is turned off in utils/content-script/define.ts).
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      Object.defineProperty(window, 'seenMessages', { value: seen });
      window.addEventListener('message', (event) => seen.push(event.data));
    });
    await page.goto(LISTING_URL);
    // Nothing to wait for when nothing happens: give the content script time to ask and stop.
    await page.waitForTimeout(1500);
    expect(await page.$$(HOST)).toHaveLength(0);
    expect(await pageStatus(LISTING_URL)).toBeUndefined();
    expect(
      await page.evaluate(() => (window as unknown as { seenMessages: unknown[] }).seenMessages),
    ).toEqual([]);
    await page.close();
  });

  it('marks the offers the engine marks, with their verdicts, and counts them on the toolbar', async () => {
    const popup = await browser.openPopup();
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'useDemoProfile' }));
    await popup.close();

    const expected = expectedMarks(
      join(PAGES, 'hellowork/listing-developpeur-montpellier-2026-03.html'),
      LISTING_URL,
    );
    expect(expected.length).toBeGreaterThan(0);
    const page = await open(LISTING_URL);
    const { tabId, status } = await waitForStatus(LISTING_URL);
    expect(await marksOn(page)).toEqual(expected);
    expect(status).toMatchObject({ adapterId: 'hellowork', offers: FIXTURE_CARDS, matches: expected.length });
    expect(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(
      String(expected.length),
    );
    // The page cannot look inside a mark.
    expect(await page.$eval(HOST, (host) => host.shadowRoot)).toBeNull();
    // The browser's accessibility tree can: each badge is named in French, with the words the
    // background sent along with the match profile (the content script never calls browser.i18n).
    const cdp = await browser.context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { role?: { value?: string }; name?: { value?: string } }[];
    };
    const badgeNames = nodes
      .filter((node) => node.role?.value === 'button' && node.name?.value?.startsWith('Repère Emploi, '))
      .map((node) => node.name?.value ?? '');
    expect(badgeNames).toHaveLength(expected.length);
    for (const name of badgeNames) {
      expect(name).toMatch(/^Repère Emploi, (Correspond|Correspond en partie), \d+ sur 100, .+\. Métier : /);
    }
    await cdp.detach();
    // The badge sits inside the card's title link: a click on it opens the reasons, not the offer.
    expect(await page.$eval(HOST, (host) => host.closest('a') !== null)).toBe(true);
    const clicksReachingPage = await page.evaluateHandle(() => {
      const seen = { count: 0 };
      document.addEventListener('click', () => seen.count++, true);
      document.addEventListener('click', () => seen.count++);
      return seen;
    });
    // Nor any of the presses that come with the click (the card's own mousedown/pointer handlers).
    const pressesReachingPage = await page.evaluateHandle(() => {
      const seen: string[] = [];
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
        document.addEventListener(type, () => seen.push(`${type} down`), true);
        document.addEventListener(type, () => seen.push(`${type} up`));
      }
      return seen;
    });
    const badge = page.locator(HOST).first();
    // In view first, and the scroll's event delivered (a frame later): a scroll closes open reasons.
    await badge.scrollIntoViewIfNeeded();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await badge.click();
    expect(await reasonsShown(page)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await reasonsShown(page)).toBe(false);
    expect(page.url()).toBe(LISTING_URL);
    // The capture listener on document sees the click on its way down; nothing bubbles back up.
    expect(await clicksReachingPage.evaluate((seen) => seen.count)).toBe(1);
    expect(await pressesReachingPage.evaluate((seen) => seen)).toEqual([
      'pointerdown down',
      'mousedown down',
      'pointerup down',
      'mouseup down',
    ]);

    // Hover opens the reasons and leaving closes them, a moment after; so do focus (keyboard) and blur.
    await page.mouse.move(0, 0);
    await badge.hover();
    expect(await reasonsShown(page)).toBe(true);
    await page.mouse.move(0, 0);
    await expect.poll(() => reasonsShown(page), { timeout: 5_000 }).toBe(false);
    // The pointer can move onto the reasons to read them (WCAG 1.4.13, hoverable): they stay open under
    // it, past the moment leaving the badge gives; Escape closes them, the focus elsewhere (dismissible).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await badge.hover();
    const onReasons = await page.$eval(HOST, (host) => {
      const rect = host.getBoundingClientRect();
      const x = rect.left + 8;
      const y = [rect.bottom + 12, rect.top - 12].find((at) => document.elementFromPoint(x, at) === host);
      return y === undefined ? undefined : { x, y };
    });
    expect(onReasons).toBeDefined();
    await page.mouse.move(onReasons?.x ?? 0, onReasons?.y ?? 0, { steps: 4 });
    await page.waitForTimeout(800);
    expect(await reasonsShown(page)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.keyboard.press('Escape');
    expect(await reasonsShown(page)).toBe(false);
    await page.mouse.move(0, 0);
    await page.$eval(HOST, (host) => host.closest('a')?.focus());
    await page.keyboard.press('Tab');
    expect(await page.$eval(HOST, (host) => document.activeElement === host)).toBe(true);
    expect(await reasonsShown(page)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await reasonsShown(page)).toBe(false);

    // A copy of a host (what a page's clone of a marked card carries: no shadow root) takes no room;
    // the margin before the badge comes from inside it.
    const room = await page.$eval(HOST, (host) => {
      const after = document.createElement('span');
      host.after(after);
      const before = after.getBoundingClientRect().left;
      const copy = host.cloneNode(true) as Element;
      host.after(copy);
      const { width, height } = copy.getBoundingClientRect();
      const moved = after.getBoundingClientRect().left - before;
      copy.remove();
      after.remove();
      const style = getComputedStyle(host);
      const margin = Number.parseFloat(style.marginInlineStart) / Number.parseFloat(style.fontSize);
      return { width, height, moved, margin };
    });
    expect(room).toEqual({ width: 0, height: 0, moved: 0, margin: 0.4 });

    // "Load more": appended copies of a marked card get their own mark.
    await page.evaluate(
      ({ card, host }) => {
        const marked = [...document.querySelectorAll(card)].find((c) => c.querySelector(host));
        if (!marked?.parentElement) throw new Error('no marked card');
        for (let i = 0; i < 3; i++) marked.parentElement.append(marked.cloneNode(true));
      },
      { card: CARD, host: HOST },
    );
    await expect.poll(() => page.$$eval(HOST, (h) => h.length)).toBe(expected.length + 3);
    await waitForStatus(
      LISTING_URL,
      (s) => s.offers === FIXTURE_CARDS + 3 && s.matches === expected.length + 3,
    );
    expect(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(
      String(expected.length + 3),
    );

    // Two of the copies go again (same URL): the running counts and the toolbar badge follow.
    await page.evaluate((card) => {
      for (const copy of [...document.querySelectorAll(card)].slice(-2)) copy.remove();
    }, CARD);
    await waitForStatus(
      LISTING_URL,
      (s) => s.offers === FIXTURE_CARDS + 1 && s.matches === expected.length + 1,
    );
    expect(await page.$$eval(HOST, (h) => h.length)).toBe(expected.length + 1);
    expect(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(
      String(expected.length + 1),
    );

    // Single-page navigation: new URL, new list content (the appended copies and every
    // odd-numbered card gone); the marks and counts follow.
    await page.evaluate(
      ({ card, url, total }) => {
        history.pushState({}, '', url);
        [...document.querySelectorAll(card)].forEach((c, index) => {
          if (index >= total || index % 2 === 1) c.remove();
        });
      },
      { card: CARD, url: SPA_URL, total: FIXTURE_CARDS },
    );
    const afterNavigation = expectedMarks(
      join(PAGES, 'hellowork/listing-developpeur-montpellier-2026-03.html'),
      SPA_URL,
      {
        cardSelector: CARD,
        keep: keptAfterNavigation,
      },
    );
    expect(afterNavigation).not.toEqual(expected);
    const spa = await waitForStatus(SPA_URL, (s) => s.offers === SPA_KEPT);
    expect(await marksOn(page)).toEqual(afterNavigation);
    expect(spa.status.matches).toBe(afterNavigation.length);
    expect(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), spa.tabId)).toBe(
      afterNavigation.length > 0 ? String(afterNavigation.length) : '',
    );

    // Leaving for a page without the content script: the tab's status and badge go.
    await page.goto(OTHER_PAGE_URL);
    await expect.poll(() => pageStatus(SPA_URL)).toBeUndefined();
    expect(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), spa.tabId)).toBe('');
    await page.close();
  });

  it('follows the profile on an open page: marks go when it is deleted and come back with a new one', async () => {
    const expected = expectedMarks(
      join(PAGES, 'hellowork/listing-developpeur-montpellier-2026-03.html'),
      LISTING_URL,
    );
    const page = await open(LISTING_URL);
    const { tabId } = await waitForStatus(LISTING_URL);
    expect(await marksOn(page)).toEqual(expected);
    // Proof that the page is never reloaded: a reload would lose this.
    await page.evaluate(() => document.documentElement.setAttribute('data-e2e-same-document', ''));
    const popup = await browser.openPopup();

    // "Supprimer mes données" in the options page: the profile goes, and with it every mark and the count.
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'deleteEverything' }));
    await expect.poll(() => marksOn(page), { timeout: 20_000 }).toEqual([]);
    await expect.poll(() => pageStatus(LISTING_URL)).toBeUndefined();
    expect(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');

    // A profile again (the demo one here; a sign-in the same): the open page is marked without a reload.
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'useDemoProfile' }));
    await expect.poll(() => marksOn(page), { timeout: 20_000 }).toEqual(expected);
    const { status } = await waitForStatus(LISTING_URL);
    expect(status.matches).toBe(expected.length);
    expect(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(
      String(expected.length),
    );
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-e2e-same-document'))).toBe(
      true,
    );
    await popup.close();
    await page.close();
  });

  it('shows nothing on a page without offers', async () => {
    const page = await open(NOT_FOUND_URL);
    const { tabId, status } = await waitForStatus(NOT_FOUND_URL);
    expect(status).toMatchObject({
      adapterId: 'francetravail',
      offers: 0,
      matches: 0,
      listingWithoutOffers: false,
    });
    expect(await page.$$(HOST)).toHaveLength(0);
    expect(await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await page.close();
  });
});
