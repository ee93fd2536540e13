/**
 * One pass over the page: adapter for the current URL -> extract -> score ->
 * decorate -> counts. A pass does only what changed since the last one: what
 * was read on a card is kept (a WeakMap card -> offer, handed to the adapter)
 * until a MutationObserver sees anything inside that card change, and the
 * result of an offer is kept with it; so a pass after "load more" reads and
 * scores only the new cards. Results are also kept by what was read, so a
 * re-rendered card (a new element, the same offer) is not scored again.
 */
import type { MatchResult } from '@/utils/matching/result';
import { type CompiledMatchProfile, scoreOffer } from '@/utils/matching/score';
import type { DisplaySettings } from '@/utils/settings';
import { isSiteEnabled } from '@/utils/settings';
import { adapterFor, genericAdapter } from '@/utils/sites/registry';
import type { ExtractedOffer, SiteAdapter } from '@/utils/sites/types';
import { Decorator, isOwnNode } from './decorate';
import type { BadgeLabels } from './labels';
import { isOwnMutation } from './observer';
import { toOfferInput } from './to-offer-input';

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

/** The adapter of a URL: its board's, else the generic JobPosting reader (sites enabled by hand). */
export function adapterOf(url: URL): SiteAdapter {
  return adapterFor(url) ?? genericAdapter;
}

/** The key a site is switched off by: the board's adapter id, else the host name. */
export function siteKeyOf(url: URL): string {
  return adapterFor(url)?.id ?? url.hostname;
}

export interface Highlighter {
  /** Scans the page and brings every mark up to date; returns the counts. */
  pass(): PageCounts;
  setSettings(settings: DisplaySettings): void;
  /** Removes every mark. */
  clear(): void;
  /** Stops watching the page for changed cards. */
  dispose(): void;
}

/** The element a mutation happened in (a text node's parent). */
function changedElement(record: MutationRecord): Element | null {
  const target = record.target;
  return target.nodeType === 1 ? (target as Element) : target.parentElement;
}

export function createHighlighter(
  doc: Document,
  compiled: CompiledMatchProfile,
  settings: DisplaySettings,
  labels: BadgeLabels,
  currentUrl: () => string = () => doc.location.href,
): Highlighter {
  const decorator = new Decorator(labels, settings);
  // Keyed by what was read, not by element: a re-rendered card, a copy of a card and a card seen again
  // after a SPA navigation reuse the same result (and the decorator, seeing the same object, does nothing).
  const scores = new Map<string, MatchResult>();
  // The same offer object (a card unchanged since it was read) skips even the key.
  const resultOf = new WeakMap<ExtractedOffer, MatchResult>();
  let readings = new WeakMap<Element, ExtractedOffer>();
  let readingsUrl = '';
  let previous = new Set<Element>();
  let current = settings;

  // A change inside a card (or to the card) makes it be read again; our own badges and styles do not count.
  const forget = (records: readonly MutationRecord[]) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.attributeName === 'style') continue;
      // Most records of a pass are our own badge going in: tell them by the node added before walking up.
      const added = record.addedNodes;
      if (added.length === 1 && record.removedNodes.length === 0 && isOwnNode(added[0] as Node)) continue;
      if (isOwnMutation(record, isOwnNode)) continue;
      for (let el = changedElement(record); el; el = el.parentElement) readings.delete(el);
      for (const node of record.removedNodes) if (node.nodeType === 1) readings.delete(node as Element);
    }
  };
  const View = doc.defaultView?.MutationObserver;
  const watcher = View ? new View(forget) : null;
  watcher?.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  });

  const score = (offer: ExtractedOffer): MatchResult => {
    let result = resultOf.get(offer);
    if (result) return result;
    const input = toOfferInput(offer);
    const key = JSON.stringify(input);
    result = scores.get(key);
    if (!result) {
      // Bounded: a page that keeps changing must not grow the cache for ever.
      if (scores.size >= MAX_CACHED_SCORES) scores.clear();
      result = scoreOffer(input, compiled);
      scores.set(key, result);
    }
    resultOf.set(offer, result);
    return result;
  };

  return {
    pass() {
      const url = new URL(currentUrl());
      const adapter = adapterOf(url);
      if (!isSiteEnabled(current, siteKeyOf(url))) {
        decorator.undecorateAll();
        return { adapterId: adapter.id, offers: 0, matches: 0, listingWithoutOffers: false, url: url.href };
      }
      // Changes not yet delivered to the observer's callback count too.
      if (watcher) forget(watcher.takeRecords());
      // Links are read against the URL, and the adapter may read another way on another page.
      if (url.href !== readingsUrl) {
        readings = new WeakMap();
        readingsUrl = url.href;
      }
      // A card that left the page may come back changed without a mutation we could see.
      for (const card of previous) if (!card.isConnected) readings.delete(card);
      const offers = adapter.extract(doc, url, readings);
      decorator.lookForStrays(doc);
      const seen = new Set<Element>();
      let matches = 0;
      for (const offer of offers) {
        // One element never carries two offers (adapters promise it; a hostile page must not break it).
        if (seen.has(offer.element)) continue;
        seen.add(offer.element);
        if (decorator.decorate(offer.element, score(offer), offer.title)) matches += 1;
      }
      // Cards no longer offers (SPA navigation to another page type) lose their marks.
      decorator.undecorateAll(seen);
      previous = seen;
      return {
        adapterId: adapter.id,
        offers: seen.size,
        matches,
        listingWithoutOffers: seen.size === 0 && adapter.isListing?.(url) === true,
        url: url.href,
      };
    },
    setSettings(next) {
      current = next;
      decorator.setSettings(next);
    },
    clear() {
      decorator.undecorateAll();
    },
    dispose() {
      watcher?.disconnect();
    },
  };
}
