import { BOARD } from './boards';
import { type CardExtra, type CardSpec, extractCards, outermost, pickFields } from './card-spec';
import { pick, safeQuery, safeQueryAll, walkUpToCard } from './dom';
import { type MosaicJob, readMosaicJobs } from './indeed-mosaic';
import { extractJobPostings } from './jsonld';
import { fillMissing, makeOffer } from './offer';
import { textOf } from './text';
import type { CardMemo, ExtractedOffer, SiteAdapter } from './types';
import { extractLayoutWithin } from './within';

// Search results (2026-07 snapshot of the same markup family in tests/fixtures/pages/indeed/).
export const INDEED_SPEC: CardSpec = {
  cards: ['div.job_seen_beacon', 'div.jobcard-compact'],
  fields: {
    title: ['.jobTitle span[title]', 'a.jcs-JobTitle', '.jobTitle', '[id^="jobTitle-"]'],
    company: ['[data-testid="company-name"]', '.companyName'],
    location: ['[data-testid="text-location"]', '.companyLocation'],
  },
  links: ['a[data-jk]', 'a.jcs-JobTitle', 'a[href*="jk="]'],
};

// Offer page (/viewjob?jk=…), as served in 2025-2026.
const OFFER_TITLE = [
  'h1.jobsearch-JobInfoHeader-title',
  '[data-testid="jobsearch-JobInfoHeader-title"]',
  'h1',
];
export const INDEED_OFFER_FIELDS = {
  // The h1 ends with a visually hidden "- job post": its first span is the title alone.
  title: [
    'h1.jobsearch-JobInfoHeader-title span:first-child',
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    'h1',
  ],
  company: ['[data-testid="inlineHeader-companyName"]', '[data-company-name="true"]'],
  location: [
    '[data-testid="inlineHeader-companyLocation"]',
    '[data-testid="job-location"]',
    '#jobLocationText',
  ],
  salary: ['#salaryInfoAndJobType span:first-child'],
  contract: ['#salaryInfoAndJobType span:nth-child(2)'],
} as const;

const SALARY = /\d.*(€|\$|£|EGP|par (an|mois|heure|jour)|an hour|a year|a month)/i;
const WORK_TIME = /^(temps plein|temps partiel|full-time|part-time)$/i;
const CONTRACT =
  /^(CDI|CDD|Intérim|Stage|Alternance|Apprentissage|Freelance|Indépendant|Contrat pro|Contract|Temporary|Internship|Permanent)/i;
const JOB_KEY = /^[0-9a-f]{8,20}$/i;
const OFFER_PATH = /^\/(m\/)?viewjob/;

const validKey = (key: string | null | undefined) => (key && JOB_KEY.test(key) ? key : undefined);
const viewUrl = (url: URL, key: string) => `${url.origin}/viewjob?jk=${key}`;

function jobKey(card: Element): string | undefined {
  return validKey(safeQuery(card, 'a[data-jk]')?.getAttribute('data-jk') ?? card.getAttribute('data-jk'));
}

/** What the card's fields leave unread, from the card alone. */
const readExtra: CardExtra = (card, fields, url) => {
  // Salary, contract and working time share the same chips: sort them by what they say.
  for (const chip of safeQueryAll(
    card,
    '[data-testid="attribute_snippet_testid"], .salary-snippet-container',
  )) {
    const text = textOf(chip);
    if (!fields.salary && SALARY.test(text)) fields.salary = text;
    else if (!fields.workTime && WORK_TIME.test(text)) fields.workTime = text;
    else if (!fields.contract && CONTRACT.test(text)) fields.contract = text;
  }
  const key = jobKey(card);
  if (key) fields.url = viewUrl(url, key);
  return key ? { id: key } : undefined;
};

function listingCards(root: ParentNode, url: URL, memo?: CardMemo): ExtractedOffer[] {
  const found = extractCards(root, url, INDEED_SPEC, readExtra, memo);
  return found.length > 0 ? found.filter(visible) : anchorCards(root, url);
}

const visible = (offer: ExtractedOffer) => !isDecoy(offer.element);

// Indeed plants a decoy card (aria-hidden, tabindex -1, a job key absent from its
// own card data) among the results: it is no offer, it must not be marked or counted.
function isDecoy(card: Element): boolean {
  return card.closest('[aria-hidden="true"]') !== null;
}

// When the card classes change, the job-key anchors remain: walk up to their card.
// Anchors with no text are skipped (Indeed keeps one hidden dummy `data-jk` anchor).
function anchorCards(root: ParentNode, url: URL): ExtractedOffer[] {
  const offerKey = (a: Element) => validKey(a.getAttribute('data-jk'));
  const anchors = safeQueryAll(root, 'a[data-jk]').filter(
    (a) => offerKey(a) !== undefined && textOf(a) !== '' && !isDecoy(a),
  );
  const cards = outermost(anchors.map((a) => walkUpToCard(a, offerKey)));
  return cards.map((card) => {
    const key = jobKey(card);
    return makeOffer(
      card,
      { title: textOf(safeQuery(card, 'a[data-jk]')), url: key && viewUrl(url, key) },
      key ? { id: key } : undefined,
    );
  });
}

let mosaic: [string, Map<string, MosaicJob>] | undefined;

/** Adds what mosaic-data knows (salary bounds, job types, fields the card lacks) to the cards, by job key. */
function mergeMosaic(root: ParentNode, offers: ExtractedOffer[]): ExtractedOffer[] {
  const script = safeQuery(root, 'script#mosaic-data');
  if (!script) return offers;
  // The script is the same on every pass (cards added later are not in it): its last reading is kept.
  const text = script.textContent ?? '';
  if (mosaic?.[0] !== text) mosaic = [text, readMosaicJobs(text)];
  const jobs = mosaic[1];
  if (jobs.size === 0) return offers;
  return offers.map((offer) => {
    const job = offer.structured?.id ? jobs.get(offer.structured.id) : undefined;
    return job ? fillMissing(offer, job.fields, job.structured) : offer;
  });
}

function offerPage(root: ParentNode, url: URL): ExtractedOffer[] {
  const element = pick(root, OFFER_TITLE);
  if (!element) return extractJobPostings(root, url);
  const key = url.searchParams.get('jk');
  const fields = pickFields(root, INDEED_OFFER_FIELDS);
  // Printed as " - CDI" after the salary.
  fields.contract = fields.contract?.replace(/^[-–\s]+/, '');
  const valid = validKey(key);
  fields.url = valid ? viewUrl(url, valid) : url.href;
  const page = makeOffer(element, fields, key ? { id: key } : undefined);
  const data = extractJobPostings(root, url)[0];
  return [data ? fillMissing(page, data, data.structured) : page];
}

export const indeed: SiteAdapter = {
  ...BOARD.indeed,
  isListing: (url) => /^\/(jobs|emplois|q-)/.test(url.pathname),
  extract(root, url, memo) {
    if (OFFER_PATH.test(url.pathname)) return offerPage(root, url);
    return mergeMosaic(root, listingCards(root, url, memo));
  },
  // Cards added later (next page, "more jobs") read alone; the mosaic data may still know a card put back.
  extractWithin(roots, url, memo) {
    const doc = roots[0]?.ownerDocument;
    const found = OFFER_PATH.test(url.pathname)
      ? null
      : extractLayoutWithin(roots, url, INDEED_SPEC, readExtra, memo);
    return found && doc ? mergeMosaic(doc, found.filter(visible)) : null;
  },
};
