/**
 * The demo profile's match profile as a content script compiles it: derived
 * by the background, then through a JSON round trip (what a message carries),
 * so that nothing the script reads can come from the background's own modules.
 */
import { deriveMatchProfile } from '@/utils/matching/derive-match-profile';
import { type CompiledMatchProfile, compileMatchProfile } from '@/utils/matching/score';
import { demoProfile } from '@/utils/profile/demo';
import { loadCommunes, loadLexicon } from '../../../scripts/data/load-assets';

export function receivedDemoProfile(): CompiledMatchProfile {
  const match = deriveMatchProfile(demoProfile(new Date('2026-01-01T00:00:00Z')), {
    lexicon: loadLexicon(),
    communes: loadCommunes(),
  });
  if (!match) throw new Error('the demo profile gives no match profile');
  return compileMatchProfile(JSON.parse(JSON.stringify(match)));
}
