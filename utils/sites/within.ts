import { type CardExtra, type CardSpec, extractCardsWithin } from './card-spec';
import { safeQuery, safeQueryAll } from './dom';
import type { CardMemo, ExtractedOffer } from './types';

/**
 * `extractCardsWithin` for a board that reads the page another way when it has none of these cards
 * (another layout, links walked up): null unless the page held one of them besides the added `roots`
 * (one `kept`, when some are skipped), so that the last pass read the page this way too.
 */
export function extractLayoutWithin(
  roots: readonly Element[],
  url: URL,
  spec: CardSpec,
  extra: CardExtra,
  memo?: CardMemo,
  kept: (card: Element) => boolean = Boolean,
): ExtractedOffer[] | null {
  const doc = roots[0]?.ownerDocument;
  // The selector a whole pass uses: the first that finds anything on the page.
  const selector = doc && spec.cards.find((s) => safeQuery(doc, s));
  // The page's first card is nearly always an old one: most passes look no further.
  const held = (card: Element | null) => !!card && kept(card) && !roots.some((root) => root.contains(card));
  return selector && (held(safeQuery(doc, selector)) || safeQueryAll(doc, selector).some(held))
    ? extractCardsWithin(roots, url, spec, extra, memo)
    : null;
}
