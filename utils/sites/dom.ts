import { cleanText, textOf } from './text';

/** The first element matched by the first selector that matches anything (selectors tried in order). */
export function pick(root: ParentNode, selectors: readonly string[]): Element | null {
  for (let i = 0; i < selectors.length; i++) {
    const found = safeQuery(root, selectors[i] as string);
    if (found) return found;
  }
  return null;
}

/**
 * The non-empty text of the first selector that yields some (selectors tried in order); `found[key]`,
 * when given, gets the element it is read from (the title's, for the badge).
 */
export function pickText(
  root: ParentNode,
  selectors: readonly string[],
  found?: Record<string, Element | undefined>,
  key = '',
): string | undefined {
  // Indexed loops here and below, not for…of: until the engine optimises it (a pass is over before),
  // each step of an array iterator allocates, and these loops run for every field of every card.
  for (let i = 0; i < selectors.length; i++) {
    const selector = selectors[i] as string;
    // The first match nearly always has the text: querySelector stops there, querySelectorAll would not.
    const first = safeQuery(root, selector);
    if (!first) continue;
    // Clean already: empty or not is all that is left to tell.
    let text = leafText(first);
    let element = first;
    if (!text) {
      for (element of safeQueryAll(root, selector).slice(1)) {
        text = leafText(element);
        if (text) break;
      }
    }
    if (text) {
      if (found) found[key] = element;
      return text;
    }
  }
  return undefined;
}

/** textOf, read in one call where the element holds only text (most fields: nothing inside to skip or break on). */
function leafText(element: Element): string {
  return element.firstElementChild ? textOf(element) : cleanText(element.textContent);
}

/** All elements of the first selector that matches anything (selectors tried in order). */
export function pickAll(root: ParentNode, selectors: readonly string[]): Element[] {
  for (let i = 0; i < selectors.length; i++) {
    const found = safeQueryAll(root, selectors[i] as string);
    if (found.length > 0) return found;
  }
  return [];
}

/** querySelector that answers null instead of throwing on a selector the DOM implementation rejects. */
export function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** querySelectorAll as an array, empty instead of throwing. */
export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  let found: NodeListOf<Element>;
  try {
    found = root.querySelectorAll(selector);
  } catch {
    return [];
  }
  // An indexed copy, not Array.from: Chromium's NodeList iterator made this twice as slow.
  const elements = new Array<Element>(found.length);
  for (let i = 0; i < elements.length; i++) elements[i] = found[i] as Element;
  return elements;
}

// Segments of unreserved characters, none "." or "..", no query or fragment.
const PLAIN_PATH = /^(?:\/[\w~-][\w.~-]*)+\/?$/;

// The last page URL a plain path was joined to: its href, and its origin when it has no credentials
// and is http(s). Reading a URL's parts is a call into the browser each time, and a pass joins
// every card's link to the same page URL.
let lastBase: { url: URL; href: string; origin: string | undefined } | undefined;

function plainOrigin(base: URL): string | undefined {
  const href = base.href;
  if (lastBase?.url !== base || lastBase.href !== href) {
    const plain = /^https?:$/.test(base.protocol) && !base.username && !base.password;
    lastBase = { url: base, href, origin: plain ? base.origin : undefined };
  }
  return lastBase.origin;
}

/** Resolves an href against the page URL; undefined for empty, unparsable or non-http(s) links. */
export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  const path = href.trim();
  // A plain absolute path (the boards' usual link) needs no URL parser: nothing in it to resolve or encode.
  const origin = PLAIN_PATH.test(path) ? plainOrigin(base) : undefined;
  if (origin !== undefined) return origin + path;
  try {
    const resolved = new URL(path, base);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** The href of the first matching link, made absolute; `found[key]`, when given, gets the link. */
export function pickUrl(
  root: ParentNode,
  selectors: readonly string[],
  base: URL,
  found?: Record<string, Element | undefined>,
  key = '',
): string | undefined {
  for (let i = 0; i < selectors.length; i++) {
    const selector = selectors[i] as string;
    const first = safeQuery(root, selector);
    if (!first) continue;
    let url = absoluteUrl(first.getAttribute('href'), base);
    let link = first;
    if (!url) {
      for (link of safeQueryAll(root, selector).slice(1)) {
        url = absoluteUrl(link.getAttribute('href'), base);
        if (url) break;
      }
    }
    if (url) {
      if (found) found[key] = link;
      return url;
    }
  }
  return undefined;
}

/**
 * Walks up from an offer link to the largest ancestor that still holds only
 * this one offer: stops before an ancestor that contains a link to another
 * offer (`offerKey` tells which offer a link points to, undefined for other links).
 */
export function walkUpToCard(start: Element, offerKey: (a: Element) => string | undefined): Element {
  const key = offerKey(start);
  let card = start;
  for (let parent = start.parentElement; parent; parent = parent.parentElement) {
    const tag = parent.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN') break;
    const other = safeQueryAll(parent, 'a[href]').some((link) => {
      const linkKey = offerKey(link);
      return linkKey !== undefined && linkKey !== key;
    });
    if (other) break;
    card = parent;
    // A list item is the natural card boundary on every board seen.
    if (tag === 'LI' || tag === 'ARTICLE') break;
  }
  return card;
}
