/**
 * The content script in headless Chromium with the production build (issue 4
 * § Benchmark): a HelloWork listing built from the real fixture cards
 * (listing-page.ts), 1,000 and 5,000 cards, served at its real host name over
 * local HTTPS, the demo profile in place. In the same run, the same pages in a
 * Chromium without the extension, for the page-load overhead and the memory.
 *
 * Times come from the user-timing entries the content script records
 * (utils/highlight/timing.ts): from the profile's arrival to the end of the
 * first pass everything is synchronous main-thread work (compile the match
 * profile, extract, score, decorate); the wall time from script start adds the
 * round trip to the background. Wall times count the moments the main thread
 * waits for a core; the main-thread CPU times (thread time, from a trace:
 * script-cpu.ts) do not: of the task that marks the cards, and of the script's
 * start (its compilation and setup, while the background is asked).
 *
 * Overheads are paired: each round loads the page in both browsers, one right
 * after the other (which goes first alternates), and the figure is the median
 * of the rounds' own differences, with the middle half of them beside it. One
 * load of the 1,000-card page swings by about 5 % either way on this machine,
 * more in its slow spells (the middle half of 20 paired rounds once spanned
 * −3 to 17 %); compared round by round, a slow spell of the machine hits both
 * sides of a pair, and 20 rounds leave the median a point or two of doubt in
 * a quiet hour, more in a slow one.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { type ExtensionBrowser, launchChromium } from '../../tests/e2e/support/chromium';
import { type FixtureServer, startFixtureServer } from '../../tests/e2e/support/https-server';
import { CHROMIUM_PATH, PROD_CHROME_DIR } from '../../tests/e2e/support/paths';
import { HOST_TAG } from '../../utils/highlight/badge';
import { TIMING } from '../../utils/highlight/timing';
import { buildOnce } from './build';
import { CARD_SELECTOR, LISTING_HOST, listingBuilder } from './listing-page';
import { type ScriptCpu, traceScriptCpu } from './script-cpu';
import { aimed, type BenchFigure, type BenchSection, median, percentile } from './section';

// The listing is HelloWork's: its board's script is the one the page loads.
const CONTENT_SCRIPT = join(PROD_CHROME_DIR, 'content-scripts/hellowork.js');
const SIZES = [1000, 5000] as const;
// Even: each browser goes first in half the rounds (the second load of a pair can run faster or slower).
const ROUNDS: Record<(typeof SIZES)[number], number> = { 1000: 20, 5000: 6 };
const APPENDS = 5;
const APPENDED = 100;
const LOAD_TIMEOUT = 180_000;

const pathOf = (cards: number) => `/fr-fr/emploi/recherche-${cards}.html`;
const urlOf = (cards: number) => `https://${LISTING_HOST}${pathOf(cards)}?k=developpeur&l=Montpellier`;

// The bits of the extension APIs the popup evaluate() uses (it runs in the browser, not here).
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** The same Chromium, flags and network mapping, without the extension. */
async function launchPlain(args: string[]): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'repere-bench-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    env: { ...process.env, LANGUAGE: 'fr' },
    args: [
      '--lang=fr',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

interface PassEntry {
  start: number;
  end: number;
  offers: number;
}

/** The content script's last pass as the page sees it, once it has counted `offers` offers. */
async function waitForPass(page: Page, offers: number): Promise<PassEntry> {
  const handle = await page.waitForFunction(
    ({ name, offers }) => {
      const entry = performance
        .getEntriesByName(name)
        .find((e) => (e as PerformanceMeasure).detail === offers);
      return entry ? { start: entry.startTime, end: entry.startTime + entry.duration, offers } : false;
    },
    { name: TIMING.pass, offers },
    { polling: 10, timeout: LOAD_TIMEOUT },
  );
  return (await handle.jsonValue()) as PassEntry;
}

interface Load {
  loadEnd: number;
  /** Main-thread busy time of the page's renderer (CDP Performance TaskDuration), ms. */
  taskMs: number;
  /** The CPU time of the page's main thread up to the load event (script-cpu.ts), ms. */
  untilLoadMs: number;
  heapBytes: number;
  /** With the extension: the script's main-thread CPU time (script-cpu.ts). */
  cpu?: ScriptCpu;
  /** With the extension: user-timing figures and the badges on the page. */
  start?: number;
  profile?: number;
  pass?: PassEntry;
  badges?: number;
  page: Page;
}

/** Opens a listing in a fresh tab and measures its load (and, with the extension, its marking). */
async function load(context: BrowserContext, cards: number, withExtension: boolean): Promise<Load> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // Traced with and without the extension alike: the trace's own cost must not tilt the overheads.
  const trace = await traceScriptCpu(cdp);
  await page.goto(urlOf(cards), { waitUntil: 'load', timeout: LOAD_TIMEOUT });
  const pass = withExtension ? await waitForPass(page, cards) : undefined;
  // Let what follows the load (our report to the background, the port) settle in both cases alike.
  await page.waitForTimeout(300);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const taskMs = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
  const cpu = await trace.stop();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const timing = await page.evaluate(
    ({ start, profile, host }) => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        loadEnd: navigation.loadEventEnd,
        start: performance.getEntriesByName(start)[0]?.startTime,
        profile: performance.getEntriesByName(profile)[0]?.startTime,
        badges: document.querySelectorAll(host).length,
      };
    },
    { start: TIMING.start, profile: TIMING.profile, host: HOST_TAG },
  );
  await cdp.detach();
  const result: Load = {
    loadEnd: timing.loadEnd,
    taskMs,
    untilLoadMs: cpu.untilLoadMs,
    heapBytes: usedSize,
    page,
  };
  if (withExtension) {
    if (timing.start === undefined || timing.profile === undefined || !pass) {
      throw new Error('the content script left no timing marks: is the demo profile in place?');
    }
    Object.assign(result, { start: timing.start, profile: timing.profile, pass, badges: timing.badges, cpu });
  }
  return result;
}

