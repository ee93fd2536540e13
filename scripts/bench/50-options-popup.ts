/**
 * Issue 5's two speed figures.
 *
 * Autocomplete (Node): the searches the options page runs synchronously on
 * every key press (AppellationField → searchAppellations, PlaceField →
 * searchPlaces), timed over each keystroke prefix of realistic queries. Only
 * the search is timed, not Preact's re-render of the ten suggestions.
 *
 * Popup (headless Chromium, production build, demo profile in place):
 * popup.html opened in a fresh tab, timed from the document's navigation start
 * (performance.now() = 0) to the first métier card in the DOM, seen by a
 * MutationObserver installed before any page script runs. Two milestones of
 * the same opens say where that time goes: the HTML parsed (the browser's
 * making of the extension page, before any script of ours runs) and the
 * DOMContentLoaded handlers done (the popup's modules loaded and run).
 */
import { type ExtensionBrowser, launchChromium } from '../../tests/e2e/support/chromium';
import { PROD_CHROME_DIR } from '../../tests/e2e/support/paths';
import { searchPlaces } from '../../utils/profile/manual-place-search';
import { searchAppellations } from '../../utils/rome/search';
import { loadCommunes, loadLexicon } from '../data/load-assets';
import { buildOnce } from './build';
import { aimed, type BenchFigure, type BenchSection, median, percentile } from './section';

/** As the options page asks (AppellationField's SUGGESTIONS, PlaceField's default). */
const SUGGESTIONS = 10;
const TITLE_QUERIES = ['boulang', 'aide soignante', 'dev back', 'infirmier'];
const PLACE_QUERIES = ['34000', 'montp'];
const ROUNDS = 20;
const POPUP_OPENS = 20;
const CARD = '[data-testid=metier-card]';

// What the in-page callbacks use (they run in the browser, not here).
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
type Marked = { __firstCard?: number };

/** "boulang" → "b", "bo", …, "boulang": what the field holds after each key press. */
const prefixes = (query: string) => Array.from(query, (_, i) => query.slice(0, i + 1));

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Every prefix of every query searched ROUNDS times; the duration of each search, ms. */
function timeKeyPresses(queries: readonly string[], search: (typed: string) => unknown[]): number[] {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of queries) {
      for (const typed of prefixes(query)) {
        const start = performance.now();
        search(typed);
        times.push(performance.now() - start);
      }
    }
  }
  return times;
}

function autocompleteFigures(): BenchFigure[] {
  const lexicon = loadLexicon();
  const communes = loadCommunes();
  const titles = (typed: string) => searchAppellations(lexicon, typed, SUGGESTIONS);
  const places = (typed: string) => searchPlaces(communes, typed, SUGGESTIONS);
  // The first search also pays for the JIT; a person's first key press does too, so it is reported apart.
  const firstStart = performance.now();
  titles('b');
  const firstMs = performance.now() - firstStart;
  timeKeyPresses(TITLE_QUERIES, titles);
  timeKeyPresses(PLACE_QUERIES, places);
  const titleTimes = timeKeyPresses(TITLE_QUERIES, titles);
  const placeTimes = timeKeyPresses(PLACE_QUERIES, places);
  const titlePresses = TITLE_QUERIES.join('').length;
  const placePresses = PLACE_QUERIES.join('').length;
  return [
    aimed(
      `job-title autocomplete, top ${SUGGESTIONS}, median per key press (${titlePresses} presses × ${ROUNDS})`,
      round2(median(titleTimes)),
      'ms',
      { atMost: 30 },
    ),
    aimed(`job-title autocomplete, p95 per key press`, round2(percentile(titleTimes, 95)), 'ms', {
      atMost: 30,
    }),
    { name: 'job-title autocomplete, slowest key press', value: round2(Math.max(...titleTimes)), unit: 'ms' },
    { name: 'job-title autocomplete, first search (cold JIT)', value: round2(firstMs), unit: 'ms' },
    aimed(
      `place autocomplete, top ${SUGGESTIONS}, median per key press (${placePresses} presses × ${ROUNDS})`,
      round2(median(placeTimes)),
      'ms',
      { atMost: 30 },
    ),
    aimed(`place autocomplete, p95 per key press`, round2(percentile(placeTimes, 95)), 'ms', { atMost: 30 }),
  ];
}

async function popupFigures(): Promise<BenchFigure[]> {
  buildOnce();
  let browser: ExtensionBrowser | undefined;
  try {
    browser = await launchChromium(PROD_CHROME_DIR);
    const setup = await browser.openPopup();
    await setup.evaluate(() => chrome.runtime.sendMessage({ type: 'useDemoProfile' }));
    await setup.close();
    const url = `chrome-extension://${browser.extensionId}/popup.html`;
    const times: number[] = [];
    const parsed: number[] = [];
    const scripted: number[] = [];
    for (let i = 0; i < POPUP_OPENS; i++) {
      const page = await browser.context.newPage();
      // No named function inside: tsx would wrap it in a __name() helper the page does not have.
      await page.addInitScript((selector) => {
        new MutationObserver((_, observer) => {
          if (!document.querySelector(selector)) return;
          (window as Marked).__firstCard ??= performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      }, CARD);
      await page.goto(url);
      await page.waitForSelector(CARD, { timeout: 10_000 });
      const { at, navigation } = await page.evaluate(() => {
        const entry = performance.getEntriesByType('navigation')[0] as
          | PerformanceNavigationTiming
          | undefined;
        return {
          at: (window as Marked).__firstCard,
          navigation: entry && { interactive: entry.domInteractive, loaded: entry.domContentLoadedEventEnd },
        };
      });
      if (at === undefined) throw new Error('the popup showed a métier card the observer did not see');
      times.push(at);
      parsed.push(navigation?.interactive ?? Number.NaN);
      scripted.push(navigation?.loaded ?? Number.NaN);
      await page.close();
    }
    const [first = Number.NaN, ...rest] = times;
    return [
      aimed(
        `popup: navigation start → first métier card, median of ${POPUP_OPENS} opens`,
        round2(median(times)),
        'ms',
        { atMost: 100 },
      ),
      aimed('popup: navigation start → first métier card, p95', round2(percentile(times, 95)), 'ms', {
        atMost: 100,
      }),
      {
        name: "popup: of which navigation start → HTML parsed (the browser's part), median",
        value: round2(median(parsed)),
        unit: 'ms',
      },
      {
        name: 'popup: of which navigation start → its modules run (DOMContentLoaded done), median',
        value: round2(median(scripted)),
        unit: 'ms',
      },
      { name: 'popup: first open after setting the profile', value: round2(first), unit: 'ms' },
      { name: 'popup: slowest of the later opens', value: round2(Math.max(...rest)), unit: 'ms' },
    ];
  } finally {
    await browser?.close();
  }
}

const section: BenchSection = {
  title: 'Options autocompletes (Node) and popup opening (headless Chromium, production build)',
  async run() {
    return [...autocompleteFigures(), ...(await popupFigures())];
  },
};

export default section;
