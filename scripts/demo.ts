/**
 * `npm run demo`: the product working, end to end, on this machine.
 * Builds the extension against the local mock of France Travail, starts the
 * mock and an HTTPS server that serves the saved job-board pages at their
 * real host names, launches Chromium (or Firefox ESR with --firefox) with the
 * extension (headed when a display exists, headless otherwise), signs in through the mock's consent
 * page with the demo profile, opens the listings one after the other and
 * prints, per page, the offers found, the offers marked as matching and the
 * reasons of the best ones. Screenshots go to demo-output/.
 *
 * Options: --firefox (Firefox ESR instead of Chromium), --no-build (reuse
 * .output/mock), --keep-open (headed: leave the browser open until Ctrl-C),
 * --hero (also writes demo-output/hero-marked-offers.png: the first marked
 * offers of one fixture page with the reasons of the best one open, clipped to
 * them; the README's screenshot).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { missingFirefox } from '../tests/e2e/support/firefox';
import { type FixtureServer, startFixtureServer } from '../tests/e2e/support/https-server';
import { CHROMIUM_PATH, MOCK_PORT, ROOT } from '../tests/e2e/support/paths';
import { type MockServer, startMockServer } from '../tests/mock/server';
import { FIXTURE_CASES } from '../tests/unit/sites/fixture-cases';
import { deriveMatchProfile } from '../utils/matching/derive-match-profile';
import { compileMatchProfile } from '../utils/matching/score';
import { demoProfile } from '../utils/profile/demo';
import { loadCommunes, loadLexicon } from './data/load-assets';
import { chromiumDemo, type DemoBrowser, firefoxDemo } from './demo-browsers';
import { scanPage } from './lib/scan';

const OUTPUT = join(ROOT, 'demo-output');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const args = new Set(process.argv.slice(2));
const FIREFOX = args.has('--firefox');
const BROWSER_NAME = FIREFOX ? 'Firefox ESR' : 'Chromium';
/** Where a screenshot goes; Firefox's carry a prefix so both browsers' runs can sit side by side. */
const shotPath = (name: string) => join(OUTPUT, FIREFOX ? `firefox-${name}` : name);

/**
 * The listings shown: every saved listing of a supported board (details, the
 * 404 page and the generic JSON-LD samples left out), one per address.
 */
const LISTINGS = FIXTURE_CASES.filter(
  (c, i, all) =>
    c.count > 1 && c.adapter !== 'jsonld' && all.findIndex((o) => routeOf(o.url) === routeOf(c.url)) === i,
);

/**
 * The page of the hero screenshot: plain markup that reads well without the
 * site's stylesheets, with several offers the demo profile marks. Synthetic
 * (tests/fixtures/pages/README.md), which the README's caption says.
 */
const HERO_FILE = 'synthetic-fr-listing-mosaic-2026.html';
const HERO = FIXTURE_CASES.find((c) => c.adapter === 'indeed' && c.file === HERO_FILE);

function routeOf(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname}`;
}

let mock: MockServer | undefined;
let pages: FixtureServer | undefined;
let browser: DemoBrowser | undefined;

let cleaning: Promise<void> | undefined;
/** True once Ctrl-C came: the steps still running fail as the browser goes, and that is no failure. */
let stopping = false;

/** Closes the browser (and its temporary profile), the page server and the mock; once, however often called. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    await browser?.close().catch(() => {});
    await pages?.close().catch(() => {});
    await mock?.close().catch(() => {});
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping the demo…');
    void cleanUp().then(() => process.exit(130));
  });
}

function fail(message: string): never {
  console.error(`\n${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const missing = FIREFOX
    ? missingFirefox('fr')
    : existsSync(CHROMIUM_PATH)
      ? null
      : `Chromium is not installed (looked for ${CHROMIUM_PATH}).\nInstall it with:  sudo apt-get install -y chromium chromium-l10n`;
  if (missing) fail(missing);
  mkdirSync(OUTPUT, { recursive: true });

  if (!args.has('--no-build')) {
    console.log('1. Building the extension against the local mock of France Travail…');
    execFileSync(join(ROOT, 'node_modules/.bin/wxt'), FIREFOX ? ['build', '-b', 'firefox'] : ['build'], {
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
  console.log(`3. Launching ${BROWSER_NAME} (${headed ? 'with a window' : 'headless'}) with the extension…`);
  const hosts = [...new Set(LISTINGS.map((listing) => new URL(listing.url).hostname))];
  browser = FIREFOX ? await firefoxDemo(pages, hosts, !headed) : await chromiumDemo(pages, !headed);

  console.log('4. Signing in with France Travail (mock consent page, demo profile)…');
  for (const title of await browser.signIn(shotPath)) console.log(`   · ${title}`);

  // Reasons printed below come from the same engine, run here on the same page.
  const data = { lexicon: loadLexicon(), communes: loadCommunes() };
  const matchProfile = deriveMatchProfile(demoProfile(new Date()), data);
  if (!matchProfile) throw new Error('The demo profile gives no match profile.');
  const compiled = compileMatchProfile(matchProfile);

  console.log('5. Opening job-board listings:\n');
  for (const listing of LISTINGS) {
    const shot = `${listing.adapter}-${listing.file.replace(/\.html$/, '')}.png`;
    const { marks, status } = await browser.show(listing.url, shotPath(shot));
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
    console.log(`   screenshot: ${relative(ROOT, shotPath(shot))}\n`);
  }

  if (args.has('--hero')) {
    if (!HERO) throw new Error(`${HERO_FILE} is no longer among the fixture cases.`);
    // The hero page may share its address (host and path, no query) with a listing above:
    // it takes the route over now (the page server looks routes up on each request).
    routes[routeOf(HERO.url)] = join(PAGES, HERO.adapter, HERO.file);
    const path = shotPath('hero-marked-offers.png');
    const { marks, score } = await browser.hero(HERO.url, path, 3);
    console.log(`Hero: ${HERO.file}, ${marks} badges, the reasons of the ${score} open.`);
    console.log(`   screenshot: ${relative(ROOT, path)}\n`);
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
    if (stopping) return; // the signal handler finishes and exits
    await cleanUp();
    fail(`The demo failed: ${(e as Error).stack ?? e}`);
  });
