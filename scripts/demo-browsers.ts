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
  close(): Promise<void>;
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
    async close() {
      await firefox.close().catch(() => {});
      await proxy.close();
    },
  };
}
