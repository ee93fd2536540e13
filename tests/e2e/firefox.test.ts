/**
 * Firefox ESR end to end (puppeteer-core over WebDriver BiDi), with the
 * extension built against the local mock (FT_MOCK=1) and installed as a
 * temporary add-on: sign-in through the mock's consent page in the window
 * identity.launchWebAuthFlow opens, the profile in the popup, the event page
 * coming back with its session, marks on a job-board page served at its real
 * host name, the popup asking for host access when it was withdrawn, a
 * site enabled by hand ("Activer sur ce site") read by the generic script,
 * and an open page following the profile when it is deleted and set again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILE, CUSTOM_SITES_KEY, SCRIPT_ID_PREFIX } from '../../utils/custom-sites';
import { GECKO_ID, redirectUris } from '../../utils/extension-identity';
import type { PageStatus } from '../../utils/messaging';
import { mockAdmin } from '../mock/admin';
import { type MockServer, startMockServer } from '../mock/server';
import { type ConnectProxy, startConnectProxy } from './support/connect-proxy';
import { expectedMarks, MARK_HOST } from './support/expected-marks';
import { type FirefoxExtensionBrowser, launchFirefox } from './support/firefox';
import { type FixtureServer, startFixtureServer } from './support/https-server';
import { MOCK_FIREFOX_DIR, MOCK_PORT, ROOT } from './support/paths';

// The bits of the WebExtension API these evaluate() callbacks use (they run in the popup, not here).
declare const browser: {
  identity: { getRedirectURL(): string };
  i18n: { getUILanguage(): string };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    getManifest(): { host_permissions?: string[]; content_scripts?: Array<{ matches: string[] }> };
    getContexts(filter: { contextTypes: string[] }): Promise<unknown[]>;
  };
  permissions: {
    contains(p: { origins: string[] }): Promise<boolean>;
    remove(p: { origins: string[] }): Promise<boolean>;
    request(p: { origins: string[] }): Promise<boolean>;
  };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; js?: string[] }>> };
  storage: {
    session: { get(keys: string | null): Promise<Record<string, unknown>> };
    local: { set(items: Record<string, unknown>): Promise<void> };
  };
};

/** The event page's idle lifetime here (Firefox's default is 30 s): long enough for a step, short enough to see it stop. */
const IDLE_MS = 2000;
const LISTING_FILE = join(
  ROOT,
  'tests/fixtures/pages/hellowork/listing-developpeur-montpellier-2026-03.html',
);
const LISTING_URL = 'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=d%C3%A9veloppeur&l=Montpellier';
/** A site that is no board, enabled by hand: only its schema.org JobPosting can be read. */
const CUSTOM_HOST = 'recrutement.maison-lemoine.fr';
const CUSTOM_FILE = join(ROOT, 'tests/fixtures/pages/jsonld/synthetic-graph-2026.html');
const CUSTOM_URL = `https://${CUSTOM_HOST}/offres/boulanger-tours/`;
const manifest = JSON.parse(readFileSync(join(MOCK_FIREFOX_DIR, 'manifest.json'), 'utf8')) as {
  host_permissions: string[];
  content_scripts: Array<{ matches: string[] }>;
};

let mock: MockServer;
let pages: FixtureServer;
let proxy: ConnectProxy;
let firefox: FirefoxExtensionBrowser;
let popup: Page;

const admin = (path: string, body?: unknown) => mockAdmin(mock, path, body);

const requests = async () =>
  (await admin('state')).requests as { authorize: number; token: number; metiers: number };
/** How many background contexts run: 1 while the event page lives, 0 once Firefox stopped it. */
const backgroundPages = async () =>
  (await popup.evaluate(() => browser.runtime.getContexts({ contextTypes: ['BACKGROUND'] }))).length;
const cardTexts = () =>
  popup.$$eval('[data-testid=metier-card]', (cards) => cards.map((c) => (c as HTMLElement).innerText));

/** Every host the product needs: France Travail (host_permissions) and the job boards (content scripts). */
const neededOrigins = () =>
  popup.evaluate(() => {
    const m = browser.runtime.getManifest();
    return [...(m.host_permissions ?? []), ...(m.content_scripts ?? []).flatMap((s) => s.matches)];
  });

