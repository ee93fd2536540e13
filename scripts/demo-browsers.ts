/**
 * The two browsers `npm run demo` drives, behind one small interface: sign in
 * through the mock's consent page, open a page and tell what the extension
 * did there. Chromium through playwright-core (host names mapped with
 * --host-resolver-rules), Firefox ESR through puppeteer-core over WebDriver
 * BiDi (host names reached through a local CONNECT proxy).
 */
import type { Page as PlaywrightPage, Worker } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium } from '../tests/e2e/support/chromium';
import { type ConnectProxy, startConnectProxy } from '../tests/e2e/support/connect-proxy';
import { launchFirefox } from '../tests/e2e/support/firefox';
import type { FixtureServer } from '../tests/e2e/support/https-server';
import { MOCK_CHROME_DIR, MOCK_FIREFOX_DIR } from '../tests/e2e/support/paths';

const MARK = 'repere-emploi-mark[data-repere-verdict]';
const CONSENT = '/connexion/oauth2/authorize';

export interface PageStatus {
  offers: number;
  matches: number;
}

export interface DemoBrowser {
  /** Signs in with the demo profile; saves the popup and consent screenshots; answers each métier's title. */
  signIn(screenshot: (name: string) => string): Promise<string[]>;
  /** Opens `url`, waits for the marks to settle, saves a screenshot; answers the marks and the page status. */
  show(url: string, screenshotPath: string): Promise<{ marks: number; status: PageStatus | undefined }>;
  /**
   * Opens `url`, pins open (by a click) the reasons of the best-scored badge among the first
   * `cards` marked offers, and saves a screenshot clipped to those offers and the reasons.
   */
  hero(url: string, screenshotPath: string, cards: number): Promise<HeroShot>;
  close(): Promise<void>;
}

export interface HeroShot {
  /** Badges on the page, and the score of the one whose reasons are open. */
  marks: number;
  score: number;
}

/** A rectangle in CSS pixels, relative to the viewport (the page is scrolled to its top). */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface MarkedCards {
  /** The union of the first cards holding a badge. */
  cards: Box;
  /** The best-scored badge among them: its index among all badges, its box and score. */
  index: number;
  badge: Box;
  score: number;
  viewport: { width: number; height: number };
}

/** What `hero()` needs of a page, the same in both browsers' drivers. */
interface HeroPage {
  measureCards(arg: Parameters<typeof measureMarkedCards>[0]): Promise<MarkedCards | string>;
  measureReasons(arg: Parameters<typeof measureOpenReasons>[0]): Promise<Box | null>;
  click(x: number, y: number): Promise<void>;
  screenshot(path: string, clip: Box): Promise<void>;
}

/**
 * Runs in the page: scrolls to the top and measures the first `cards` marked
 * offers. A mark's card is its highest ancestor that holds no other mark, so
 * no adapter's card selector is needed here.
 */
