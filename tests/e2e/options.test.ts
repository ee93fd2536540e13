/**
 * The options page in real Chromium with the production build: a profile
 * built by hand through the autocompletes, offers marked on a fixture page
 * (served at its real host name), an excluded keyword taking marks away,
 * then export and deletion. Expected marks come from the same pure pipeline
 * run here in Node on the same choices, so the test checks that the page does
 * what the engine says. Screenshots go to test-output/screenshots (not committed).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommunes, loadLexicon } from '../../scripts/data/load-assets';
import {
  type Adjustments,
  applyAdjustments,
  matchAdjustmentsOf,
  NO_ADJUSTMENTS,
} from '../../utils/adjustments';
import { deriveMatchProfile } from '../../utils/matching/derive-match-profile';
import type { ExportedData } from '../../utils/messaging';
import { manualProfile } from '../../utils/profile/manual';
import { searchPlaces } from '../../utils/profile/manual-place-search';
import type { Profile } from '../../utils/profile/model';
import { searchAppellations } from '../../utils/rome/search';
import { type ExtensionBrowser, launchChromium } from './support/chromium';
import { engineMarks } from './support/expected-marks';
import { type FixtureServer, startFixtureServer } from './support/https-server';
import { PROD_CHROME_DIR, ROOT } from './support/paths';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
};

const FIXTURE = join(ROOT, 'tests/fixtures/pages/hellowork/listing-developpeur-montpellier-2026-03.html');
const LISTING_URL = 'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=d%C3%A9veloppeur&l=Montpellier';
const HOST = 'repere-emploi-mark';
const SHOTS = join(ROOT, 'test-output/screenshots');
/** What the person types in the two autocompletes, then picks the first suggestion of. */
const TITLE_TYPED = 'dev web';
const PLACE_TYPED = '34000';
/** The form's default radius around a commune. */
const RADIUS_KM = 10;
const EXCLUDED = 'java';

const data = { lexicon: loadLexicon(), communes: loadCommunes() };

/** The profile the form builds from those choices. */
function typedProfile(): Profile {
  const appellation = searchAppellations(data.lexicon, TITLE_TYPED, 10)[0];
  const place = searchPlaces(data.communes, PLACE_TYPED)[0];
  if (!appellation || !place) throw new Error('no suggestion for the typed text');
  const fiche = data.lexicon.fiche(appellation.fiche);
  return manualProfile(
    {
      metiers: [
        {
          appellation: { code: appellation.code, label: appellation.label },
          ...(fiche ? { rome: { code: fiche.code, label: fiche.label } } : {}),
          places: [{ ...place, radiusKm: RADIUS_KM }],
          contracts: [],
          workTime: 'any',
        },
      ],
    },
    new Date(),
  );
}

/** "verdict:score" of each offer the engine marks on the fixture page (with `withExcluded`, the excluded ones too). */
function expectedMarks(adjustments: Adjustments, withExcluded = false): string[] {
  const matchProfile = deriveMatchProfile(
    applyAdjustments(typedProfile(), adjustments),
    data,
    matchAdjustmentsOf(adjustments),
  );
  if (!matchProfile) throw new Error('no match profile');
  return engineMarks(FIXTURE, LISTING_URL, matchProfile, { withExcluded });
}

const marksOn = (page: Page) =>
  page.$$eval(HOST, (hosts) =>
    hosts.map((h) => `${h.getAttribute('data-repere-verdict')}:${h.getAttribute('data-repere-score')}`),
  );

let server: FixtureServer;
let browser: ExtensionBrowser;

/** The counts the content script of `page` reported to the background (what the toolbar badge shows). */
async function pageStatusOf(page: Page): Promise<{ offers: number; matches: number } | undefined> {
  const [worker] = browser.context.serviceWorkers();
  if (!worker) throw new Error('no service worker');
  const all = (await worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, unknown>;
  const url = page.url();
  for (const [key, value] of Object.entries(all)) {
    const status = value as { url?: string; offers: number; matches: number };
    if (key.startsWith('pageStatus.') && status.url === url) return status;
  }
  return undefined;
}

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  return page;
}

