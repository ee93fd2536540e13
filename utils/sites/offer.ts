import { cleanText } from './text';
import type { ExtractedOffer, OfferField, StructuredOffer } from './types';
import { OFFER_FIELDS } from './types';

export type OfferFields = Partial<Record<OfferField, string | undefined>>;

/** Builds an ExtractedOffer: cleans every field, drops empty ones and lists them in `missing`. */
export function makeOffer(
  element: Element,
  fields: OfferFields,
  structured?: StructuredOffer,
): ExtractedOffer {
  const offer: ExtractedOffer = { element, missing: [] };
  // Indexed, not for…of: an array iterator allocates at every step until the engine optimises it,
  // and a pass builds an offer for every card.
  for (let i = 0; i < OFFER_FIELDS.length; i++) {
    const field = OFFER_FIELDS[i] as OfferField;
    // nonEmpty without its calls for the fields a card lacks (most cards lack some).
    const raw = fields[field];
    const value = raw ? cleanText(raw) : '';
    if (value === '') offer.missing.push(field);
    else offer[field] = value;
  }
  if (structured && hasOwnKey(structured)) offer.structured = structured;
  return offer;
}

// Object.keys(…).length without the array.
function hasOwnKey(value: object): boolean {
  for (const key in value) if (Object.hasOwn(value, key)) return true;
  return false;
}

/** Fills the fields of `offer` that are still missing from `extra` (a JSON-LD reading, embedded data). */
export function fillMissing(
  offer: ExtractedOffer,
  extra: OfferFields,
  structured?: StructuredOffer,
): ExtractedOffer {
  const fields: OfferFields = {};
  for (const field of OFFER_FIELDS) fields[field] = offer[field] ?? extra[field];
  const merged = structured || offer.structured ? { ...structured, ...offer.structured } : undefined;
  const filled = makeOffer(offer.element, fields, merged);
  // The card's own title wins over `extra`'s, so the element it was read from still anchors the badge.
  if (offer.titleElement && offer.title) filled.titleElement = offer.titleElement;
  return filled;
}

/**
 * A detail page's own offer with the contract the page shows beside it, where its JSON-LD names none
 * (its employmentType says FULL_TIME, a working time). Several offers, or one with a contract: as they are.
 */
export function withPageContract(offers: ExtractedOffer[], contract: string | undefined): ExtractedOffer[] {
  const [offer] = offers;
  if (offers.length !== 1 || !offer || !contract || offer.contract !== undefined) return offers;
  return [fillMissing(offer, { contract })];
}
