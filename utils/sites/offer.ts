import { nonEmpty } from './text';
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
  for (const field of OFFER_FIELDS) {
    const value = nonEmpty(fields[field]);
    if (value === undefined) offer.missing.push(field);
    else offer[field] = value;
  }
  if (structured && Object.keys(structured).length > 0) offer.structured = structured;
  return offer;
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