function measureMarkedCards(arg: { selector: string; cards: number }): MarkedCards | string {
  window.scrollTo(0, 0);
  const all = Array.from(document.querySelectorAll<HTMLElement>(arg.selector));
  const chosen = all.slice(0, arg.cards);
  if (chosen.length < 2) return `only ${all.length} marked offer(s) on the page`;
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  let best = 0;
  let bestScore = -1;
  chosen.forEach((mark, i) => {
    let card: HTMLElement = mark;
    while (
      card.parentElement &&
      card.parentElement !== document.body &&
      all.every((other) => other === mark || !card.parentElement?.contains(other))
    )
      card = card.parentElement;
    // What the card shows (its text and the badge), not its box: without the site's
    // stylesheets a card is a block as wide as the window.
    const boxes = [mark.getBoundingClientRect()];
    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      range.selectNodeContents(node);
      boxes.push(range.getBoundingClientRect());
    }
    // List markers sit left of the card's box.
    left = Math.min(left, card.getBoundingClientRect().left - 12);
    for (const r of boxes) {
      if (r.width === 0 || r.height === 0) continue;
      left = Math.min(left, r.left);
      top = Math.min(top, r.top);
      right = Math.max(right, r.right);
      bottom = Math.max(bottom, r.bottom);
    }
    const score = Number(mark.getAttribute('data-repere-score'));
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  const b = (chosen[best] as HTMLElement).getBoundingClientRect();
  return {
    cards: { x: left, y: top, width: right - left, height: bottom - top },
    index: best,
    badge: { x: b.left, y: b.top, width: b.width, height: b.height },
    score: bestScore,
    viewport: { width: window.innerWidth, height: window.innerHeight },
  };
}

/**
 * Runs in the page: the box of the open reasons popover of badge `index`. It
 * lives in a closed shadow root, so it is found from outside: the points it
 * covers hit its host (elementFromPoint retargets to the host).
 */
function measureOpenReasons(arg: { selector: string; index: number; badge: Box }): Box | null {
  // No named inner function here: tsx would wrap it in a helper the page does not have.
  const host = document.querySelectorAll(arg.selector)[arg.index];
  const x0 = arg.badge.x + 8;
  // The popover opens 4px under the badge, or above it when there is no room below.
  let start = arg.badge.y + arg.badge.height + 6;
  let step = 1;
  if (document.elementFromPoint(x0, start) !== host) {
    start = arg.badge.y - 6;
    step = -1;
  }
  if (document.elementFromPoint(x0, start) !== host) return null;
  let end = start;
  while (document.elementFromPoint(x0, end + step) === host) end += step;
  const y0 = (start + end) / 2;
  let left = x0;
  while (document.elementFromPoint(left - 1, y0) === host) left -= 1;
  let right = x0;
  while (document.elementFromPoint(right + 1, y0) === host) right += 1;
  // Measured from inside: the first rows and the border are a few pixels beyond where it started.
  const top = Math.min(start, end) - 3;
  return { x: left, y: top, width: right - left + 1, height: Math.max(start, end) + 2 - top };
}

/** The hero screenshot, the same in both browsers once the page shows its marks; answers the open badge's score. */
async function heroShot(page: HeroPage, selector: string, cards: number, path: string): Promise<number> {
  const measured = await page.measureCards({ selector, cards });
  if (typeof measured === 'string') throw new Error(`No hero screenshot: ${measured}.`);
  const { badge, index } = measured;
  // A click pins the reasons open (a hover would close them as soon as the pointer moves).
  await page.click(badge.x + badge.width / 2, badge.y + badge.height / 2);
  const reasons = await page.measureReasons({ selector, index, badge });
  if (!reasons) throw new Error('No hero screenshot: the reasons did not open on a click.');
  const pad = 16;
  const left = Math.max(0, Math.floor(Math.min(measured.cards.x, reasons.x) - pad));
  const top = Math.max(0, Math.floor(Math.min(measured.cards.y, reasons.y) - pad));
  const right = Math.ceil(Math.max(measured.cards.x + measured.cards.width, reasons.x + reasons.width) + pad);
  const bottom = Math.ceil(
    Math.max(measured.cards.y + measured.cards.height, reasons.y + reasons.height) + pad,
  );
  if (right > measured.viewport.width || bottom > measured.viewport.height)
    throw new Error(
      `No hero screenshot: the offers and their reasons (${JSON.stringify({ cards: measured.cards, reasons })}) do not fit in the window.`,
    );
  await page.screenshot(path, { x: left, y: top, width: right - left, height: bottom - top });
  return measured.score;
}

// The extension API bits the evaluate() callbacks use (they run in the browser).
declare const chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
declare const browser: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };

/** The status the background keeps for the tab showing `url`. */
function statusIn(all: Record<string, unknown>, url: string): PageStatus | undefined {
  for (const [key, value] of Object.entries(all)) {
    const status = value as { url?: string } & PageStatus;
    if (key.startsWith('pageStatus.') && status.url === url) return status;
  }
  return undefined;
}

