/**
 * One pass over the page: the content script's adapter -> extract -> score ->
 * decorate -> counts. A pass does only what changed since the last one: what
 * was read on a card is kept (a WeakMap card -> offer, handed to the adapter)
 * until a MutationObserver sees anything inside that card change, and the
 * result of an offer is kept with it; so a pass after "load more" reads and
 * scores only the new cards. When the page only added (or removed) nodes
 * since the last pass, and the adapter can read cards alone, the pass does not
 * even look for cards elsewhere: it reads the added nodes and keeps the counts
 * as running totals. Results are also kept by what was read, so a re-rendered
 * card (a new element, the same offer) is not scored again. A card is read
 * whole only when its title fits one of the métiers: any other offer is a
 * "no" whatever the rest of its card says, and most cards of a listing are;
 * but a title may fit once its own place or company is read past ("Data
 * Analyst - Paris"), so a card whose title alone fits nothing has those two
 * read as well, and is read whole when its title names them; unless no word
 * of the title may count for a métier (parse-offer.ts fitsNoMetier).
 */
import type { OfferInput } from '@/utils/matching/offer';
import { fitsNoMetier, titleNamesItsOffer } from '@/utils/matching/parse-offer';
import type { MatchResult } from '@/utils/matching/result';
import { type CompiledMatchProfile, scoreOffer } from '@/utils/matching/score';
import type { DisplaySettings } from '@/utils/settings';
import { isSiteEnabled } from '@/utils/settings';
import type { CardMemo, ExtractedOffer, SiteAdapter } from '@/utils/sites/types';
import { createDecorator, dropForeignHosts, isOwnNode } from './decorate';
import type { BadgeLabels } from './labels';
import { isOwnMutation } from './observer';
import { offerInputKey, toOfferInput } from './to-offer-input';

/** Scores kept for reuse; above this the cache starts again (a 10,000-card page still fits). */
const MAX_CACHED_SCORES = 20_000;

/** What the content script tells the background after a pass. */
export interface PageCounts {
  adapterId: string;
  offers: number;
  matches: number;
  listingWithoutOffers: boolean;
  url: string;
}

export interface Highlighter {
  /** Scans the page and brings every mark up to date; returns the counts. */
  pass(): PageCounts;
  setSettings(settings: DisplaySettings): void;
  /** Removes every mark. */
  clear(): void;
  /** Calls `listener` after each batch of page changes that are not only ours (or only attributes). */
  onPageChange(listener: () => void): void;
  /** Stops watching the page for changed cards. */
  dispose(): void;
}

/** The element a mutation happened in (a text node's parent). */
function changedElement(record: MutationRecord): Element | null {
  const target = record.target;
  return target.nodeType === 1 ? (target as Element) : target.parentElement;
}

/** What the highlighter's observer watches: everything under the root, so a change inside a card is seen. */
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
};

/** Runs `task` when the page's window is idle (soon at the latest), or on the next task where it cannot tell. */
function whenIdle(doc: Document, task: () => void): void {
  const view = doc.defaultView;
  if (view?.requestIdleCallback) view.requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 0);
}

/**
 * `adapter` is the one the content script was built with (its board's, or the generic
 * JobPosting reader on a site enabled by hand): each script bundles only the adapter it uses.
 */
