import { BOARD } from './boards';
import { type CardExtra, type CardSpec, extractCards, extractCardsWithin } from './card-spec';
import { safeQuery } from './dom';
import { extractJobPostings } from './jsonld';
import { fillMissing } from './offer';
import { nonEmpty, textOf } from './text';
import type { SiteAdapter } from './types';

// candidat.francetravail.fr, as described in docs/job-boards.md (no real saved page yet:
// the fixtures are synthetic). Places read "69 - LYON 03": département, dash, commune.
export const FRANCETRAVAIL_SPEC: CardSpec = {
  cards: ['li.result[data-id-offre]', 'li.result'],
  fields: {
    title: ['h2 .media-heading-title', 'h2', 'h3'],
    location: ['p.subtext span', '[itemprop="addressLocality"]'],
    contract: ['.media-right p.contrat', 'p.contrat'],
  },
  links: ['a.media.with-fav', 'a[href*="/offres/recherche/detail/"]'],
};

const DETAIL_PATH = /^\/offres\/recherche\/detail\/[^/]+/;

// "Entreprise - 69 - Lyon" with the place in the inner span: the company is what comes before it.
function companyOf(card: Element): string | undefined {
  const subtext = safeQuery(card, 'p.subtext');
  if (!subtext) return undefined;
  const place = textOf(safeQuery(subtext, 'span'));
  const whole = textOf(subtext);
  const before = place ? whole.slice(0, whole.lastIndexOf(place)) : whole;
  return nonEmpty(before.replace(/\s*-\s*$/, ''));
}

// The offer page writes the contract as bare text in the same <dd> as the
// microdata employmentType ("Contrat à durée indéterminée<br><span>Temps plein</span>").
function contractBesideWorkTime(root: ParentNode): string | undefined {
  const workTime = safeQuery(root, '[itemtype*="JobPosting"] [itemprop="employmentType"]');
  const holder = workTime?.parentElement;
  if (!workTime || !holder) return undefined;
  const whole = textOf(holder);
  const own = textOf(workTime);
  return nonEmpty(own ? whole.replace(own, '') : whole);
}

/** What the card's fields leave unread, from the card alone. */
const readExtra: CardExtra = (card, fields, url) => {
  fields.company = companyOf(card);
  // "CDI<br>Temps plein": the contract, then the working time.
  const split = /^(.*?)\s*(temps (?:plein|partiel))$/i.exec(fields.contract ?? '');
  if (split) {
    fields.contract = split[1];
    fields.workTime = split[2];
  }
  const id = card.getAttribute('data-id-offre') ?? undefined;
  if (id) fields.url = new URL(`/offres/recherche/detail/${encodeURIComponent(id)}`, url).href;
  return id ? { id } : undefined;
};

export const francetravail: SiteAdapter = {
  ...BOARD.francetravail,
  isListing: (url) => url.pathname === '/offres/recherche' || url.pathname === '/offres/recherche/',
  extract(root, url, memo) {
    if (DETAIL_PATH.test(url.pathname)) {
      return extractJobPostings(root, url, ['h1[itemprop="title"]', 'h1']).map((offer) =>
        offer.contract ? offer : fillMissing(offer, { contract: contractBesideWorkTime(root) }),
      );
    }
    return extractCards(root, url, FRANCETRAVAIL_SPEC, readExtra, memo);
  },
  extractWithin: (roots, url, memo) =>
    DETAIL_PATH.test(url.pathname)
      ? null
      : extractCardsWithin(roots, url, FRANCETRAVAIL_SPEC, readExtra, memo),
};
