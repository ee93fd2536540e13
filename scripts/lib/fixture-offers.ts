/**
 * Every offer the real (not synthetic) fixtures hold: the Offres v2 answer's
 * offers and what the site adapters read on the real saved pages. Shared by
 * the benchmarks (recombined into larger corpora) and eval:matching (their
 * titles as boards write them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toOfferInput } from '../../utils/highlight/to-offer-input';
import type { OfferInput } from '../../utils/matching/offer';
import { offresAnswerSchema, offresOfferInput } from './offres-v2';
import { extractPage } from './scan';

const FIXTURES = join(import.meta.dirname, '../../tests/fixtures');

/** The real (not synthetic) saved pages, with the URL each was saved from. */
const REAL_PAGES: ReadonlyArray<[file: string, url: string]> = [
  [
    'pages/hellowork/listing-developpeur-montpellier-2026-03.html',
    'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=developpeur&l=Montpellier',
  ],
  [
    'pages/hellowork/detail-employe-fruits-legumes-2025-05.html',
    'https://www.hellowork.com/fr-fr/emplois/63544911.html',
  ],
  ['pages/wttj/listing-2026-02.html', 'https://www.welcometothejungle.com/fr/jobs?query=&page=1'],
  ['pages/linkedin/guest-listing-stage-france-2026-02.html', 'https://fr.linkedin.com/jobs/stage-emplois'],
  ['pages/indeed/listing-egypt-english-2026-07.html', 'https://eg.indeed.com/jobs?q=developer'],
];

/** Every OfferInput read from the real fixtures. */
export function fixtureOffers(): OfferInput[] {
  const answer = offresAnswerSchema.parse(
    JSON.parse(readFileSync(join(FIXTURES, 'matching/offres-v2-search-response-2024-07.json'), 'utf8')),
  );
  const offers = answer.resultats.map(offresOfferInput);
  for (const [file, url] of REAL_PAGES) {
    const html = readFileSync(join(FIXTURES, file), 'utf8');
    offers.push(...extractPage(html, new URL(url)).offers.map(toOfferInput));
  }
  return offers;
}
