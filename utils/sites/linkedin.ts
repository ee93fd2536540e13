import { BOARD } from './boards';
import { type CardExtra, type CardSpec, extractCards, leafMatching } from './card-spec';
import { pick, pickText, safeQueryAll, walkUpToCard } from './dom';
import { extractJobPostings } from './jsonld';
import { makeOffer } from './offer';
import { nonEmpty, textOf } from './text';
import type { ExtractedOffer, SiteAdapter } from './types';
import { extractLayoutWithin } from './within';

// LinkedIn runs heavy A/B tests: each layout below is tried in turn, and the
// link-walking fallback keeps working when every class has changed.

/** Logged-out search (2026-02 snapshot in tests/fixtures/pages/linkedin/). */
export const LINKEDIN_GUEST_SPEC: CardSpec = {
  cards: ['.base-search-card', 'div.base-card'],
  fields: {
    title: ['h3.base-search-card__title', '.base-search-card__title', 'a.base-card__full-link .sr-only'],
    company: ['h4.base-search-card__subtitle', '.base-search-card__subtitle'],
    location: ['.job-search-card__location'],
    salary: ['.job-search-card__salary-info'],
  },
  links: ['a.base-card__full-link', 'a[href*="/jobs/view/"]'],
};

/** Logged-in classic layout (/jobs/search/, /jobs/collections/). */
export const LINKEDIN_CLASSIC_SPEC: CardSpec = {
  cards: ['[data-occludable-job-id]', '[data-job-id]'],
  fields: {
    title: [
      '.job-card-list__title--link strong',
      'a.job-card-container__link span[aria-hidden="true"]',
      '.job-card-list__title',
      'a.job-card-container__link',
    ],
    company: [
      '.artdeco-entity-lockup__subtitle',
      '.job-card-container__primary-description',
      '.job-card-container__company-name',
    ],
    location: [
      '.job-card-container__metadata-wrapper li',
      '.job-card-container__metadata-item',
      '.artdeco-entity-lockup__caption',
    ],
  },
  links: ['a[href*="/jobs/view/"]', 'a[href*="currentJobId="]'],
};

// The new layout has no links and hashed classes: its text lines are, in order,
// title, company, place, then optional salary and insights (read by its extra, below).
const LINKEDIN_NEW_SPEC: CardSpec = {
  cards: ['[componentkey^="job-card-component-ref-"]'],
  fields: {},
  links: [],
};
const OFFER_LINKS = ['a[href*="/jobs/view/"]', 'a[href*="currentJobId="]'];
const JOB_ID = /\/jobs\/view\/(?:[^/?#]*-)?(\d{6,})|currentJobId=(\d+)|jobPosting:(\d+)/;

/** The LinkedIn job id in a link, URN or component key. */
export function linkedinJobId(text: string | null | undefined): string | undefined {
  const match = JOB_ID.exec(text ?? '');
  return match?.[1] ?? match?.[2] ?? match?.[3];
}

function viewUrl(id: string): string {
  return `https://www.linkedin.com/jobs/view/${id}/`;
}

const guestExtra: CardExtra = (card, fields) => {
  // The link carries tracking parameters (position, refId, trackingId) that identify the search, not the offer.
  if (fields.url) fields.url = fields.url.replace(/[?#].*$/, '');
  const id = linkedinJobId(card.getAttribute('data-entity-urn'));
  return id ? { id } : undefined;
};

const classicExtra: CardExtra = (card, fields) => {
  const id = card.getAttribute('data-occludable-job-id') ?? card.getAttribute('data-job-id') ?? undefined;
  fields.salary = leafMatching(card, 'li, span, div', /\d.*(€|\$|£)/);
  if (id && /^\d+$/.test(id)) fields.url = viewUrl(id);
  return id ? { id } : undefined;
};

const newExtra: CardExtra = (card, fields) => {
  const id = /job-card-component-ref-(\d+)/.exec(card.getAttribute('componentkey') ?? '')?.[1];
  const lines = safeQueryAll(card, 'p')
    .map((p) => textOf(p))
    .filter((line) => line !== '');
  const title = textOf(pick(card, ['strong', '[aria-hidden="true"]'])) || lines[0];
  const rest = lines.filter((line) => !title || !line.startsWith(title));
  fields.title = title;
  fields.company = rest[0];
  fields.location = rest[1];
  fields.salary = rest.find((line) => /\d.*(€|\$|£)/.test(line));
  fields.url = id ? viewUrl(id) : undefined;
  return id ? { id } : undefined;
};

const titled = (card: Element) => pickText(card, LINKEDIN_CLASSIC_SPEC.fields.title ?? []) !== undefined;

// The card layouts in the order tried; LinkedIn empties the classic cards scrolled out of view
// ("occluded"): an untitled one is skipped now and read when it is filled again.
const LAYOUTS: [CardSpec, CardExtra, typeof titled?][] = [
  [LINKEDIN_GUEST_SPEC, guestExtra],
  [LINKEDIN_CLASSIC_SPEC, classicExtra, titled],
  [LINKEDIN_NEW_SPEC, newExtra],
];

function linkFallback(root: ParentNode): ExtractedOffer[] {
  const offerKey = (a: Element) => linkedinJobId(a.getAttribute('href'));
  const seen = new Set<Element>();
  const offers: ExtractedOffer[] = [];
  for (const link of safeQueryAll(root, OFFER_LINKS.join(','))) {
    const id = offerKey(link);
    if (!id) continue;
    const card = walkUpToCard(link, offerKey);
    if (seen.has(card)) continue;
    seen.add(card);
    const title = nonEmpty(textOf(link)) ?? nonEmpty(link.getAttribute('aria-label'));
    offers.push(makeOffer(card, { title, url: viewUrl(id) }, { id }));
  }
  return offers;
}

export const linkedin: SiteAdapter = {
  ...BOARD.linkedin,
  isListing: (url) => url.pathname.startsWith('/jobs/') && !url.pathname.startsWith('/jobs/view/'),
  extract(root, url, memo) {
    if (url.pathname.startsWith('/jobs/view/')) {
      const postings = extractJobPostings(root, url, ['h1.top-card-layout__title', 'h1']);
      if (postings.length > 0) return postings;
    }
    // The first layout that finds an offer is the page's.
    for (const [spec, extra, kept] of LAYOUTS) {
      const offers = extractCards(root, url, spec, extra, memo).filter((o) => !kept || o.title);
      if (offers.length > 0) return offers;
    }
    return linkFallback(root);
  },
  // Only the first layout with a card on the page may read added nodes alone, once the page had an
  // offer of it; the link walk never does (a new link may narrow the card of an old one).
  extractWithin(roots, url, memo) {
    const doc = roots[0]?.ownerDocument;
    const layout = url.pathname.startsWith('/jobs/view/')
      ? undefined
      : LAYOUTS.find(([spec]) => doc && pick(doc, spec.cards));
    const offers = layout && extractLayoutWithin(roots, url, layout[0], layout[1], memo, layout[2]);
    return offers ? offers.filter((o) => !layout[2] || o.title) : null;
  },
};
