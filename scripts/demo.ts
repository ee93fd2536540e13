/**
 * `npm run demo`: the product working, end to end, on this machine.
 * Builds the extension against the local mock of France Travail, starts the
 * mock and an HTTPS server that serves the saved job-board pages at their
 * real host names, launches Chromium with the extension (headed when a
 * display exists, headless otherwise), signs in through the mock's consent
 * page with the demo profile, opens the listings one after the other and
 * prints, per page, the offers found, the offers marked as matching and the
 * reasons of the best ones. Screenshots go to demo-output/.
 *
 * Options: --no-build (reuse .output/mock), --keep-open (headed: leave the
 * browser open until Ctrl-C).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { type ExtensionBrowser, launchChromium } from '../tests/e2e/support/chromium';
import { type FixtureServer, startFixtureServer } from '../tests/e2e/support/https-server';
import { CHROMIUM_PATH, MOCK_CHROME_DIR, MOCK_PORT, ROOT } from '../tests/e2e/support/paths';
import { type MockServer, startMockServer } from '../tests/mock/server';
import { FIXTURE_CASES } from '../tests/unit/sites/fixture-cases';
import { deriveMatchProfile } from '../utils/matching/derive-match-profile';
import { compileMatchProfile } from '../utils/matching/score';
import { demoProfile } from '../utils/profile/demo';
import { loadCommunes, loadLexicon } from './data/load-assets';
import { scanPage } from './lib/scan';

const OUTPUT = join(ROOT, 'demo-output');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const args = new Set(process.argv.slice(2));

declare const chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };

/**
 * The listings shown: every saved listing of a supported board (details, the
 * 404 page and the generic JSON-LD samples left out), one per address.
 */
const LISTINGS = FIXTURE_CASES.filter(
  (c, i, all) =>
    c.count > 1 && c.adapter !== 'jsonld' && all.findIndex((o) => routeOf(o.url) === routeOf(c.url)) === i,
);

