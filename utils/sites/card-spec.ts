import { dedupe } from './dedupe';
import { absoluteUrl, pickAll, pickText, pickUrl, safeQuery, safeQueryAll } from './dom';
import { makeOffer, type OfferFields } from './offer';
import { cleanText, nonEmpty, textOf } from './text';
import type { CardMemo, CardNames, ExtractedOffer, OfferField, StructuredOffer } from './types';

/** Where a board puts an offer card and its fields: several selectors each, tried in order. */
export interface CardSpec {
  cards: readonly string[];
  fields: FieldSelectors;
  links: readonly string[];
}

/** Where each field's text is: several selectors per field, tried in order. */
export type FieldSelectors = Partial<Record<Exclude<OfferField, 'url'>, readonly string[]>>;

/** The element each field was read from (the link for `url`), for the badge and for a board's extra reading. */
export type FoundElements = Partial<Record<OfferField, Element>>;

/**
 * The text of each field found under `root` (offer pages and cards alike); `found`, when given, gets the
 * element each field is read from.
 */
export function pickFields(
  root: ParentNode,
  selectors: FieldSelectors,
  found?: FoundElements,
  fields: OfferFields = {},
): OfferFields {
  // for…in, not Object.entries: no array of pairs made for every card.
  for (const field in selectors) {
    const list = selectors[field as Exclude<OfferField, 'url'>];
    // A field the caller read already (the title, read first) is not looked for again.
    if (list && !(field in fields)) fields[field as OfferField] = pickText(root, list, found, field);
  }
  return fields;
}

/**
 * Reads the fields of one card following a spec (links made absolute against the page URL); `found`,
 * when given, gets the element each field is read from.
 */
export function readCard(
  card: Element,
  spec: CardSpec,
  base: URL,
  found?: FoundElements,
  read?: OfferFields,
): OfferFields {
  const fields = pickFields(card, spec.fields, found, read);
  fields.url =
    pickUrl(card, spec.links, base, found, 'url') ??
    absoluteUrl(card.closest('a[href]')?.getAttribute('href'), base);
  return fields;
}

/**
 * What a board reads on a card beyond its spec's fields; `found` holds the elements the fields were read
 * from (so the board need not look for them again). It may fill a title the spec found none of, never
 * replace one: the highlighter decides from the spec's title alone whether the rest of a card is read
 * (CardMemo.wantsRest), and this extra is part of that rest.
 */
export type CardExtra = (
  card: Element,
  fields: OfferFields,
  url: URL,
  found: FoundElements,
) => StructuredOffer | undefined;

/**
 * Finds the cards of a spec and reads each (a card nested in another found
 * card is dropped); a card already in `memo` is not read again. `extra` must
 * read only inside the card, so that its reading can be kept.
 */
export function extractCards(
  root: ParentNode,
  url: URL,
  spec: CardSpec,
  extra?: CardExtra,
  memo?: CardMemo,
): ExtractedOffer[] {
  return readCards(outermostInOrder(pickAll(root, spec.cards)), url, spec, extra, memo);
}

/**
 * `extractCards` for the cards that are or lie in `roots` (nodes the page just added): the same
 * selector a whole-page pass would use, found in the added nodes only. Null when only a whole
 * pass can tell (no card on the page yet, or a root inside a card).
 */
export function extractCardsWithin(
  roots: readonly Element[],
  url: URL,
  spec: CardSpec,
  extra?: CardExtra,
  memo?: CardMemo,
): ExtractedOffer[] | null {
  const doc = roots[0]?.ownerDocument;
  const selector = doc ? spec.cards.find((s) => safeQuery(doc, s)) : undefined;
  if (!selector) return null;
  const cards: Element[] = [];
  try {
    for (const root of outermost(roots)) {
      if (!root.isConnected) continue;
      if (root.parentElement?.closest(selector)) return null;
      if (root.matches(selector)) cards.push(root);
      else cards.push(...outermostInOrder(Array.from(root.querySelectorAll(selector))));
    }
  } catch {
    return null;
  }
  return readCards(cards, url, spec, extra, memo);
}

function readCards(
  cards: readonly Element[],
  url: URL,
  spec: CardSpec,
  extra: CardExtra | undefined,
  memo: CardMemo | undefined,
): ExtractedOffer[] {
  return cards.map((card) => {
    const known = memo?.get(card);
    if (known) return known;
    const found: FoundElements = {};
    const titleFirst = titleOnly(card, spec, memo, found);
    const offer = titleFirst.offer ?? readWhole(card, url, spec, extra, found, titleFirst.fields);
    if (found.title && offer.title) offer.titleElement = found.title;
    memo?.set(card, offer);
    return offer;
  });
}

/**
 * The title alone, when the memo wants no more of a card with that title (`offer`, partial); else the
 * fields read so far (the title, or none), for the whole reading to go on from.
 */
