/**
 * Marks on the page's cards. One mark per card (a WeakMap card -> mark), so
 * running a pass again never adds a second badge; a mark whose host was
 * removed by the page (a framework re-rendering the card's inside) is put
 * back; `undecorate` leaves the card as it was.
 */
import type { MatchResult } from '@/utils/matching/result';
import type { DisplaySettings } from '@/utils/settings';
import { type Badge, createBadge, HOST_TAG, isBadgeHost } from './badge';
import {
  applyEffect,
  type CardEffect,
  cardEffect,
  isMatching,
  restoreStyle,
  type SavedStyle,
} from './display';
import type { BadgeLabels } from './labels';

interface Mark {
  badge: Badge | null;
  /** The element the badge goes into (the card's title, or the card); found when a badge first needs it. */
  anchor: Element | null;
  saved: SavedStyle | null;
  /** What the mark shows (the result object, which the highlighter reuses while the card is unchanged, and how), to skip work when nothing changed. */
  result: MatchResult | null;
  effect: CardEffect | null;
  wantsBadge: boolean;
}

const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role=heading]';

/**
 * The element inside the card that shows the title: the badge sits at its end. The heading around the
 * element the title was read from when the adapter says which (no search of the card), else the card's
 * heading that holds the title's text.
 */
export function titleAnchor(card: Element, title: string | undefined, titleElement?: Element): Element {
  const heading = titleElement?.closest(HEADINGS);
  if (heading && card.contains(heading)) return heading;
  if (card.matches(HEADINGS)) return card;
  const candidates = [...card.querySelectorAll(HEADINGS)];
  // One heading (most cards): it is the answer whatever its text, so its text is not read.
  if (candidates.length === 1) return candidates[0] as Element;
  const wanted = title?.trim().slice(0, 60);
  const byText = wanted ? candidates.find((h) => (h.textContent ?? '').includes(wanted)) : undefined;
  return byText ?? candidates[0] ?? card;
}

/** True for a node that is one of our badge hosts (or inside one). */
export function isOwnNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(HOST_TAG) != null;
}

/**
 * Removes the copies of our host in `root` (or `root` itself): a page that clones a marked card copies the host
 * without its closed shadow root, an empty element that takes no room; an earlier script of ours leaves its own.
 */
export function dropForeignHosts(root: Element): void {
  if (root.localName === HOST_TAG) {
    if (!isBadgeHost(root)) root.remove();
    return;
  }
  const found = root.getElementsByTagName(HOST_TAG);
  // Live: removing one shifts the rest, so from the end.
  for (let i = found.length - 1; i >= 0; i--) {
    const host = found[i] as Element;
    if (!isBadgeHost(host)) host.remove();
  }
}

export interface Decorator {
  /** Marks a card for a result (idempotent); returns whether it counts as matching. */
  decorate(card: Element, result: MatchResult, title?: string, titleElement?: Element): boolean;
  /** Removes everything a mark added to the card, and forgets it. */
  undecorate(card: Element): void;
  /** New settings: the next pass re-applies every mark with them. */
  setSettings(settings: DisplaySettings): void;
}

/** The marks of one page (closures, not a class: the content script ships minified, and `this.` is not). */
export function createDecorator(labels: BadgeLabels, initial: DisplaySettings): Decorator {
  let settings = initial;
  const marks = new WeakMap<Element, Mark>();

  return {
    decorate(card, result, title, titleElement) {
      const matching = isMatching(result, settings);
      const effect = cardEffect(matching, settings.mode);
      // A badge shows on what matches, on what the person's exclusions rule out (saying why) unless hidden,
      // and in dim mode also on faded partial offers (so the reason is there).
      const wantsBadge =
        matching ||
        (result.excluded !== undefined && effect !== 'hide') ||
        (effect === 'dim' && result.verdict !== 'no');
      let mark = marks.get(card);
      if (!mark) {
        // Most cards of a listing do not match: in mark mode they get nothing, not even a Mark to remember.
        if (!wantsBadge && effect === 'none') return matching;
        // A copy of our host the card may carry takes no room; the highlighter drops it off this path.
        mark = { badge: null, anchor: null, saved: null, result: null, effect: null, wantsBadge: false };
        marks.set(card, mark);
      }
      if (mark.result !== result || mark.effect !== effect || mark.wantsBadge !== wantsBadge) {
        // Most cards of a listing do not match: they cost neither a style change nor a badge.
        if (effect !== 'none' || mark.saved) mark.saved = applyEffect(card, effect, mark.saved);
        if (wantsBadge) {
          if (mark.badge) mark.badge.update(result);
          else mark.badge = createBadge(card.ownerDocument, result, labels);
        } else if (mark.badge) {
          mark.badge.host.remove();
          mark.badge = null;
        }
        mark.result = result;
        mark.effect = effect;
        mark.wantsBadge = wantsBadge;
      }
      const host = mark.badge?.host;
      if (host && (host.parentNode !== mark.anchor || !mark.anchor || !card.contains(mark.anchor))) {
        if (!mark.anchor || !card.contains(mark.anchor)) mark.anchor = titleAnchor(card, title, titleElement);
        mark.anchor.append(host);
      }
      return matching;
    },

    undecorate(card) {
      const mark = marks.get(card);
      if (!mark) return;
      mark.badge?.host.remove();
      restoreStyle(card, mark.saved);
      marks.delete(card);
    },

    setSettings(next) {
      settings = next;
    },
  };
}
