/**
 * In real Chromium with the extension built against the local mock (FT_MOCK=1):
 * - a profile typed by hand survives a France Travail session: kept aside while
 *   France Travail's is in use (both pages say so), back at sign-out from the
 *   popup, and back from the options page's own button; signed out, kept aside
 *   too while the demo is tried, and back from the options page;
 * - options § Avancé: another client id saved at run time is the one the mock
 *   then sees in the authorize and token requests; a reset shows the build's
 *   values again and signs the person out (a change of client ends the session),
 *   which also brings the typed profile back.
 * The mock accepts one client id at a time (POST /__mock/config {clientId}), so
 * a sign-in that works proves the extension sent the one configured.
 * axe-core finds no serious or critical violation in the new states; screenshots
 * go to test-output/screenshots (not committed).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFranceTravailConfig } from '../../utils/francetravail/config';
import { mockAdmin } from '../mock/admin';
import { type MockServer, startMockServer } from '../mock/server';
import { seriousViolations } from './support/axe';
import { type ExtensionBrowser, launchChromium } from './support/chromium';
import { MOCK_CHROME_DIR, MOCK_PORT, ROOT } from './support/paths';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const SHOTS = join(ROOT, 'test-output/screenshots');
/** What the person types in the two autocompletes, then picks the first suggestion of. */
const TITLE_TYPED = 'aide soignante';
const PLACE_TYPED = '31000';
/** A client id of the shape France Travail gives ("PAR_<name>_<hex>"), not the build's. */
const OWN_CLIENT_ID = 'PAR_repereemploie2e_4f2a9c';
/** The build's client id: what the mock build was made with (wxt.config.ts, FT_MOCK=1). */
const BUILD_CLIENT_ID = resolveFranceTravailConfig({ FT_MOCK: '1' }).clientId;

let mock: MockServer;
let browser: ExtensionBrowser;
let options: Page;
let popup: Page;
/** The job title the autocomplete picked, as the form shows it. */
let typedTitle = '';

const admin = (path: string, body?: unknown) => mockAdmin(mock, path, body);
const cards = (page: Page) => page.getByTestId('metier-card');
const source = (page: Page) => page.getByTestId('profile-source').getAttribute('data-source');

interface MockState {
  clientIds: { authorize: string[]; token: string[] };
  logouts: unknown[];
  requests: { token: number };
}
const mockState = async () => (await admin('state')) as unknown as MockState;

/** Picks the first suggestion of an autocomplete with the keyboard. */
async function choose(page: Page, selector: string, text: string): Promise<void> {
  await page.fill(selector, text);
  await page.waitForSelector(`${selector}-list [role="option"]`);
  await page.press(selector, 'ArrowDown');
  await page.press(selector, 'Enter');
}

/** Signs in from the popup through the mock's consent page ("Autoriser"), with the demo profile. */
async function signInWithConsent(): Promise<void> {
  const [consent] = await Promise.all([
    browser.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/connexion/oauth2/authorize'),
    }),
    popup.getByTestId('sign-in').click(),
  ]);
  await consent.locator('#profile').selectOption('demo');
  await consent.getByRole('button', { name: 'Autoriser' }).click();
  await popup.locator('[data-testid="profile-source"][data-source="francetravail"]').waitFor({
    timeout: 20_000,
  });
}

/** The popup shows the typed profile again, and nothing kept aside. */
async function expectTypedProfileBack(): Promise<void> {
  await popup.locator('[data-testid="profile-source"][data-source="manual"]').waitFor({ timeout: 20_000 });
  expect(await cards(popup).count()).toBe(1);
  expect(await cards(popup).first().innerText()).toContain(typedTitle);
  expect(await popup.getByTestId('kept-typed-profile').count()).toBe(0);
  expect(await popup.getByTestId('sign-in').count()).toBe(1);
}

