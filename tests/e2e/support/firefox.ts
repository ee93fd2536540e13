/**
 * Launches Firefox ESR with an unpacked extension: puppeteer-core over
 * WebDriver BiDi, a throw-away profile (puppeteer makes and deletes it), the
 * extension installed as a temporary add-on with `browser.installExtension`.
 *
 * Firefox specifics handled here:
 * - moz-extension:// hosts are random per profile: the pref
 *   extensions.webextensions.uuids, set before the install, fixes ours.
 * - WebDriver BiDi refuses navigations to moz-extension:// unless Firefox runs
 *   with --remote-allow-system-access.
 * - No --host-resolver-rules: HTTPS goes through a local CONNECT proxy
 *   (connect-proxy.ts) when `httpsProxyPort` is given.
 * - browser.i18n follows the application language, which needs the language
 *   pack (Debian: firefox-esr-l10n-<lang>).
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../utils/extension-identity';
import { FIREFOX_PATH } from './paths';

/** The extension's moz-extension:// host in every profile these tests make. */
export const FIREFOX_EXTENSION_UUID = '5e9d3c1a-7b2f-4d6e-9a8c-1f0e2d3c4b5a';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

export interface FirefoxOptions {
  /** Default true. */
  headless?: boolean;
  /** The browser's language, which browser.i18n follows. Default 'fr'. */
  language?: string;
  /** Sends every HTTPS request through the CONNECT proxy on this local port. */
  httpsProxyPort?: number;
  /**
   * Default true: puppeteer kills Firefox on Ctrl-C/SIGTERM (and leaves its temporary profile behind).
   * False for a caller that closes the browser itself on those signals (the demo).
   */
  handleSignals?: boolean;
  /** How long an idle event page lives (Firefox's default: 30 s); shorter to see it stop and come back. */
  backgroundIdleTimeoutMs?: number;
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** A new tab on popup.html. */
  openPopup(): Promise<Page>;
  /** Loads an extension page (moz-extension://) in `page`, or reloads it. */
  openExtensionPage(page: Page, path: string): Promise<void>;
  /** The first top-level page, open now or later, whose URL satisfies `accept` (a sign-in window). */
  waitForPage(accept: (url: string) => boolean, timeout?: number): Promise<Page>;
  close(): Promise<void>;
}

/** The message naming what to install when Firefox ESR or its language pack is missing, or null. */
export function missingFirefox(language = 'fr'): string | null {
  if (!existsSync(FIREFOX_PATH)) {
    return `Firefox ESR is not installed (looked for ${FIREFOX_PATH}).\nInstall it with:  sudo apt-get install -y firefox-esr firefox-esr-l10n-${language}`;
  }
  if (language.startsWith('en')) return null;
  const pack = join(
    dirname(realpathSync(FIREFOX_PATH)),
    'browser/extensions',
    `langpack-${language}@firefox-esr.mozilla.org.xpi`,
  );
  if (!existsSync(pack)) {
    return `Firefox ESR has no "${language}" language pack (looked for ${pack}), so the extension would not speak ${language}.\nInstall it with:  sudo apt-get install -y firefox-esr-l10n-${language}`;
  }
  return null;
}

export async function launchFirefox(
  extensionDir: string,
  options: FirefoxOptions = {},
): Promise<FirefoxExtensionBrowser> {
  const language = options.language ?? 'fr';
  const missing = missingFirefox(language);
  if (missing) throw new Error(missing);
  const proxy: Record<string, unknown> =
    options.httpsProxyPort === undefined
      ? {}
      : {
          // Manual proxy for HTTPS only: the mock's plain HTTP on 127.0.0.1 stays direct.
          'network.proxy.type': 1,
          'network.proxy.share_proxy_settings': false,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': options.httpsProxyPort,
          'network.proxy.no_proxies_on': '',
        };
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    handleSIGINT: options.handleSignals ?? true,
    handleSIGTERM: options.handleSignals ?? true,
    handleSIGHUP: options.handleSignals ?? true,
    // The fixture pages' certificate is self-signed.
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'intl.locale.requested': language,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // permissions.request() grants without the doorhanger, which automation cannot click.
      'extensions.webextOptionalPermissionPrompts': false,
      ...(options.backgroundIdleTimeoutMs === undefined
        ? {}
        : { 'extensions.background.idle.timeout': options.backgroundIdleTimeoutMs }),
      ...proxy,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (e) {
    await browser.close();
    throw e;
  }

  async function openExtensionPage(page: Page, path: string): Promise<void> {
    const url = `${FIREFOX_EXTENSION_ORIGIN}/${path}`;
    // A mark on the current document, gone once the new one is there (this also covers reloads).
    await page.evaluate(() => document.documentElement.setAttribute('data-e2e-leaving', '')).catch(() => {});
    // The load moves the tab into the extension process: puppeteer loses the
    // navigation it waits for (the frame is detached and replaced), so follow
    // the document instead.
    page.goto(url, { timeout: 15_000 }).catch(() => {});
    const deadline = Date.now() + 15_000;
    for (;;) {
      const where = await page
        .evaluate(() =>
          document.documentElement.hasAttribute('data-e2e-leaving')
            ? 'old'
            : `${location.href} ${document.readyState}`,
        )
        .catch(() => '');
      if (where === `${url} complete`) return;
      if (Date.now() > deadline) throw new Error(`${url} did not load (last seen: ${where || 'nothing'})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    browser,
    openExtensionPage,
    async openPopup() {
      const page = await browser.newPage();
      await openExtensionPage(page, 'popup.html');
      return page;
    },
    async waitForPage(accept, timeout = 20_000) {
      const target = await browser.waitForTarget((t) => t.type() === 'page' && accept(t.url()), { timeout });
      const page = await target.page();
      if (!page) throw new Error(`no page for ${target.url()}`);
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}
