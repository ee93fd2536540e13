import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAssets, DATA_DIR, hasSharedData, resolveSharedData } from '../../../scripts/data/assets';

const shared = resolveSharedData();
const present = hasSharedData(shared);
if (!present) console.warn(`build-data tests skipped: no open data under ${shared}`);

describe.skipIf(!present)('scripts/build-data', () => {
  it('builds byte-identical assets twice, equal to the committed ones', () => {
    const first = buildAssets(shared);
    const second = buildAssets(shared);
    expect(Object.keys(first).sort()).toEqual(['communes.json', 'rome-lexicon.json']);
    for (const [file, text] of Object.entries(first)) {
      expect(second[file] === text, `${file} differs between two builds`).toBe(true);
      expect(readFileSync(join(DATA_DIR, file), 'utf8') === text, `${file}: run npm run data`).toBe(true);
    }
  });
});
