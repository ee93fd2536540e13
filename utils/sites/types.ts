/** The fields an adapter tries to read on an offer card. */
export const OFFER_FIELDS = [
  'title',
  'company',
  'location',
  'contract',
  'salary',
  'workTime',
  'experience',
  'url',
] as const;

export type OfferField = (typeof OFFER_FIELDS)[number];

/** A salary as the page states it for machines (schema.org baseSalary, Indeed extractedSalary). */
export interface StructuredSalary {
  currency?: string;
  min?: number;
  max?: number;
  /** HOUR, DAY, WEEK, MONTH, YEAR (schema.org unitText, Indeed type upper-cased, "-LY" dropped). */
  unit?: string;
}

/** Values read from data the page embeds for machines (JSON-LD, microdata, Indeed mosaic-data). */
export interface StructuredOffer {
  /** The board's own offer id (Indeed job key, LinkedIn job id, France Travail offer id…). */
  id?: string;
  /** schema.org employmentType codes (FULL_TIME, TEMPORARY…) or Indeed job types, as given. */
  employmentType?: string[];
  baseSalary?: StructuredSalary;
  addressLocality?: string;
  postalCode?: string;
  addressRegion?: string;
  addressCountry?: string;
  monthsOfExperience?: number;
  datePosted?: string;
  validThrough?: string;
  occupationalCategory?: string;
}

/** One offer found on a page: the element to decorate and what could be read from it. */
export interface ExtractedOffer {
  /** The card to decorate (on a detail page, the main title element or the body). */
  element: Element;
  title?: string;
  /** The element the title was read from, where the adapter knows it: the badge goes by it without a search. */
  titleElement?: Element;
  company?: string;
  location?: string;
  contract?: string;
  salary?: string;
  workTime?: string;
  experience?: string;
  /** Absolute URL of the offer. */
  url?: string;
  structured?: StructuredOffer;
  /** Fields of OFFER_FIELDS that could not be read (on a partial offer, that were not read). */
  missing: OfferField[];
  /** Only the title was read: the memo's `wantsRest` had no use for the rest of this card. */
  partial?: true;
}

/**
 * What was read on each card, kept by the caller across passes so that a pass
 * after "load more" reads only the new cards. Only readings that depend on the
 * card alone go in (never data merged from elsewhere on the page).
 */
export interface CardMemo {
  get(card: Element): ExtractedOffer | undefined;
  set(card: Element, offer: ExtractedOffer): void;
  /**
   * Whether the rest of a card is worth reading once its title is read. The
   * highlighter says no for a title that fits none of the person's métiers:
   * such an offer is a "no" whatever else the card says, and most cards of a
   * listing are. Absent: every field of every card is read. `names` reads the
   * card's place and company, when asked: a title that holds them ("Data
   * Analyst - Paris") is read without them, and may fit then.
   */
  wantsRest?(title: string, names?: () => CardNames): boolean;
}

/** What of a card, besides its title, the title may name. */
export interface CardNames {
  location: string | undefined;
  company: string | undefined;
}

/**
 * A job board. Pure: DOM in, data out (no browser.*), so it runs on the live
 * page and on linkedom documents in Node.
 */
export interface SiteAdapter {
  id: string;
  name: string;
  /** Match patterns for the manifest content script. */
  matches: readonly string[];
  /** True for pages where offers are expected: finding none there means the site has changed. */
  isListing?(url: URL): boolean;
  /**
   * Finds the offers on the page; never throws on broken or hostile markup.
   * With a memo, a card already read is not read again (the caller forgets a
   * card whenever anything inside it changes).
   */
  extract(root: ParentNode, url: URL, memo?: CardMemo): ExtractedOffer[];
  /**
   * The offers of the cards that are or lie in `roots` (nodes the page added), for adapters whose
   * cards read alone; null when only `extract` on the whole page can tell (an offer page, no cards yet).
   */
  extractWithin?(roots: readonly Element[], url: URL, memo?: CardMemo): ExtractedOffer[] | null;
  /**
   * The key the person switches the site off by (display settings), as the popup names it: a
   * board's id, else the host. Without it, the adapter's id (a board adapter runs on its board only).
   */
  siteKey?(url: URL): string;
}
