/**
 * What the extension should mark on a saved page: the same pure pipeline run
 * here in Node (a match profile, the site's adapter, the scorer), so
 * end-to-end tests check that the browser does what the engine says.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { loadCommunes, loadLexicon } from '../../../scripts/data/load-assets';
import { toOfferInput } from '../../../utils/highlight/to-offer-input';
import { deriveMatchProfile } from '../../../utils/matching/derive-match-profile';
import type { MatchProfile } from '../../../utils/matching/match-profile';
import { compileMatchProfile, scoreOffer } from '../../../utils/matching/score';
import { demoProfile } from '../../../utils/profile/demo';
import { adapterFor, genericAdapter } from '../../../utils/sites/registry';

/** The custom element hosting each mark (its attributes are public, its shadow root closed). */
export const MARK_HOST = 'repere-emploi-mark';

export interface MarkOptions {
  /** With `keep`: the cards to drop before reading the page, as a test page does. */
  cardSelector?: string;
  keep?: (index: number) => boolean;
  /** Also the "Exclu" marks of offers the exclusions rule out, as "excluded:0", in page order. */
  withExcluded?: boolean;
}

/**
 * "verdict:score" of each offer `matchProfile` marks as matching on the saved
 * page `file` read at `url`, in page order (with `withExcluded`, the excluded
 * offers' marks too, as the host attributes show them).
 */
export function engineMarks(
  file: string,
  url: string,
  matchProfile: MatchProfile,
  options: MarkOptions = {},
): string[] {
  const compiled = compileMatchProfile(matchProfile);
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  if (options.cardSelector && options.keep) {
    const keep = options.keep;
    [...document.querySelectorAll(options.cardSelector)].forEach((card, index) => {
      if (!keep(index)) card.remove();
    });
  }
  const page = new URL(url);
  // Off the boards, a site enabled by hand: its script holds the generic reader.
  const adapter = adapterFor(page) ?? genericAdapter;
  return adapter
    .extract(document as unknown as Document, page)
    .map((offer) => scoreOffer(toOfferInput(offer), compiled))
    .flatMap((result) => {
      if (result.verdict !== 'no') return [`${result.verdict}:${result.score}`];
      return options.withExcluded && result.excluded !== undefined ? [`excluded:${result.score}`] : [];
    });
}

/** The same for the demo profile. */
export function expectedMarks(file: string, url: string, options: MarkOptions = {}): string[] {
  const matchProfile = deriveMatchProfile(demoProfile(new Date()), {
    lexicon: loadLexicon(),
    communes: loadCommunes(),
  });
  if (!matchProfile) throw new Error('the demo profile derives no match profile');
  return engineMarks(file, url, matchProfile, options);
}