/** "Take my typed profile back" in the options page: the form and the popup show it again. */
async function restoreTypedFromOptions(): Promise<void> {
  await options.bringToFront();
  await options.getByTestId('restore-typed').click();
  await options.locator('[data-testid="profile-source"][data-source="manual"]').waitFor({ timeout: 20_000 });
  expect(await options.inputValue('#metier0-title')).toBe(typedTitle);
  await popup.bringToFront();
  await expectTypedProfileBack();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  mock = await startMockServer({ port: MOCK_PORT, quiet: true });
  browser = await launchChromium(MOCK_CHROME_DIR);
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  popup = await browser.openPopup();
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

describe('typed profile and France Travail sign-in (Chromium, local mock)', () => {
  it("keeps the typed profile aside while France Travail's is in use, and brings it back at sign-out", async () => {
    await options.bringToFront();
    await options.waitForSelector('#metier0-title');
    await choose(options, '#metier0-title', TITLE_TYPED);
    await choose(options, '#metier0-places', PLACE_TYPED);
    typedTitle = await options.inputValue('#metier0-title');
    expect(typedTitle.toLowerCase()).toContain('aide-soignant');
    await options.click('[data-testid="save-profile"]');
    await options.waitForSelector('[data-testid="profile-source"][data-source="manual"]');

    await popup.bringToFront();
    await popup.reload();
    await popup.locator('[data-testid="profile-source"][data-source="manual"]').waitFor();
    expect(await cards(popup).first().innerText()).toContain(typedTitle);

    await signInWithConsent();
    await cards(popup).nth(1).waitFor({ timeout: 20_000 });
    expect(await cards(popup).nth(0).innerText()).toContain('Boulanger / Boulangère');
    expect(await cards(popup).nth(1).innerText()).toContain('Développeur / Développeuse web');
    expect(await source(popup)).toBe('francetravail');
    const kept = popup.getByTestId('kept-typed-profile');
    expect(await kept.innerText()).toContain(typedTitle);
    await popup.screenshot({ path: join(SHOTS, 'popup-typed-profile-kept.png'), fullPage: true });
    expect(await seriousViolations(popup)).toEqual([]);

    // The options page follows the broadcast: France Travail's profile in use, the typed one named.
    await options.bringToFront();
    await options.locator('[data-testid="profile-source"][data-source="francetravail"]').waitFor();
    expect(await options.getByTestId('kept-typed-profile').innerText()).toContain(typedTitle);
    expect(await options.getByTestId('restore-typed').isVisible()).toBe(true);
    await options.screenshot({ path: join(SHOTS, 'options-typed-profile-kept.png'), fullPage: true });
    expect(await seriousViolations(options)).toEqual([]);

    await popup.bringToFront();
    await popup.getByTestId('sign-out').click();
    await expectTypedProfileBack();
    expect((await mockState()).logouts).toHaveLength(1);
    // Stored, not only shown: a reopened popup reads it from the database.
    await popup.reload();
    await expectTypedProfileBack();
  });

  it('brings the typed profile back from the options page (which signs out)', async () => {
    await admin('config', { autoApprove: true, profile: 'demo' });
    await popup.bringToFront();
    await popup.getByTestId('sign-in').click();
    await popup.locator('[data-testid="profile-source"][data-source="francetravail"]').waitFor({
      timeout: 20_000,
    });
    await restoreTypedFromOptions();
    expect((await mockState()).logouts).toHaveLength(2);
  });

  it('signed out, keeps the typed profile aside while the demo is tried, and brings it back from the options page', async () => {
    await options.bringToFront();
    await options.getByTestId('use-demo').click();
    await options.locator('[data-testid="profile-source"][data-source="demo"]').waitFor({ timeout: 20_000 });
    expect(await options.getByTestId('kept-typed-profile').innerText()).toContain(typedTitle);
    await options.screenshot({ path: join(SHOTS, 'options-demo-typed-kept.png'), fullPage: true });
    expect(await seriousViolations(options)).toEqual([]);

    await popup.bringToFront();
    await popup.reload();
    await popup.locator('[data-testid="profile-source"][data-source="demo"]').waitFor();
    expect(await popup.getByTestId('kept-typed-profile').innerText()).toContain(typedTitle);
    expect(await seriousViolations(popup)).toEqual([]);

    await restoreTypedFromOptions();
    // No sign-in happened: nothing was said to France Travail.
    expect((await mockState()).logouts).toHaveLength(2);
  });
});

describe('options § Avancé: the France Travail application set at run time (Chromium, local mock)', () => {
  it('signs in with the client id saved in the options page', async () => {
    await admin('reset', {});
    // The mock now knows only the person's own application, as France Travail would.
    await admin('config', { clientId: OWN_CLIENT_ID, autoApprove: true, profile: 'demo' });
    await options.bringToFront();
    const inUse = options.getByTestId('advanced-in-use');
    expect(await inUse.innerText()).toBe("En service : l'application de l'extension.");
    expect(await options.locator('#ft-clientId-default').innerText()).toContain(BUILD_CLIENT_ID);
    await options.fill('#ft-clientId', OWN_CLIENT_ID);
    await options.getByTestId('save-advanced').click();
    await options.locator('[data-testid="advanced-status"]', { hasText: 'Enregistré.' }).waitFor();
    expect(await inUse.innerText()).toContain(OWN_CLIENT_ID);
    await options.screenshot({ path: join(SHOTS, 'options-advanced-own-client.png'), fullPage: true });

    await popup.bringToFront();
    await popup.getByTestId('sign-in').click();
    await cards(popup).nth(1).waitFor({ timeout: 20_000 });
    expect(await source(popup)).toBe('francetravail');
    const state = await mockState();
    expect(state.clientIds.authorize.length).toBeGreaterThan(0);
    expect(new Set(state.clientIds.authorize)).toEqual(new Set([OWN_CLIENT_ID]));
    expect(state.clientIds.token).toEqual([OWN_CLIENT_ID]);
  });

  it('resets to the build values, shown again, and signs the person out', async () => {
    await options.bringToFront();
    await options.getByTestId('reset-advanced').click();
    await options
      .locator('[data-testid="advanced-status"]', { hasText: "Valeurs d'origine rétablies." })
      .waitFor();
    expect(await options.getByTestId('advanced-in-use').innerText()).toBe(
      "En service : l'application de l'extension.",
    );
    expect(await options.inputValue('#ft-clientId')).toBe('');
    expect(await options.locator('#ft-clientId-default').innerText()).toContain(BUILD_CLIENT_ID);
    expect(await options.getByTestId('reset-advanced').isDisabled()).toBe(true);

    // The session was opened with the other client: the background ends it and tells France Travail.
    await expect.poll(async () => (await mockState()).logouts.length, { timeout: 20_000 }).toBe(1);
    const answer = (await options.evaluate(() => chrome.runtime.sendMessage({ type: 'getState' }))) as {
      signedIn: boolean;
    };
    expect(answer.signedIn).toBe(false);
    await popup.bringToFront();
    await expectTypedProfileBack();
  });
});
