/**
 * axe-core on the real popup and options page in Chromium, in each state a
 * person meets (signed out, signed in, empty profile, error, demo profile),
 * with layout and colours computed by the browser (contrast included). Each
 * state is also saved as a screenshot in test-output/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockAdmin } from '../mock/admin';
import { type MockServer, startMockServer } from '../mock/server';
import { seriousViolations } from './support/axe';
import { type ExtensionBrowser, launchChromium } from './support/chromium';
import { MOCK_CHROME_DIR, MOCK_PORT, ROOT } from './support/paths';

const SHOTS = join(ROOT, 'test-output/screenshots');

let mock: MockServer;
let browser: ExtensionBrowser;
let popup: Page;

const admin = (path: string, body?: unknown) => mockAdmin(mock, path, body);

async function check(page: Page, state: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${state}.png`), fullPage: true });
  expect(await seriousViolations(page), state).toEqual([]);
}

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByTestId('section-privacy').waitFor();
  return page;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  mock = await startMockServer({ port: MOCK_PORT, quiet: true });
  browser = await launchChromium(MOCK_CHROME_DIR);
  popup = await browser.openPopup();
  await popup.setViewportSize({ width: 380, height: 700 });
});

afterAll(async () => {
  await browser?.close();
  await mock?.close();
});

describe('accessibility in Chromium (axe-core, serious and critical)', () => {
  it('popup and options page, signed out', async () => {
    await popup.getByTestId('sign-in').waitFor();
    await check(popup, 'popup-signed-out');
    const options = await openOptions();
    await check(options, 'options-signed-out');
    await options.close();
  });

  it('popup, signed in with an empty profile', async () => {
    await admin('config', { autoApprove: true, profile: 'empty' });
    await popup.getByTestId('sign-in').click();
    await popup.getByTestId('empty-profile').waitFor({ timeout: 20_000 });
    await check(popup, 'popup-empty-profile');
    await popup.getByTestId('sign-out').click();
    await popup.getByTestId('sign-in').waitFor();
  });

  it('popup and options page, signed in with two métiers', async () => {
    await admin('config', { autoApprove: true, profile: 'demo' });
    await popup.getByTestId('sign-in').click();
    await popup.getByTestId('metier-card').nth(1).waitFor({ timeout: 20_000 });
    await check(popup, 'popup-signed-in');
    const options = await openOptions();
    await options.getByTestId('adjustments').waitFor();
    await check(options, 'options-signed-in');
    await options.close();
  });

  it('popup with an error and the last saved profile', async () => {
    await admin('faults', { clear: true, metiers: [{ status: 500, sticky: true }] });
    await popup.getByTestId('refresh').click();
    await popup.getByTestId('error').waitFor({ timeout: 30_000 });
    await popup.getByTestId('error-details').click();
    await check(popup, 'popup-error');
    await admin('faults', { clear: true, metiers: [] });
    await popup.getByTestId('sign-out').click();
    await popup.getByTestId('sign-in').waitFor();
  });

  it('popup with the demo profile', async () => {
    await popup.getByTestId('use-demo').click();
    await popup.getByTestId('metier-card').nth(1).waitFor();
    await check(popup, 'popup-demo');
  });
});