/**
 * What a page without its marks and the background had got to: the page loaded with its cards or not,
 * the match profile derived (cached in storage.session) or not, the page's counts reported or not, the
 * event page running or not.
 */
async function whyNoMarks(page: Page): Promise<string> {
  const seen = await page
    .evaluate(() => ({
      url: location.href,
      readyState: document.readyState,
      cards: document.querySelectorAll('li[data-id-storage-item-id]').length,
    }))
    .catch((e: unknown) => `page unreadable: ${String(e)}`);
  const session = await popup
    .evaluate(() => browser.storage.session.get(null))
    .then((all) => Object.keys(all).sort().join(', '))
    .catch((e: unknown) => `storage.session unreadable: ${String(e)}`);
  const background = await backgroundPages().catch(() => 'unknown');
  return `page: ${JSON.stringify(seen)}; storage.session keys: ${session}; background contexts: ${background}`;
}

beforeAll(async () => {
  mock = await startMockServer({ port: MOCK_PORT, quiet: true });
  pages = await startFixtureServer({
    'www.hellowork.com/fr-fr/emploi/recherche.html': LISTING_FILE,
    [`${CUSTOM_HOST}/offres/boulanger-tours/`]: CUSTOM_FILE,
  });
  proxy = await startConnectProxy(['www.hellowork.com', CUSTOM_HOST], pages.port);
  firefox = await launchFirefox(MOCK_FIREFOX_DIR, {
    httpsProxyPort: proxy.port,
    backgroundIdleTimeoutMs: IDLE_MS,
  });
  popup = await firefox.openPopup();
});

afterAll(async () => {
  await firefox?.close();
  await proxy?.close();
  await pages?.close();
  await mock?.close();
});