export function createHighlighter(
  doc: Document,
  adapter: SiteAdapter,
  compiled: CompiledMatchProfile,
  settings: DisplaySettings,
  labels: BadgeLabels,
  currentUrl: () => string = () => doc.location.href,
): Highlighter {
  const decorator = createDecorator(labels, settings);
  // Keyed by what was read, not by element: a re-rendered card, a copy of a card and a card seen again
  // after a SPA navigation reuse the same result (and the decorator, seeing the same object, does nothing).
  const scores = new Map<string, MatchResult>();
  // The same offer object (a card unchanged since it was read) skips even the key.
  const resultOf = new WeakMap<ExtractedOffer, MatchResult>();
  let readings = new WeakMap<Element, ExtractedOffer>();
  let readingsUrl = '';
  // The cards marked by the passes so far, each with whether it matches: the counts are kept as running totals.
  let marked = new Map<Element, boolean>();
  let matches = 0;
  let current = settings;
  // Since the last pass: the nodes the page added, and whether anything else happened that only a
  // whole pass can follow (a change inside a marked card, new settings, the first pass).
  let added: Element[] = [];
  let removed = false;
  let wholePass = true;
  let firstPass = true;
  let watching = false;

  let onPageChange: (() => void) | undefined;

  // One pass over each batch of records does both jobs of the page's one observer: a change inside a card
  // (or to the card) makes it be read again, and a change that is not ours (nor only an attribute) asks for
  // a pass. Returns whether it asks.
  const forget = (records: readonly MutationRecord[]): boolean => {
    let changed = false;
    for (const record of records) {
      // Copies of our host come in with what the page adds (a clone of a marked card): dropped here, not in a pass.
      for (const node of record.addedNodes) if (node.nodeType === 1) dropForeignHosts(node as Element);
      if (record.type === 'attributes' && record.attributeName === 'style') continue;
      if (isOwnMutation(record, isOwnNode)) continue;
      // Attributes are read again at the next pass but do not ask for one (pages toggle classes all the time).
      if (record.type !== 'attributes') changed = true;
      const target = changedElement(record);
      // A script's text is data some readers take offers from (JSON-LD, Indeed's mosaic data): the
      // nodes added with it may not be all that changed.
      if (record.type !== 'attributes' && target?.localName === 'script') wholePass = true;
      for (let el = target; el; el = el.parentElement) {
        readings.delete(el);
        if (marked.has(el)) wholePass = true;
      }
      for (const node of record.removedNodes) {
        if (node.nodeType === 1) {
          readings.delete(node as Element);
          removed = true;
        }
      }
      for (const node of record.addedNodes)
        if (node.nodeType === 1 && !isOwnNode(node)) added.push(node as Element);
      // An attribute may make an element a card: look in it as in an added node.
      if (record.type === 'attributes' && target) added.push(target);
    }
    return changed;
  };
  const View = doc.defaultView?.MutationObserver;
  const watcher = View
    ? new View((records) => {
        if (forget(records)) onPageChange?.();
      })
    : null;

  const scoreInput = (input: OfferInput): MatchResult => {
    const key = offerInputKey(input);
    let result = scores.get(key);
    if (!result) {
      // Bounded: a page that keeps changing must not grow the cache for ever.
      if (scores.size >= MAX_CACHED_SCORES) scores.clear();
      result = scoreOffer(input, compiled);
      scores.set(key, result);
    }
    return result;
  };

  // Each title's result alone, by title: what a partial offer (its title only) is marked with.
  const titleOnly = new Map<string, MatchResult>();
  const scoreTitleOnly = (title: string): MatchResult => {
    let result = titleOnly.get(title);
    if (!result) {
      if (titleOnly.size >= MAX_CACHED_SCORES) titleOnly.clear();
      result = scoreOffer({ title }, compiled);
      titleOnly.set(title, result);
    }
    return result;
  };

  const score = (offer: ExtractedOffer): MatchResult => {
    let result = resultOf.get(offer);
    if (result) return result;
    result =
      offer.partial && offer.title !== undefined
        ? scoreTitleOnly(offer.title)
        : scoreInput(toOfferInput(offer));
    resultOf.set(offer, result);
    return result;
  };

  // What the adapter reads with: the cards read so far, and no more than a title that fits no métier
  // (its offer is a "no" whatever the rest says: the title alone is scored to the same result). An
  // excluded title is read whole: its badge says why.
  const memo: CardMemo = {
    get: (card) => readings.get(card),
    set: (card, offer) => {
      readings.set(card, offer);
    },
    wantsRest: (title, names) => {
      const result = scoreTitleOnly(title);
      if (result.verdict !== 'no' || result.excluded !== undefined) return true;
      // "Data Analyst - Paris" in Paris, "SAINT LAURENT - Retail Operations Assistant" at Saint Laurent: read
      // without its own place or company, the title may fit, which the title alone cannot tell; unless no
      // word of it may count for a métier (the match profile's title screen).
      if (!names || fitsNoMetier(title, compiled.tables)) return false;
      const { location, company } = names();
      const offer: OfferInput = { title };
      if (location !== undefined) offer.location = location;
      if (company !== undefined) offer.company = company;
      return titleNamesItsOffer(offer, compiled.tables);
    },
  };

  const mark = (offer: ExtractedOffer) => {
    const matching = decorator.decorate(offer.element, score(offer), offer.title, offer.titleElement);
    matches += Number(matching) - Number(marked.get(offer.element) ?? false);
    marked.set(offer.element, matching);
  };

  const unmarkAll = () => {
    for (const card of marked.keys()) decorator.undecorate(card);
    marked = new Map();
    matches = 0;
    wholePass = true;
  };

  /** Only nodes were added (and maybe some removed) since the last pass: reads the added ones alone. */
  const appendPass = (url: URL): boolean => {
    const offers = adapter.extractWithin?.(added, url, memo);
    if (!offers) return false;
    for (const offer of offers) mark(offer);
    // A card that left the page loses its mark and its place in the counts.
    if (removed) {
      for (const [card, matching] of marked) {
        if (card.isConnected) continue;
        readings.delete(card);
        decorator.undecorate(card);
        marked.delete(card);
        matches -= Number(matching);
      }
    }
    return true;
  };

  const fullPass = (url: URL) => {
    const offers = adapter.extract(doc, url, memo);
    // A card that left the page may come back changed without a mutation we could see.
    for (const card of marked.keys()) if (!card.isConnected) readings.delete(card);
    const before = marked;
    marked = new Map();
    matches = 0;
    for (const offer of offers) {
      // One element never carries two offers (adapters promise it; a hostile page must not break it).
      if (!marked.has(offer.element)) mark(offer);
    }
    // Cards no longer offers (SPA navigation to another page type) lose their marks.
    for (const card of before.keys()) if (!marked.has(card)) decorator.undecorate(card);
  };

  /** A pass over the page as it is now: the whole page, or only what was added. */
  const passOnce = (): PageCounts => {
    if (firstPass) {
      firstPass = false;
      // Hosts the page came with (an earlier script of ours left them): after the pass the person waits for.
      whenIdle(doc, () => dropForeignHosts(doc.documentElement));
    }
    const url = new URL(currentUrl());
    if (!isSiteEnabled(current, adapter.siteKey?.(url) ?? adapter.id)) {
      unmarkAll();
      added = [];
      return { adapterId: adapter.id, offers: 0, matches: 0, listingWithoutOffers: false, url: url.href };
    }
    // Changes not yet delivered to the observer's callback count too (this pass follows them: no other asked).
    if (watcher) forget(watcher.takeRecords());
    // Links are read against the URL, and the adapter may read another way on another page.
    if (url.href !== readingsUrl) {
      readings = new WeakMap();
      readingsUrl = url.href;
      wholePass = true;
    }
    if (wholePass || !appendPass(url)) fullPass(url);
    added = [];
    removed = false;
    wholePass = false;
    return {
      adapterId: adapter.id,
      offers: marked.size,
      matches,
      listingWithoutOffers: marked.size === 0 && adapter.isListing?.(url) === true,
      url: url.href,
    };
  };

  return {
    pass() {
      const counts = passOnce();
      // Watched from the end of the first pass, which is synchronous (no page change can slip in before):
      // the badges it puts in make no records to go through.
      if (!watching) {
        watching = true;
        watcher?.observe(doc.documentElement, OBSERVED);
      }
      return counts;
    },
    setSettings(next) {
      current = next;
      wholePass = true;
      decorator.setSettings(next);
    },
    clear() {
      unmarkAll();
    },
    onPageChange(listener) {
      onPageChange = listener;
    },
    dispose() {
      watcher?.disconnect();
    },
  };
}
