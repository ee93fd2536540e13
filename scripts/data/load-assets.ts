/**
 * Node-side loading of the committed assets, for tests and scripts (the
 * extension fetches them with browser.runtime.getURL instead).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CommuneIndex, decodeCommunes } from '../../utils/geo/communes';
import { decodeLexicon, type RomeLexicon } from '../../utils/rome/lexicon';
import { COMMUNES_FILE, DATA_DIR, LEXICON_FILE } from './assets';

/** The parsed JSON of an asset of public/data. */
export function readAsset(file: string): unknown {
  return JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8'));
}

let lexicon: RomeLexicon | undefined;
let communes: CommuneIndex | undefined;

/** The ROME lexicon decoded from public/data (once per process). */
export function loadLexicon(): RomeLexicon {
  lexicon ??= decodeLexicon(readAsset(LEXICON_FILE));
  return lexicon;
}

/** The commune index decoded from public/data (once per process). */
export function loadCommunes(): CommuneIndex {
  communes ??= decodeCommunes(readAsset(COMMUNES_FILE));
  return communes;
}
