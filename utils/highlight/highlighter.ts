/**
 * One pass over the page: adapter for the current URL -> extract -> score ->
 * decorate -> counts. Scores are kept by what was read on the card and reused
 * while it stays the same, so a pass after "load more" only scores the new
 * cards, and a re-rendered card is not scored again.
 */
import type { MatchResult } from '@/utils/matching/result';
import { type CompiledMatchProfile, scoreOffer } from '@/utils/matching/score';
import type { DisplaySettings } from '@/utils/settings';
import { isSiteEnabled } from '@/utils/settings';
import { adapterFor, genericAdapter } from '@/utils/sites/registry';
import type { SiteAdapter } from '@/utils/sites/types';
import { Decorator } from './decorate';
import type { BadgeLabels } from './labels';
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
  let current = settings;

  return {
    pass() {
      const url = new URL(currentUrl());
      const adapter = adapterOf(url);
      if (!isSiteEnabled(current, siteKeyOf(url))) {
        decorator.undecorateAll();
        return { adapterId: adapter.id, offers: 0, matches: 0, listingWithoutOffers: false, url: url.href };
      }
      const offers = adapter.extract(doc, url);
      const seen = new Set<Element>();
      let matches = 0;
      for (const offer of offers) {
        // One element never carries two offers (adapters promise it; a hostile page must not break it).
        if (seen.has(offer.element)) continue;
        seen.add(offer.element);
        const input = toOfferInput(offer);
        const key = JSON.stringify(input);
        let result = scores.get(key);
        if (!result) {
          // Bounded: a page that keeps changing must not grow the cache for ever.
          if (scores.size >= MAX_CACHED_SCORES) scores.clear();
          result = scoreOffer(input, compiled);
          scores.set(key, result);
        }
        if (decorator.decorate(offer.element, result, offer.title)) matches += 1;
      }
      // Cards no longer offers (SPA navigation to another page type) lose their marks.
      decorator.undecorateAll(seen);
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
  };
}