describe('Firefox ESR (mock build, temporary add-on)', () => {
  it('runs as an event page, in French, with the redirect URI registered for its add-on id', async () => {
    expect(manifest).toMatchObject({
      background: { scripts: ['background.js'] },
      browser_specific_settings: { gecko: { id: GECKO_ID } },
    });
    expect(await popup.evaluate(() => browser.identity.getRedirectURL())).toBe(
      (await redirectUris()).firefox,
    );
    expect(await popup.evaluate(() => browser.i18n.getUILanguage())).toBe('fr');
  });

  it('has France Travail and the job boards granted at install, so the popup asks for nothing', async () => {
    const origins = await neededOrigins();
    expect(origins).toEqual([
      ...manifest.host_permissions,
      ...manifest.content_scripts.flatMap((s) => s.matches),
    ]);
    expect(await popup.evaluate((o) => browser.permissions.contains({ origins: o }), origins)).toBe(true);
    await popup.waitForSelector('[data-testid=sign-in]');
    expect(await popup.$('[data-testid=host-access]')).toBeNull();
  });

  it('signs in through the consent page in the sign-in window and shows both métiers with their fields', async () => {
    const consentPage = firefox.waitForPage((url) => url.includes('/connexion/oauth2/authorize'));
    await popup.click('[data-testid=sign-in]');
    const consent = await consentPage;
    await consent.waitForSelector('#approve');
    // The person takes their time: the pending identity.launchWebAuthFlow keeps the event page alive.
    await new Promise((resolve) => setTimeout(resolve, 2 * IDLE_MS));
    expect(await backgroundPages()).toBe(1);
    await consent.select('#profile', 'demo');
    await consent.click('#approve');
    await popup.waitForFunction(() => document.querySelectorAll('[data-testid=metier-card]').length >= 2, {
      timeout: 20_000,
    });
    const [first, second, ...rest] = await cardTexts();
    expect(rest).toEqual([]);
    expect(first).toContain('Boulanger / Boulangère');
    expect(first).toContain('D1102');
    expect(first).toContain('CDI');
    expect(first).toMatch(/1\s900\s€/);
    expect(first).toContain('Lyon');
    expect(second).toContain('Développeur / Développeuse web');
    expect(second).toContain('Montpellier');
    await popup.waitForSelector('[data-testid=last-sync]');
    expect(await popup.$('[data-testid=error]')).toBeNull();
    expect(await requests()).toMatchObject({ token: 1, metiers: 1 });
    // The state a popup renders first, even while the event page is stopped or busy (app-state-snapshot.ts).
    const kept = await popup.evaluate(() => browser.storage.session.get('appState'));
    const snapshot = kept.appState as { profile?: { metiers?: Array<{ appellation?: { label: string } }> } };
    expect(snapshot.profile?.metiers?.map((m) => m.appellation?.label)).toEqual([
      'Boulanger / Boulangère',
      'Développeur / Développeuse web',
    ]);
  });

  it('lets the event page stop when idle and finds the session again when it comes back', async () => {
    await expect.poll(backgroundPages, { timeout: 10 * IDLE_MS }).toBe(0);
    const before = await requests();
    await popup.click('[data-testid=refresh]');
    await expect.poll(async () => (await requests()).metiers, { timeout: 20_000 }).toBe(before.metiers + 1);
    // The tokens were kept in storage.session: no new sign-in, no new token.
    expect(await requests()).toMatchObject({ authorize: before.authorize, token: before.token });
    await popup.waitForFunction(() => !document.querySelector('[aria-busy=true]'), { timeout: 20_000 });
    expect(await popup.$('[data-testid=error]')).toBeNull();
    expect(await cardTexts()).toHaveLength(2);
  });

  it('marks the offers the engine marks on a job-board page served at its real host name', async () => {
    const expected = expectedMarks(LISTING_FILE, LISTING_URL);
    expect(expected.length).toBeGreaterThan(0);
    // Derived when the profile came (and cached in storage.session), not when the first page asks: a cold
    // derivation here can outlast the event page's idle time, and a stopped page answers nothing.
    const cached = await popup.evaluate(() => browser.storage.session.get(null));
    expect(Object.keys(cached)).toContain('matchProfile'); // MATCH_PROFILE_CACHE_KEY (its module needs the @ alias)
    const page = await firefox.browser.newPage();
    await page.goto(LISTING_URL);
    const marks = () =>
      page.$$eval(MARK_HOST, (hosts) =>
        hosts.map((h) => `${h.getAttribute('data-repere-verdict')}:${h.getAttribute('data-repere-score')}`),
      );
    try {
      await expect.poll(marks, { timeout: 20_000 }).toHaveLength(expected.length);
    } catch (e) {
      // This wait failed now and then (0 marks of 30); say what the page and the background had got to.
      throw new Error(`${(e as Error).message}\n${await whyNoMarks(page)}`);
    }
    expect(await marks()).toEqual(expected);

    // The badge's listeners come with the first pointer, focus or key that reaches it: hover, click and
    // Escape work in Firefox too. The page cannot look inside the badge, but the point just under (or
    // above) it is the popover while the reasons are open, and the page sees it as the badge's host.
    const reasonsShown = () =>
      page.$eval(MARK_HOST, (host) => {
        const rect = host.getBoundingClientRect();
        return [rect.bottom + 12, rect.top - 12].some(
          (y) => document.elementFromPoint(rect.left + 8, y) === host,
        );
      });
    await page.$eval(MARK_HOST, (host) => host.scrollIntoView({ block: 'center' }));
    await page.hover(MARK_HOST);
    await expect.poll(reasonsShown, { timeout: 5_000 }).toBe(true);
    await page.mouse.move(0, 0);
    await expect.poll(reasonsShown, { timeout: 5_000 }).toBe(false);
    await page.click(MARK_HOST);
    await page.mouse.move(0, 0);
    // Pinned by the click: leaving does not close it, Escape does.
    expect(await reasonsShown()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(reasonsShown, { timeout: 5_000 }).toBe(false);
    expect(page.url()).toBe(LISTING_URL);

    // Its margin comes from inside it: a copy of the host (no shadow root) takes no room.
    const room = await page.$eval(MARK_HOST, (host) => {
      const copy = host.cloneNode(true) as Element;
      host.after(copy);
      const { width, height } = copy.getBoundingClientRect();
      copy.remove();
      const style = getComputedStyle(host);
      return {
        width,
        height,
        margin: Number.parseFloat(style.marginInlineStart) / Number.parseFloat(style.fontSize),
      };
    });
    expect(room).toEqual({ width: 0, height: 0, margin: 0.4 });
    await page.close();
  });

  it('asks for host access when the person withdrew it, and works again once granted', async () => {
    const origins = await neededOrigins();
    // What "Permissions" in Firefox's add-ons manager does when the person turns the sites off.
    expect(await popup.evaluate((o) => browser.permissions.remove({ origins: o }), origins)).toBe(true);
    expect(await popup.evaluate((o) => browser.permissions.contains({ origins: o }), origins)).toBe(false);
    await popup.waitForSelector('[data-testid=host-access]');
    // A reopened popup asks too.
    await firefox.openExtensionPage(popup, 'popup.html');
    await popup.waitForSelector('[data-testid=host-access]');
    expect(await popup.$eval('[data-testid=host-access]', (n) => (n as HTMLElement).innerText)).toContain(
      'France Travail',
    );

    await popup.click('[data-testid=grant-host-access]');
    await popup.waitForSelector('[data-testid=host-access]', { hidden: true });
    expect(await popup.evaluate((o) => browser.permissions.contains({ origins: o }), origins)).toBe(true);

    // Access back: the job board is marked again.
    const page = await firefox.browser.newPage();
    await page.goto(LISTING_URL);
    await page.waitForSelector(MARK_HOST, { timeout: 20_000 });
    await page.close();
  });

  it('reads the postings of a site enabled by hand with the generic script, registered for that host only', async () => {
    // What enableSite does from the popup's button: the host listed first, then its permission asked in
    // the click (the background registers the script when the permission arrives).
    await popup.evaluate(
      (key, host) => browser.storage.local.set({ [key]: [host] }),
      CUSTOM_SITES_KEY,
      CUSTOM_HOST,
    );
    await popup.evaluate((origin) => {
      const button = document.createElement('button');
      button.id = 'e2e-enable-site';
      button.addEventListener('click', () => void browser.permissions.request({ origins: [origin] }));
      document.body.append(button);
    }, `https://${CUSTOM_HOST}/*`);
    await popup.click('#e2e-enable-site');
    const registered = () =>
      popup.evaluate(async (id) => {
        const scripts = await browser.scripting.getRegisteredContentScripts();
        return scripts.find((script) => script.id === id)?.js ?? null;
      }, `${SCRIPT_ID_PREFIX}${CUSTOM_HOST}`);
    await expect.poll(registered, { timeout: 20_000 }).toEqual([CONTENT_SCRIPT_FILE]);

    const expected = expectedMarks(CUSTOM_FILE, CUSTOM_URL);
    const page = await firefox.browser.newPage();
    await page.goto(CUSTOM_URL);
    const status = () =>
      popup.evaluate(async (url) => {
        const all = await browser.storage.session.get(null);
        return Object.values(all).find((value) => (value as { url?: string }).url === url) ?? null;
      }, CUSTOM_URL) as Promise<PageStatus | null>;
    await expect.poll(status, { timeout: 20_000 }).toMatchObject({ adapterId: 'jsonld', offers: 1 });
    const marks = await page.$$eval(MARK_HOST, (hosts) =>
      hosts.map((h) => `${h.getAttribute('data-repere-verdict')}:${h.getAttribute('data-repere-score')}`),
    );
    expect(marks).toEqual(expected);
    await page.close();
  });

  it('takes the marks off an open page when the profile is deleted, and brings them back with a new one', async () => {
    const expected = expectedMarks(LISTING_FILE, LISTING_URL);
    const page = await firefox.browser.newPage();
    await page.goto(LISTING_URL);
    const marks = () =>
      page.$$eval(MARK_HOST, (hosts) =>
        hosts.map((h) => `${h.getAttribute('data-repere-verdict')}:${h.getAttribute('data-repere-score')}`),
      );
    await expect.poll(marks, { timeout: 20_000 }).toEqual(expected);
    await page.evaluate(() => document.documentElement.setAttribute('data-e2e-same-document', ''));

    // "Tout supprimer" in the options page: signed out, the profile gone, and the open page follows.
    await popup.evaluate(() => browser.runtime.sendMessage({ type: 'deleteEverything' }));
    await expect.poll(marks, { timeout: 20_000 }).toEqual([]);
    await popup.evaluate(() => browser.runtime.sendMessage({ type: 'useDemoProfile' }));
    await expect.poll(marks, { timeout: 20_000 }).toEqual(expected);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-e2e-same-document'))).toBe(
      true,
    );
    await page.close();
  });
});
