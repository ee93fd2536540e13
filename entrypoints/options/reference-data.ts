/**
 * The ROME lexicon and the commune index for the autocompletes, read from the
 * extension's own files (public/data) once per page.
 */
import { type CommuneIndex, decodeCommunes } from '@/utils/geo/communes';
import { decodeLexicon, type RomeLexicon } from '@/utils/rome/lexicon';

export interface ReferenceData {
  lexicon: RomeLexicon;
  communes: CommuneIndex;
}

async function fetchAsset(path: '/data/rome-lexicon.json' | '/data/communes.json'): Promise<unknown> {
  const response = await fetch(browser.runtime.getURL(path as '/'));
  return response.json();
}

export async function loadReferenceData(): Promise<ReferenceData> {
  const [lexicon, communes] = await Promise.all([
    fetchAsset('/data/rome-lexicon.json'),
    fetchAsset('/data/communes.json'),
  ]);
  return { lexicon: decodeLexicon(lexicon), communes: decodeCommunes(communes) };
}