function titleOnly(
  card: Element,
  spec: CardSpec,
  memo: CardMemo | undefined,
  found: FoundElements,
): { offer?: ExtractedOffer; fields?: OfferFields } {
  const selectors = spec.fields.title;
  if (!memo?.wantsRest || !selectors) return {};
  const fields: OfferFields = { title: pickText(card, selectors, found, 'title') };
  // No title from the spec: the board's extra may still find one, so the whole card is read.
  if (fields.title === undefined) return { fields };
  const offer = makeOffer(card, fields);
  // Read on demand into `fields`, so that a card read whole after all does not read them twice.
  const names = (): CardNames => {
    for (const field of NAME_FIELDS) {
      const list = spec.fields[field];
      if (list && !(field in fields)) fields[field] = pickText(card, list, found, field);
    }
    return { location: fields.location, company: fields.company };
  };
  if (offer.title === undefined || memo.wantsRest(offer.title, names)) return { fields };
  offer.partial = true;
  return { offer };
}

/** The fields a title may name (CardMemo.wantsRest). */
const NAME_FIELDS = ['location', 'company'] as const;

function readWhole(
  card: Element,
  url: URL,
  spec: CardSpec,
  extra: CardExtra | undefined,
  found: FoundElements,
  read: OfferFields | undefined,
): ExtractedOffer {
  const fields = readCard(card, spec, url, found, read);
  return makeOffer(card, fields, extra?.(card, fields, url, found));
}

/** Drops elements contained in another element of the list, and duplicates. */
export function outermost(elements: readonly Element[]): Element[] {
  const unique = dedupe(elements, (el) => el);
  const set = new Set(unique);
  // Whether an element is or lies inside one of the list, remembered per ancestor: the cards of a
  // listing share their ancestors, so thousands of cards cost one walk up, not one each.
  const covered = new Map<Element, boolean>();
  const isCovered = (start: Element): boolean => {
    const path: Element[] = [];
    let answer = false;
    for (let el: Element | null = start; el; el = el.parentElement) {
      const known = covered.get(el);
      if (known !== undefined) {
        answer = known;
        break;
      }
      path.push(el);
      if (set.has(el)) {
        answer = true;
        break;
      }
    }
    for (const el of path) covered.set(el, answer || set.has(el));
    return answer;
  };
  return unique.filter((el) => !el.parentElement || !isCovered(el.parentElement));
}

/**
 * `outermost` for a list in document order without duplicates (what one querySelectorAll gives):
 * an element inside another of the list comes after it and inside the last one kept, so one
 * `contains` per element does (no walk up, no map of ancestors).
 */
export function outermostInOrder(elements: readonly Element[]): Element[] {
  const kept: Element[] = [];
  let last: Element | undefined;
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i] as Element;
    if (last?.contains(el)) continue;
    kept.push(el);
    last = el;
  }
  return kept;
}

/** The text of the element holding the first matched marker (an icon, an img alt), e.g. WTTJ, APEC. */
export function textBeside(card: ParentNode, markers: readonly string[]): string | undefined {
  for (const marker of markers) {
    for (const found of safeQueryAll(card, marker)) {
      const text = nonEmpty(textOf(found.parentElement));
      if (text) return text;
    }
  }
  return undefined;
}

/**
 * The first leaf element whose text matches the pattern (a salary chip without a stable attribute);
 * `mark`, when given, is a character every match holds (not a space): leaves without it are not cleaned.
 */
export function leafMatching(
  card: Element,
  selector: string,
  pattern: RegExp,
  mark?: string,
): string | undefined {
  // Every leaf's text lies in the card's: a card without the mark has no match, found with one read
  // instead of a query and a read per leaf (half the HelloWork cards show no salary).
  if (mark && !card.textContent?.includes(mark)) return undefined;
  let elements: NodeListOf<Element>;
  try {
    elements = card.querySelectorAll(selector);
  } catch {
    return undefined;
  }
  // Indexed on the list itself: no array copied for every card, and its length read once.
  for (let i = 0, count = elements.length; i < count; i++) {
    const el = elements[i] as Element;
    // firstElementChild, not children.length: no HTMLCollection made for every div of every card.
    // A leaf's text is its textContent, cleaned: no tree walk needed (this runs on every div of every card).
    // Cleaning only touches spaces: a text without the mark cannot match once cleaned either.
    const raw = el.firstElementChild ? null : el.textContent;
    if (!raw || (mark && !raw.includes(mark))) continue;
    const text = cleanText(raw);
    if (text !== '' && pattern.test(text)) return text;
  }
  return undefined;
}

/** Removes a "Label : " prefix the boards put before a value ("Salaire : 40K à 55K €"). */
export function dropLabel(text: string | undefined): string | undefined {
  return text?.replace(/^[^:]{1,25}\s:\s*/, '') || undefined;
}
