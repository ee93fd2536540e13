import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSharedData } from '../../../scripts/data/assets';
import { parseCsv } from '../../../scripts/data/csv';
import { loadLexicon } from '../../../scripts/data/load-assets';
import { frontCodeWords } from '../../../scripts/data/rome-lexicon-build';
import { packUints } from '../../../utils/geo/packed-ints';
import { readFrontCodedLabels, readShortLabels, readVocabulary } from '../../../utils/rome/label-streams';

const lexicon = loadLexicon();
const APPELLATIONS_FILE = 'unix_referentiel_appellation_v460_utf8.csv';

describe('lexicon label streams', () => {
  it('spells out front-coded rare words exactly, long shared prefixes included', () => {
    const words = [...new Set(lexicon.appellations.flatMap((a) => a.label.split(' ')))].sort();
    expect(words.some((word) => word.length > 31)).toBe(true);
    expect(readVocabulary('de /', frontCodeWords(words))).toEqual(['de', '/', ...words]);
    expect(readVocabulary('', '')).toEqual([]);
  });

  it('rejects a rare word that shares more characters than the word before has', () => {
    expect(() => readVocabulary('', `${packUints([0])}agent ${packUints([9])}e`)).toThrow();
  });

  it('reads front-coded labels and refuses a stream longer than its count', () => {
    // "1 2", then "1 2 3" (2 shared + 1 new), then "4" (0 shared + 1 new).
    const stream = [0, 2, 1, 2, 2, 1, 3, 0, 1, 4];
    const labels = readFrontCodedLabels(stream, 3);
    expect([...labels.words]).toEqual([1, 2, 1, 2, 3, 4]);
    expect([...labels.offsets]).toEqual([0, 2, 5, 6]);
    expect(() => readFrontCodedLabels(stream, 2)).toThrow();
  });

  it('rebuilds a short label from the words it keeps of the long one', () => {
    const long = readFrontCodedLabels([0, 4, 10, 11, 12, 13], 1);
    // Keep 1 head word and 2 tail words, put 20 21 between.
    expect(readShortLabels([1, 2, 2, 20, 21], [0], long).get(0)).toEqual([10, 20, 21, 12, 13]);
    expect(() => readShortLabels([3, 2, 0], [0], long)).toThrow();
  });

  it('decodes every label, short label and fiche label exactly as ROME v460 writes them', () => {
    const rows = parseCsv(readFileSync(join(resolveSharedData(), 'rome', APPELLATIONS_FILE), 'utf8'));
    expect(rows).toHaveLength(lexicon.appellations.length);
    let edited = 0;
    for (const row of rows) {
      const appellation = lexicon.appellation(row.code_ogr ?? '');
      expect(appellation?.label, row.code_ogr).toBe(row.libelle_appellation_long);
      expect(appellation?.shortLabel, row.code_ogr).toBe(row.libelle_appellation_court);
      if (row.libelle_appellation_court !== row.libelle_appellation_long) edited++;
    }
    expect(edited).toBeGreaterThan(1000);
    for (const fiche of lexicon.fiches) {
      const principal = lexicon.appellation(fiche.principal);
      expect(principal?.principal).toBe(true);
      expect(principal?.label).toBe(fiche.label);
    }
  });
});
