/**
 * Reading a page's cards while the background prepares the match profile:
 * its answer takes a while (a stopped service worker must start first), and
 * the page's main thread is idle meanwhile. Only titles are read (a memo that
 * wants nothing past a card's title) and parsed; the first pass then finds
 * them read, and reads the rest of the cards whose title fits a métier. A
 * MutationObserver keeps what the page changes in the meantime, so that pass
 * reads again exactly the cards that changed. Nothing on the page changes.
 */
import { prepareTitle } from '@/utils/matching/parse-offer';
import type { CardMemo, ExtractedOffer, SiteAdapter } from '@/utils/sites/types';

/** What the highlighter's observer watches (highlighter.ts): everything under the root. */
export const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
};

export interface ReadAhead {
  /** The page URL the cards were read against. */
  readonly url: string;
  /** What was read on each card (most of them, the title alone). */
  readonly readings: WeakMap<Element, ExtractedOffer>;
  /** Stops watching the page; returns what it changed since the reading. */
  finish(): MutationRecord[];
}

/** Reads the titles of the page's offers with `adapter` and parses them; null where the page has no observer. */
export function readAhead(doc: Document, adapter: SiteAdapter): ReadAhead | null {
  const View = doc.defaultView?.MutationObserver;
  if (!View) return null;
  const url = doc.location.href;
  const readings = new WeakMap<Element, ExtractedOffer>();
  const memo: CardMemo = {
    get: (card) => readings.get(card),
    set: (card, offer) => {
      readings.set(card, offer);
    },
    wantsRest: () => false,
  };
  for (const offer of adapter.extract(doc, new URL(url), memo)) {
    if (offer.title !== undefined) prepareTitle(offer.title);
  }
  const changes: MutationRecord[] = [];
  const observer = new View((records) => {
    changes.push(...records);
  });
  observer.observe(doc.documentElement, OBSERVED);
  return {
    url,
    readings,
    finish() {
      changes.push(...observer.takeRecords());
      observer.disconnect();
      return changes;
    },
  };
}