/** Marks arrive in animation-frame batches: waits until their count stops moving. */
async function settled(count: () => Promise<number>): Promise<number> {
  let last = -1;
  for (let i = 0; i < 20; i += 1) {
    const current = await count();
    if (current === last && current > 0) return current;
    last = current;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return Math.max(last, 0);
}

export async function chromiumDemo(pages: FixtureServer, headless: boolean): Promise<DemoBrowser> {
  const chromium = await launchChromium(
    MOCK_CHROME_DIR,
    [`--host-resolver-rules=${pages.resolverRules}, EXCLUDE 127.0.0.1`, '--ignore-certificate-errors'],
    'fr',
    { headless },
  );
  const [worker]: Worker[] = chromium.context.serviceWorkers();
  if (!worker) {
    await chromium.close();
    throw new Error('The extension did not start.');
  }
  let tab: PlaywrightPage | undefined;
  return {
    async signIn(screenshot) {
      const popup = await chromium.openPopup();
      await popup.setViewportSize({ width: 380, height: 640 });
      // The popup renders once it knows the state (or after a short wait): not before, or the shot is blank.
      await popup.getByTestId('sign-in').waitFor();
      await popup.screenshot({ path: screenshot('popup-signed-out.png') });
      const [consent] = await Promise.all([
        chromium.context.waitForEvent('page', { predicate: (p) => p.url().includes(CONSENT) }),
        popup.getByTestId('sign-in').click(),
      ]);
      await consent.locator('#profile').selectOption('demo');
      await consent.screenshot({ path: screenshot('consent.png') });
      await consent.locator('#approve').click();
      await popup.getByTestId('metier-card').nth(1).waitFor({ timeout: 20_000 });
      await popup.screenshot({ path: screenshot('popup-signed-in.png'), fullPage: true });
      const cards = await popup.getByTestId('metier-card').allInnerTexts();
      return cards.map((text) => text.split('\n')[0] ?? '');
    },
    async show(url, screenshotPath) {
      if (!tab) {
        tab = await chromium.context.newPage();
        await tab.setViewportSize({ width: 1280, height: 900 });
      }
      const page = tab;
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const marks = await settled(() => page.locator(MARK).count());
      const status = statusIn(
        (await worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, unknown>,
        url,
      );
      // Saved pages come without their stylesheets: show the first marked offer rather than the page top.
      if (marks > 0) {
        const first = page.locator(MARK).first();
        await first.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await first.hover(); // opens the reasons, as a person pointing at the badge sees them
      }
      await page.screenshot({ path: screenshotPath });
      return { marks, status };
    },
    async hero(url, screenshotPath, cards) {
      const page = await chromium.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const marks = await settled(() => page.locator(MARK).count());
      const score = await heroShot(
        {
          measureCards: (arg) => page.evaluate(measureMarkedCards, arg),
          measureReasons: (arg) => page.evaluate(measureOpenReasons, arg),
          click: (x, y) => page.mouse.click(x, y),
          screenshot: async (path, clip) => {
            await page.screenshot({ path, clip });
          },
        },
        MARK,
        cards,
        screenshotPath,
      );
      await page.close();
      return { marks, score };
    },
    close: () => chromium.close(),
  };
}

export async function firefoxDemo(
  pages: FixtureServer,
  hosts: string[],
  headless: boolean,
): Promise<DemoBrowser> {
  const proxy: ConnectProxy = await startConnectProxy(hosts, pages.port);
  const firefox = await launchFirefox(MOCK_FIREFOX_DIR, {
    headless,
    httpsProxyPort: proxy.port,
    // The demo closes the browser itself on Ctrl-C, which also removes the temporary profile.
    handleSignals: false,
  }).catch(async (e: unknown) => {
    await proxy.close();
    throw e;
  });
  let popup: PuppeteerPage | undefined;
  let tab: PuppeteerPage | undefined;
  return {
    async signIn(screenshot) {
      const page = await firefox.openPopup();
      popup = page;
      await page.setViewport({ width: 380, height: 640 });
      await page.waitForSelector('[data-testid=sign-in]');
      await page.screenshot({ path: screenshot('popup-signed-out.png') });
      const consentPage = firefox.waitForPage((url) => url.includes(CONSENT));
      await page.click('[data-testid=sign-in]');
      const consent = await consentPage;
      await consent.waitForSelector('#approve');
      await consent.select('#profile', 'demo');
      await consent.screenshot({ path: screenshot('consent.png') });
      await consent.click('#approve');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=metier-card]').length >= 2, {
        timeout: 20_000,
      });
      await page.screenshot({ path: screenshot('popup-signed-in.png'), fullPage: true });
      const cards = await page.$$eval('[data-testid=metier-card]', (all) =>
        all.map((c) => (c as HTMLElement).innerText),
      );
      return cards.map((text) => text.split('\n')[0] ?? '');
    },
    async show(url, screenshotPath) {
      if (!tab) {
        tab = await firefox.browser.newPage();
        await tab.setViewport({ width: 1280, height: 900 });
      }
      const page = tab;
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const marks = await settled(() => page.$$eval(MARK, (all) => all.length));
      const status = popup
        ? statusIn(
            (await popup.evaluate(() => browser.storage.session.get(null))) as Record<string, unknown>,
            url,
          )
        : undefined;
      if (marks > 0) await page.$eval(MARK, (el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: screenshotPath });
      return { marks, status };
    },
    async hero(url, screenshotPath, cards) {
      const page = await firefox.browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const marks = await settled(() => page.$$eval(MARK, (all) => all.length));
      const score = await heroShot(
        {
          measureCards: (arg) => page.evaluate(measureMarkedCards, arg),
          measureReasons: (arg) => page.evaluate(measureOpenReasons, arg),
          click: (x, y) => page.mouse.click(x, y),
          screenshot: async (path, clip) => {
            await page.screenshot({ path: path as `${string}.png`, clip });
          },
        },
        MARK,
        cards,
        screenshotPath,
      );
      await page.close();
      return { marks, score };
    },
    async close() {
      await firefox.close().catch(() => {});
      await proxy.close();
    },
  };
}