function routeOf(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname}`;
}

let mock: MockServer | undefined;
let pages: FixtureServer | undefined;
let browser: ExtensionBrowser | undefined;

async function cleanUp(): Promise<void> {
  await browser?.close().catch(() => {});
  await pages?.close().catch(() => {});
  await mock?.close().catch(() => {});
  browser = undefined;
  pages = undefined;
  mock = undefined;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.log('\nStopping the demo…');
    void cleanUp().then(() => process.exit(130));
  });
}

function fail(message: string): never {
  console.error(`\n${message}`);
  process.exit(1);
}

async function settledMarkCount(page: Page): Promise<number> {
  // Marks arrive in animation-frame batches: wait until the count stops moving.
  let last = -1;
  for (let i = 0; i < 20; i += 1) {
    const count = await page.locator('repere-emploi-mark[data-repere-verdict]').count();
    if (count === last && count > 0) return count;
    last = count;
    await page.waitForTimeout(250);
  }
  return Math.max(last, 0);
}

async function statusOf(
  worker: Worker,
  url: string,
): Promise<{ offers: number; matches: number } | undefined> {
  const all = (await worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, unknown>;
  for (const [key, value] of Object.entries(all)) {
    const status = value as { url?: string; offers: number; matches: number };
    if (key.startsWith('pageStatus.') && status.url === url) return status;
  }
  return undefined;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    fail(
      `Chromium is not installed (looked for ${CHROMIUM_PATH}).\nInstall it with:  sudo apt-get install -y chromium chromium-l10n`,
    );
  }
  mkdirSync(OUTPUT, { recursive: true });

  if (!args.has('--no-build')) {
    console.log('1. Building the extension against the local mock of France Travail…');
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, FT_MOCK: '1' },
    });
  }

  console.log(
    `2. Starting the mock of France Travail on port ${MOCK_PORT} and the job-board pages over HTTPS…`,
  );
  try {
    mock = await startMockServer({ port: MOCK_PORT, quiet: true });
  } catch (e) {
    fail(
      `Port ${MOCK_PORT} is busy (${(e as Error).message}). Stop what uses it (another \`npm run mock\`?) and try again.`,
    );
  }
  const routes: Record<string, string> = {};
  for (const listing of LISTINGS) routes[routeOf(listing.url)] = join(PAGES, listing.adapter, listing.file);
  pages = await startFixtureServer(routes);

  const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
  console.log(`3. Launching Chromium (${headed ? 'with a window' : 'headless'}) with the extension…`);
  browser = await launchChromium(
    MOCK_CHROME_DIR,
    [`--host-resolver-rules=${pages.resolverRules}, EXCLUDE 127.0.0.1`, '--ignore-certificate-errors'],
    'fr',
    {
      headless: !headed,
    },
  );
  const [worker] = browser.context.serviceWorkers();
  if (!worker) fail('The extension did not start.');

  console.log('4. Signing in with France Travail (mock consent page, demo profile)…');
  const popup = await browser.openPopup();
  await popup.setViewportSize({ width: 380, height: 640 });
  await popup.screenshot({ path: join(OUTPUT, 'popup-signed-out.png') });
  const [consent] = await Promise.all([
    browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/oauth2/authorize') }),
    popup.getByTestId('sign-in').click(),
  ]);
  await consent.locator('#profile').selectOption('demo');
  await consent.screenshot({ path: join(OUTPUT, 'consent.png') });
  await consent.locator('#approve').click();
  await popup.getByTestId('metier-card').nth(1).waitFor({ timeout: 20_000 });
  await popup.screenshot({ path: join(OUTPUT, 'popup-signed-in.png'), fullPage: true });
  for (const card of await popup.getByTestId('metier-card').all()) {
    console.log(`   · ${(await card.innerText()).split('\n')[0]}`);
  }

  // Reasons printed below come from the same engine, run here on the same page.
  const data = { lexicon: loadLexicon(), communes: loadCommunes() };
  const matchProfile = deriveMatchProfile(demoProfile(new Date()), data);
  if (!matchProfile) fail('The demo profile gives no match profile.');
  const compiled = compileMatchProfile(matchProfile);

  console.log('5. Opening job-board listings:\n');
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const listing of LISTINGS) {
    await page.goto(listing.url, { waitUntil: 'domcontentloaded' });
    const marks = await settledMarkCount(page);
    const status = await statusOf(worker, listing.url);
    const shot = `${listing.adapter}-${listing.file.replace(/\.html$/, '')}.png`;
    // Saved pages come without their stylesheets: show the first marked offer rather than the page top.
    const firstMark = page.locator('repere-emploi-mark[data-repere-verdict]').first();
    if (marks > 0) await firstMark.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(OUTPUT, shot) });
    const scanned = scanPage(
      readFileSync(join(PAGES, listing.adapter, listing.file), 'utf8'),
      new URL(listing.url),
      compiled,
    );
    console.log(`${new URL(listing.url).host}  (${listing.file})`);
    console.log(
      `   offers found: ${status?.offers ?? '?'}, matching: ${status?.matches ?? '?'}, badges on the page: ${marks}`,
    );
    const best = scanned.offers
      .filter((o) => o.verdict !== 'no')
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    for (const offer of best) {
      const reasons = Object.values(offer.criteria)
        .filter((c) => c.status !== 'unknown')
        .map((c) => c.reason)
        .join(' · ');
      console.log(
        `   ${offer.verdict === 'match' ? '✓' : '~'} ${offer.score}  ${offer.title}  —  ${reasons}`,
      );
    }
    console.log(`   screenshot: demo-output/${shot}\n`);
  }

  if (headed && args.has('--keep-open')) {
    console.log('The browser stays open: press Ctrl-C to stop.');
    await new Promise(() => {});
  }
}

main()
  .then(cleanUp)
  .then(() => console.log('Demo finished. Screenshots are in demo-output/.'))
  .catch(async (e: unknown) => {
    await cleanUp();
    fail(`The demo failed: ${(e as Error).stack ?? e}`);
  });
