/** Launches real Chromium with an unpacked extension (the recipe of DEVELOPERS.md). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './paths';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  openPopup(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * `language` is the browser's UI language, which browser.i18n follows; on
 * Linux Chromium reads it from LANGUAGE (Debian's chromium-l10n provides the
 * French resources). French is the extension's default.
 */
export async function launchChromium(
  extensionDir: string,
  extraArgs: string[] = [],
  language = 'fr',
  options: { headless?: boolean } = {},
): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'repere-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    env: { ...process.env, LANGUAGE: language },
    args: [
      `--lang=${language}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async openPopup() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
