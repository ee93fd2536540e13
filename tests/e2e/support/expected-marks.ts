/**
 * What the extension should mark on a saved page: the same pure pipeline run
 * here in Node (the demo profile's match profile, the site's adapter, the
 * scorer), so end-to-end tests check that the browser does what the engine says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeCommunes } from '../../../utils/geo/communes';
import { toOfferInput } from '../../../utils/highlight/to-offer-input';
import { deriveMatchProfile } from '../../../utils/matching/derive-match-profile';
import { compileMatchProfile, scoreOffer } from '../../../utils/matching/score';
import { demoProfile } from '../../../utils/profile/demo';
import { decodeLexicon } from '../../../utils/rome/lexicon';
import { adapterFor } from '../../../utils/sites/registry';
import { ROOT } from './paths';

/** The custom element hosting each mark (its attributes are public, its shadow root closed). */
export const MARK_HOST = 'repere-emploi-mark';

/** "verdict:score" of each offer the engine marks on the saved page `file` read at `url`, in page order. */
export function expectedMarks(file: string, url: string): string[] {
  const data = {
    lexicon: decodeLexicon(JSON.parse(readFileSync(join(ROOT, 'public/data/rome-lexicon.json'), 'utf8'))),
    communes: decodeCommunes(JSON.parse(readFileSync(join(ROOT, 'public/data/communes.json'), 'utf8'))),
  };
  const matchProfile = deriveMatchProfile(demoProfile(new Date()), data);
  if (!matchProfile) throw new Error('the demo profile derives no match profile');
  const compiled = compileMatchProfile(matchProfile);
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  const page = new URL(url);
  const adapter = adapterFor(page);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  return adapter
    .extract(document as unknown as Document, page)
    .map((offer) => scoreOffer(toOfferInput(offer), compiled))
    .filter((result) => result.verdict !== 'no')
    .map((result) => `${result.verdict}:${result.score}`);
}
