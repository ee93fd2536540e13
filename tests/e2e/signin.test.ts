/**
 * Sign-in end to end in real Chromium: the extension built against the local
 * mock (FT_MOCK=1), identity.launchWebAuthFlow opening the mock's consent
 * page, the profile read, stored and shown; faults keep the stored profile;
 * sign-out forgets it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_PUBLIC_KEY, chromeExtensionId } from '../../utils/extension-identity';
import { mockAdmin } from '../mock/admin';
import { type MockServer, startMockServer } from '../mock/server';
import { type ExtensionBrowser, launchChromium } from './support/chromium';
import { MOCK_CHROME_DIR, MOCK_PORT } from './support/paths';

declare const chrome: {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
};

let mock: MockServer;
let browser: ExtensionBrowser;
let popup: Page;

const admin = (path: string, body?: unknown) => mockAdmin(mock, path, body);

const cards = () => popup.getByTestId('metier-card');

beforeAll(async () => {
  mock = await startMockServer({ port: MOCK_PORT, quiet: true });
  browser = await launchChromium(MOCK_CHROME_DIR);
  popup = await browser.openPopup();
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

describe('sign-in with France Travail (Chromium, local mock)', () => {
  it('runs with the fixed extension id the redirect URI is registered for', async () => {
    expect(browser.extensionId).toBe(await chromeExtensionId(CHROME_PUBLIC_KEY));
  });

  it('signs in through the consent page and shows both métiers with their fields', async () => {
    await popup.getByTestId('sign-in').waitFor();
    // Chrome grants every host at install: the popup must not ask for access.
    await popup.waitForTimeout(300);
    expect(await popup.getByTestId('host-access').count()).toBe(0);
    const [consent] = await Promise.all([
      browser.context.waitForEvent('page', {
        predicate: (p) => p.url().includes('/connexion/oauth2/authorize'),
      }),
      popup.getByTestId('sign-in').click(),
    ]);
    await consent.locator('#profile').selectOption('demo');
    await consent.locator('#approve').click();
    await cards().nth(1).waitFor({ timeout: 20_000 });
    expect(await cards().count()).toBe(2);
    const first = await cards().nth(0).innerText();
    expect(first).toContain('Boulanger / Boulangère');
    expect(first).toContain('D1102');
    expect(first).toContain('CDI');
    expect(first).toMatch(/1\s900\s€/);
    expect(first).toContain('Lyon');
    const second = await cards().nth(1).innerText();
    expect(second).toContain('Développeur / Développeuse web');
    expect(second).toContain('Montpellier');
    await popup.getByTestId('last-sync').waitFor();
    const state = await admin('state');
    expect((state.requests as { token: number; metiers: number }).token).toBe(1);
  });

  it('keeps the profile and shows an error when France Travail answers 500', async () => {
    await admin('faults', { metiers: [{ status: 500, sticky: true }] });
    await popup.getByTestId('refresh').click();
    await popup.getByTestId('error').waitFor({ timeout: 30_000 });
    expect(await popup.getByTestId('error').getAttribute('data-code')).toBe('server');
    expect(await cards().count()).toBe(2);
  });

  it('keeps the profile and shows an error on a malformed answer', async () => {
    await admin('faults', { clear: true, metiers: [{ body: 'malformed' }] });
    await popup.getByTestId('refresh').click();
    await popup.locator('[data-testid="error"][data-code="malformed"]').waitFor({ timeout: 20_000 });
    expect(await cards().count()).toBe(2);
    expect(await cards().nth(0).innerText()).toContain('Boulanger / Boulangère');
  });

  it('recovers on the next refresh once France Travail answers again', async () => {
    await admin('faults', { clear: true, metiers: [] });
    await popup.getByTestId('refresh').click();
    await popup.getByTestId('error').waitFor({ state: 'detached', timeout: 20_000 });
    expect(await cards().count()).toBe(2);
  });

  it('signs in again silently when the token has expired', async () => {
    await admin('expire-tokens', {});
    const before = ((await admin('state')).requests as { token: number }).token;
    await popup.getByTestId('refresh').click();
    await expect
      .poll(async () => ((await admin('state')).requests as { token: number }).token, { timeout: 20_000 })
      .toBe(before + 1);
    await popup.getByTestId('refresh').isEnabled();
    expect(await popup.getByTestId('error').count()).toBe(0);
    expect(await cards().count()).toBe(2);
  });

  it('shows the profile at once in a popup opened while the background is busy', async () => {
    const [worker] = browser.context.serviceWorkers();
    if (!worker) throw new Error('no service worker');
    // The background's thread held for 6 s, as its first derivation of a match profile holds it for
    // about a second: a question to it waits until the end. The flag it stores first says the loop began.
    let busyOver = false;
    const busy = worker
      .evaluate(() => {
        void chrome.storage.local.set({ e2eBusySince: Date.now() });
        const end = Date.now() + 6000;
        while (Date.now() < end) {
          // busy
        }
      })
      .then(() => {
        busyOver = true;
      });
    await expect
      .poll(() => popup.evaluate(() => chrome.storage.local.get('e2eBusySince')), { timeout: 5000 })
      .toHaveProperty('e2eBusySince');
    const opened = await browser.openPopup();
    await opened.getByTestId('metier-card').nth(1).waitFor({ timeout: 20_000 });
    // Shown from the state the background sent out last, before it could answer.
    expect(busyOver).toBe(false);
    expect(await opened.getByTestId('metier-card').nth(0).innerText()).toContain('Boulanger / Boulangère');
    await busy;
    await popup.evaluate(() => chrome.storage.local.remove('e2eBusySince'));
    await opened.close();
  });

  it('signs out: forgets the profile and tells France Travail with the id_token hint', async () => {
    await popup.getByTestId('sign-out').click();
    await popup.getByTestId('sign-in').waitFor();
    expect(await cards().count()).toBe(0);
    const logouts = (await admin('state')).logouts as Array<{ idTokenHint: string | null }>;
    expect(logouts).toHaveLength(1);
    expect(logouts[0]?.idTokenHint?.split('.')).toHaveLength(3);
    // A reopened popup reads the same empty state from the database.
    await popup.reload();
    await popup.getByTestId('sign-in').waitFor();
    expect(await cards().count()).toBe(0);
  });
});