/** Appends 100 cards at a time to a marked page; the duration of each pass that marks them. */
async function appendPasses(page: Page, cards: number, builder: ReturnType<typeof listingBuilder>) {
  const durations: number[] = [];
  let total = cards;
  for (let k = 0; k < APPENDS; k++) {
    const html = builder.cards(total, APPENDED);
    await page.evaluate(
      ({ html, selector }) => {
        const list = document.querySelector(selector)?.parentElement;
        if (!list) throw new Error('no card list');
        list.insertAdjacentHTML('beforeend', html);
      },
      { html, selector: CARD_SELECTOR },
    );
    total += APPENDED;
    const pass = await waitForPass(page, total);
    durations.push(pass.end - pass.start);
  }
  const badges = await page.$$eval(HOST_TAG, (hosts) => hosts.length);
  return { durations, total, badges };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const percent = (withExt: number, without: number) => round1(((withExt - without) / without) * 100);

/** Round by round, how much more `value` took with the extension (%): the median, and the middle half's bounds. */
function pairedOverhead(ext: readonly Load[], bare: readonly Load[], value: (load: Load) => number) {
  const overheads = ext.map((load, round) => {
    const without = bare[round];
    return without ? percent(value(load), value(without)) : Number.NaN;
  });
  return {
    median: round1(median(overheads)),
    spread: `% (middle half of ${overheads.length} rounds: ${percentile(overheads, 25)} to ${percentile(overheads, 75)} %)`,
  };
}

const section: BenchSection = {
  title: 'Browser: content script on a HelloWork listing (headless Chromium, production build)',
  async run() {
    buildOnce();
    const figures: BenchFigure[] = [];
    const gzip = gzipSync(readFileSync(CONTENT_SCRIPT), { level: 9 }).length;
    figures.push(aimed('content script gzip', round1(gzip / 1024), 'KB', { atMost: 30 }));

    process.stderr.write('building the listing pages…\n');
    const builder = listingBuilder();
    const dir = mkdtempSync(join(tmpdir(), 'repere-bench-pages-'));
    const routes: Record<string, string> = {};
    for (const cards of SIZES) {
      const file = join(dir, `listing-${cards}.html`);
      writeFileSync(file, builder.page(cards));
      routes[`${LISTING_HOST}${pathOf(cards)}`] = file;
    }

    let server: FixtureServer | undefined;
    let withExt: ExtensionBrowser | undefined;
    let plain: Awaited<ReturnType<typeof launchPlain>> | undefined;
    try {
      server = await startFixtureServer(routes);
      const args = [`--host-resolver-rules=${server.resolverRules}`, '--ignore-certificate-errors'];
      withExt = await launchChromium(PROD_CHROME_DIR, args);
      plain = await launchPlain(args);
      const popup = await withExt.openPopup();
      await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'useDemoProfile' }));
      await popup.close();

      for (const cards of SIZES) {
        const ext: Load[] = [];
        const bare: Load[] = [];
        let appended: Awaited<ReturnType<typeof appendPasses>> | undefined;
        for (let round = 0; round < ROUNDS[cards]; round++) {
          process.stderr.write(`${cards} cards, round ${round + 1}/${ROUNDS[cards]}…\n`);
          // Alternate which browser goes first, so a slow spell of the machine hits both.
          const order = round % 2 === 0 ? [true, false] : [false, true];
          for (const extension of order) {
            const result = await load(extension ? withExt.context : plain.context, cards, extension);
            (extension ? ext : bare).push(result);
            // Appends on the first marked page, at once: another open tab could share its renderer's heap.
            if (extension && round === 0 && cards === SIZES[0])
              appended = await appendPasses(result.page, cards, builder);
            await result.page.close();
          }
        }
        const passes = ext.map((l) => l.pass as PassEntry);
        const loadOverhead = pairedOverhead(ext, bare, (l) => l.loadEnd);
        const doneOverhead = pairedOverhead(ext, bare, (l) => Math.max(l.loadEnd, l.pass?.end ?? 0));
        const busyOverhead = pairedOverhead(ext, bare, (l) => l.taskMs);
        const cpuToLoadOverhead = pairedOverhead(ext, bare, (l) => l.untilLoadMs);
        const label = cards.toLocaleString('en-US');
        figures.push(
          cards === 1000
            ? aimed(
                `${label} cards: main thread, profile in -> all marked`,
                round1(median(ext.map((l) => (l.pass?.end ?? 0) - (l.profile ?? 0)))),
                'ms',
                { atMost: 50 },
              )
            : {
                name: `${label} cards: main thread, profile in -> all marked`,
                value: round1(median(ext.map((l) => (l.pass?.end ?? 0) - (l.profile ?? 0)))),
                unit: 'ms',
              },
          {
            name: `${label} cards: of which the first pass`,
            value: round1(median(passes.map((p) => p.end - p.start))),
            unit: 'ms',
          },
          {
            name: `${label} cards: main-thread CPU time of the task that marks them (profile in -> all marked, and the report)`,
            value: round1(median(ext.map((l) => l.cpu?.passMs ?? Number.NaN))),
            unit: 'ms',
          },
          {
            name: `${label} cards: main-thread CPU time of the script's start (compilation, setup, asking the background)`,
            value: round1(median(ext.map((l) => l.cpu?.startMs ?? Number.NaN))),
            unit: 'ms',
          },
          {
            name: `${label} cards: main-thread CPU time from the script's start, all told (start + pass)`,
            value: round1(median(ext.map((l) => (l.cpu ? l.cpu.startMs + l.cpu.passMs : Number.NaN)))),
            unit: 'ms',
          },
          {
            name: `${label} cards: script start -> all marked (wall, with the background's answer)`,
            value: round1(median(ext.map((l) => (l.pass?.end ?? 0) - (l.start ?? 0)))),
            unit: 'ms',
          },
          { name: `${label} cards: offers counted`, value: passes[0]?.offers ?? 0, unit: 'offers' },
          { name: `${label} cards: badges shown`, value: ext[0]?.badges ?? 0, unit: 'badges' },
          aimed(
            `${label} cards: load event, overhead with the extension`,
            loadOverhead.median,
            loadOverhead.spread,
            { atMost: 5 },
          ),
          {
            name: `${label} cards: load event without / with`,
            value: round1(median(bare.map((l) => l.loadEnd))),
            unit: `ms / ${round1(median(ext.map((l) => l.loadEnd)))} ms`,
          },
          {
            name: `${label} cards: main-thread CPU time up to the load event, overhead`,
            value: cpuToLoadOverhead.median,
            unit: `${cpuToLoadOverhead.spread}; ${round1(median(bare.map((l) => l.untilLoadMs)))} -> ${round1(median(ext.map((l) => l.untilLoadMs)))} ms`,
          },
          {
            name: `${label} cards: page done (load, and all marked) overhead`,
            value: doneOverhead.median,
            unit: doneOverhead.spread,
          },
          {
            name: `${label} cards: main-thread busy time overhead (CDP TaskDuration)`,
            value: busyOverhead.median,
            unit: `${busyOverhead.spread}; ${round1(median(bare.map((l) => l.taskMs)))} -> ${round1(median(ext.map((l) => l.taskMs)))} ms`,
          },
          {
            name: `${label} cards: JS heap without extension`,
            value: round1(median(bare.map((l) => l.heapBytes)) / 1024 / 1024),
            unit: 'MB',
          },
          {
            name: `${label} cards: JS heap with extension`,
            value: round1(median(ext.map((l) => l.heapBytes)) / 1024 / 1024),
            unit: 'MB',
          },
        );
        if (appended) {
          figures.push(
            aimed(
              `${APPENDED} appended cards marked (pass over ${label} + ${APPENDED}…)`,
              round1(median(appended.durations)),
              'ms',
              { atMost: 8 },
            ),
            {
              name: `appended: passes of ${APPENDS} appends, slowest`,
              value: round1(Math.max(...appended.durations)),
              unit: 'ms',
            },
            {
              name: `appended: badges after ${appended.total} cards`,
              value: appended.badges,
              unit: 'badges',
            },
          );
        }
      }
    } finally {
      await withExt?.close();
      await plain?.close();
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
    }
    return figures;
  },
};

export default section;
