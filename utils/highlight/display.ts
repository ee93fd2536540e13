/**
 * Display modes on the page's own cards: dim or hide the offers that do not
 * match. Only one inline style property is touched per card, and its previous
 * value (with its priority) is kept so `restore` puts the card back exactly.
 */
import type { MatchResult } from '@/utils/matching/result';
import type { DisplayMode, DisplaySettings } from '@/utils/settings';

/** An offer counts as matching when it is not a "no" and reaches the minimum score. */
export function isMatching(result: MatchResult, settings: Pick<DisplaySettings, 'minScore'>): boolean {
  return result.verdict !== 'no' && result.score >= settings.minScore;
}

/** The effect a mode has on a card: none, dim or hide. */
export type CardEffect = 'none' | 'dim' | 'hide';

/** What a card becomes in this mode. */
export function cardEffect(matching: boolean, mode: DisplayMode): CardEffect {
  if (matching || mode === 'mark') return 'none';
  return mode;
}

/** A card's style before we touched it. */
export interface SavedStyle {
  property: 'opacity' | 'display';
  value: string;
  priority: string;
  /** Whether the card had a style attribute at all (so an untouched card gets none back). */
  hadAttribute: boolean;
}

const EFFECT_STYLE: Record<
  Exclude<CardEffect, 'none'>,
  { property: SavedStyle['property']; value: string }
> = {
  dim: { property: 'opacity', value: '0.35' },
  hide: { property: 'display', value: 'none' },
};

/** Applies an effect to a card, restoring any previous one first; returns what to restore later. */
export function applyEffect(card: Element, effect: CardEffect, saved: SavedStyle | null): SavedStyle | null {
  restoreStyle(card, saved);
  if (effect === 'none') return null;
  const style = (card as HTMLElement).style;
  if (!style) return null;
  const { property, value } = EFFECT_STYLE[effect];
  const before: SavedStyle = {
    property,
    value: style.getPropertyValue(property),
    priority: style.getPropertyPriority(property),
    hadAttribute: card.hasAttribute('style'),
  };
  // !important: the page's own rules must not undo a hidden card.
  style.setProperty(property, value, 'important');
  return before;
}

/** Puts back the style a card had before `applyEffect`. */
export function restoreStyle(card: Element, saved: SavedStyle | null): void {
  const style = (card as HTMLElement).style;
  if (!saved || !style) return;
  if (saved.value === '') style.removeProperty(saved.property);
  else style.setProperty(saved.property, saved.value, saved.priority);
  if (style.length === 0 && !saved.hadAttribute) card.removeAttribute('style');
}
