import { boardFor } from './boards';
import { absoluteUrl, pick, safeQuery, safeQueryAll } from './dom';
import { type JobPostingReading, readJobPosting } from './job-posting';
import { findJsonLdPostings } from './jsonld-scripts';
import { findMicrodataPostings } from './microdata';
import { makeOffer } from './offer';
import { textOf } from './text';
import type { ExtractedOffer, SiteAdapter } from './types';

/** A JobPosting found on the page, with the element that carries it when it is microdata. */
export interface FoundPosting {
  reading: JobPostingReading;
  element?: Element;
}

/** Every schema.org JobPosting on the page: JSON-LD (object, array, @graph, ItemList) then microdata. */
export function findJobPostings(root: ParentNode): FoundPosting[] {
  const found: FoundPosting[] = findJsonLdPostings(root).map((posting) => ({
    reading: readJobPosting(posting),
  }));
  for (const { element, posting } of findMicrodataPostings(root)) {
    found.push({ reading: readJobPosting(posting), element });
  }
  return found;
}

/**
 * The element that stands for the offer on a detail page: the board's own
 * selectors first, then the h1, a heading that reads the offer title, main, body.
 */
export function detailElement(
  root: ParentNode,
  title?: string,
  preferred: readonly string[] = [],
): Element | null {
  const page = root as Partial<Document>;
  return (
    pick(root, [...preferred, 'h1']) ??
    (title ? safeQueryAll(root, 'h2, h3, [role="heading"]').find((h) => textOf(h) === title) : undefined) ??
    pick(root, ['main', '[role="main"]']) ??
    // A document's body (its root element when it has none); any other root stands for itself if an element.
    page.body ??
    page.documentElement ??
    ((root as Node).nodeType === 1 ? (root as Element) : null)
  );
}

/**
 * Offers read from the page's JobPosting data. A single posting is the page's
 * offer and takes the detail element. When a page holds several (an ItemList),
 * each takes the list item of a link to its URL; a posting left without an
 * element of its own is left out (one element must never carry two offers).
 */
export function extractJobPostings(
  root: ParentNode,
  url: URL,
  preferred: readonly string[] = [],
): ExtractedOffer[] {
  const postings = findJobPostings(root);
  const offers: ExtractedOffer[] = [];
  const used = new Set<Element>();
  for (const [index, { reading, element }] of postings.entries()) {
    const postingUrl = absoluteUrl(reading.fields.url, url);
    let card: Element | null | undefined = element
      ? (pick(element, ['h1', '[itemprop="title"]']) ?? element)
      : null;
    if (!card && postings.length > 1 && postingUrl) card = linkCard(root, postingUrl, url);
    if (!card && index === 0) card = detailElement(root, reading.fields.title, preferred);
    if (!card || used.has(card)) continue;
    used.add(card);
    const fallbackUrl = postings.length === 1 ? url.href : undefined;
    offers.push(makeOffer(card, { ...reading.fields, url: postingUrl ?? fallbackUrl }, reading.structured));
  }
  return offers;
}

function linkCard(root: ParentNode, target: string, base: URL): Element | undefined {
  const link = safeQueryAll(root, 'a[href]').find(
    (a) => absoluteUrl(a.getAttribute('href'), base) === target,
  );
  return link ? (link.closest('li, article') ?? link) : undefined;
}

// What a reading looks at, broadly: scripts (JSON-LD) and microdata, and the links, headings and main
// part that place a posting (inline scripts: JSON-LD is never fetched). Plain selectors: the `i` flag is missing from some DOMs (happy-dom).
const READ = 'script:not([src]),[itemtype],a,h1,h2,h3,[role],main';

/** Generic reader of schema.org JobPosting, for offer pages of any site (no board adapter needed). */
export const jsonld: SiteAdapter = {
  id: 'jsonld',
  name: 'schema.org JobPosting',
  // Registered at run time on hosts the user enables ("Activer sur ce site"), never in the manifest.
  matches: [],
  // A host enabled by hand may hold a board's pages too (www.linkedin.com/jobs/): the board's switch is theirs.
  siteKey: (url) => boardFor(url)?.id ?? url.hostname,
  extract: (root, url) => extractJobPostings(root, url),
  // Which element carries a posting, and whether it is kept, depend on every posting of the page:
  // added nodes are read alone only when they hold nothing a reading looks at (no new offer then).
  extractWithin: (roots) =>
    roots.length === 0 ||
    roots.some((root) => root.matches(READ) || safeQuery(root, READ) || root.closest('[itemtype]'))
      ? null
      : [],
};