/** Picks the first suggestion of an autocomplete with the keyboard. */
async function choose(page: Page, selector: string, text: string): Promise<void> {
  await page.fill(selector, text);
  await page.waitForSelector(`${selector}-list [role="option"]`);
  await page.press(selector, 'ArrowDown');
  await page.press(selector, 'Enter');
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startFixtureServer({ 'www.hellowork.com/fr-fr/emploi/recherche.html': FIXTURE });
  browser = await launchChromium(PROD_CHROME_DIR, [
    `--host-resolver-rules=${server.resolverRules}`,
    '--ignore-certificate-errors',
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('options page (production build, Chromium)', () => {
  it('builds a profile by hand, marks offers, excludes a keyword, exports and deletes', async () => {
    const before = expectedMarks(NO_ADJUSTMENTS);
    const after = expectedMarks({ ...NO_ADJUSTMENTS, excludedKeywords: [EXCLUDED] }, true);
    const matchingAfter = after.filter((mark) => !mark.startsWith('excluded:'));
    // The exclusion must turn some matching marks into "excluded" ones, or the test proves nothing.
    expect(before.length).toBeGreaterThan(0);
    expect(matchingAfter.length).toBeLessThan(before.length);
    expect(after.length - matchingAfter.length).toBe(before.length - matchingAfter.length);

    const options = await openOptions();
    await options.waitForSelector('#metier0-title');
    await options.screenshot({ path: join(SHOTS, 'options-signed-out.png'), fullPage: true });
    await choose(options, '#metier0-title', TITLE_TYPED);
    await choose(options, '#metier0-places', PLACE_TYPED);
    await options.click('[data-testid="save-profile"]');
    await options.waitForSelector('[data-testid="profile-source"][data-source="manual"]');
    await options.screenshot({ path: join(SHOTS, 'options-typed-profile.png'), fullPage: true });

    const listing = await browser.context.newPage();
    await listing.goto(LISTING_URL);
    await expect.poll(() => marksOn(listing), { timeout: 20_000 }).toEqual(before);

    await options.bringToFront();
    await options.fill('#excluded-keywords', EXCLUDED);
    await options.click('[data-testid="excluded-keywords-add"]');
    await expect
      .poll(async () => {
        const answer = (await options.evaluate(() =>
          chrome.runtime.sendMessage({ type: 'getAdjustments' }),
        )) as Adjustments;
        return answer.excludedKeywords;
      })
      .toEqual([EXCLUDED]);
    // The content script reads the match profile when the page loads.
    await listing.reload();
    // The excluded offers now carry the grey "Exclu" mark instead of their match, and are not counted.
    await expect.poll(() => marksOn(listing), { timeout: 20_000 }).toEqual(after);
    await expect
      .poll(() => pageStatusOf(listing), { timeout: 20_000 })
      .toMatchObject({
        matches: matchingAfter.length,
      });

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.click('[data-testid="export"]'),
    ]);
    const path = await download.path();
    const exported = JSON.parse(readFileSync(path, 'utf8')) as ExportedData;
    expect(download.suggestedFilename()).toMatch(/^repere-emploi-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exported.profile?.source).toBe('manual');
    expect(exported.profile?.metiers[0]?.appellation).toEqual(typedProfile().metiers[0]?.appellation);
    expect(exported.adjustments.excludedKeywords).toEqual([EXCLUDED]);

    await options.click('[data-testid="delete-everything"]');
    await options.click('[data-testid="confirm-delete"]');
    await options.waitForSelector('[data-testid="privacy-status"]:has-text("Tout a été supprimé")');
    const state = (await options.evaluate(() => chrome.runtime.sendMessage({ type: 'getState' }))) as {
      profile: unknown;
    };
    expect(state.profile).toBeNull();
    const adjustments = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'getAdjustments' }));
    expect(adjustments).toEqual(NO_ADJUSTMENTS);
    await listing.reload();
    // Nothing to wait for when nothing happens: give the content script time to ask and stop.
    await listing.waitForTimeout(1500);
    expect(await listing.$$(HOST)).toHaveLength(0);
  });
});
