/**
 * Builds the ROME lexicon asset from ROME 4.0 v460 and the ROME v3 list
 * (../shared/data/rome). See utils/rome/lexicon-asset.ts for the format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { packDeltas, packUints } from '../../utils/geo/packed-ints';
import { LEXICON_FORMAT, type LexiconAsset } from '../../utils/rome/lexicon-asset';
import { parseCsv } from './csv';

const APPELLATIONS_FILE = 'unix_referentiel_appellation_v460_utf8.csv';
const FICHES_FILE = 'unix_referentiel_code_rome_v460_utf8.csv';
const V3_FILE = 'metiers-rome-v3.json';

const v3Schema = z.array(
  z.object({ libelle: z.string(), code: z.string(), appellation_code: z.string() }).loose(),
);

const ROME_CODE = /^[A-N]\d{4}$/;

/** Words numbered by frequency: numbers below 1,024 take at most two packed characters. */
const FREQUENT_WORDS = 1024;
/** Longest shared prefix one character of packed text can say (see packUints). */
const MAX_SHARED_PREFIX = 31;

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function words(label: string): string[] {
  return label.trim().split(/\s+/);
}

/** Sorted words, each written as how many leading characters it shares with the one before (one packed digit), then the rest. */
export function frontCodeWords(sorted: readonly string[]): string {
  let previous = '';
  return sorted
    .map((word) => {
      let shared = 0;
      while (shared < MAX_SHARED_PREFIX && shared < word.length && word[shared] === previous[shared])
        shared++;
      previous = word;
      return packUints([shared]) + word.slice(shared);
    })
    .join(' ');
}

/** Reads the ROME files of `romeDir` and returns the lexicon asset. */
export function buildLexicon(romeDir: string): LexiconAsset {
  const appellationRows = parseCsv(readFileSync(join(romeDir, APPELLATIONS_FILE), 'utf8'));
  const ficheRows = parseCsv(readFileSync(join(romeDir, FICHES_FILE), 'utf8'));
  const v3Rows = v3Schema.parse(JSON.parse(readFileSync(join(romeDir, V3_FILE), 'utf8')));

  const fiches = ficheRows
    .map((row) => ({
      code: row.code_rome ?? '',
      label: row.libelle_rome ?? '',
      parent: row.code_rome_parent ?? '',
    }))
    .sort((a, b) => compare(a.code, b.code));
  const ficheIndex = new Map(fiches.map((fiche, i) => [fiche.code, i]));
  for (const fiche of fiches)
    if (!ROME_CODE.test(fiche.code) || !ficheIndex.has(fiche.parent))
      throw new Error(`unexpected fiche ${fiche.code} (parent ${fiche.parent})`);

  const appellations = appellationRows
    .map((row) => ({
      code: Number(row.code_ogr),
      label: row.libelle_appellation_long ?? '',
      shortLabel: row.libelle_appellation_court ?? '',
      fiche: row.code_rome ?? '',
      parent: row.code_rome_parent ?? '',
      rare: row.peu_usite === 'O',
      principal: row.classification === 'PRINCIPALE',
    }))
    .sort(
      // By fiche, its principal appellation first, then by label: neighbours share their first words.
      (a, b) =>
        compare(a.fiche, b.fiche) || Number(b.principal) - Number(a.principal) || compare(a.label, b.label),
    );
  const appellationIndex = new Map(appellations.map((appellation, i) => [appellation.code, i]));
  for (const appellation of appellations)
    if (!Number.isSafeInteger(appellation.code) || !ficheIndex.has(appellation.fiche))
      throw new Error(`unexpected appellation ${appellation.code} (${appellation.fiche})`);

  // ROME v3: the entries without appellation code are the labels of the 532 codes.
  const v3Labels = new Map<string, string>();
  const v3Only = new Map<number, string>();
  for (const row of v3Rows) {
    if (row.appellation_code === '') v3Labels.set(row.code, row.libelle);
    else if (!appellationIndex.has(Number(row.appellation_code)))
      v3Only.set(Number(row.appellation_code), row.code);
  }

  // Vocabulary, most frequent word first so that frequent words get the shortest numbers.
  const counts = new Map<string, number>();
  const count = (label: string) => {
    for (const word of words(label)) counts.set(word, (counts.get(word) ?? 0) + 1);
  };
  for (const fiche of fiches) {
    const v3 = fiche.code === fiche.parent ? v3Labels.get(fiche.code) : undefined;
    if (v3 !== undefined) count(v3);
  }
  for (const appellation of appellations) {
    count(appellation.label);
    if (appellation.shortLabel !== appellation.label) count(appellation.shortLabel);
  }
  const byFrequency = [...counts.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || compare(a, b))
    .map(([word]) => word);
  const frequentWords = byFrequency.slice(0, FREQUENT_WORDS);
  // The rest, mostly words of one or two labels, sorted so that each shares a prefix with the one before.
  const rareWords = byFrequency.slice(FREQUENT_WORDS).sort(compare);
  const vocabulary = [...frequentWords, ...rareWords];
  const wordNumber = new Map(vocabulary.map((word, i) => [word, i]));
  const encodeLabel = (label: string | undefined): number[] => {
    if (label === undefined || label.trim() === '') return [0];
    const numbers = words(label).map((word) => wordNumber.get(word) ?? -1);
    return [numbers.length, ...numbers];
  };

  /** Labels after the first: the number of leading words shared with the previous label, then the rest. */
  const encodeFrontCoded = (labels: readonly string[]): number[] => {
    const out: number[] = [];
    let previous: number[] = [];
    for (const label of labels) {
      const numbers = encodeLabel(label).slice(1);
      let shared = 0;
      while (shared < numbers.length && shared < previous.length && numbers[shared] === previous[shared])
        shared++;
      out.push(shared, numbers.length - shared, ...numbers.slice(shared));
      previous = numbers;
    }
    return out;
  };
  const appellationCounts = fiches.map((fiche) => appellations.filter((a) => a.fiche === fiche.code).length);
  fiches.forEach((fiche, i) => {
    const first = appellations.findIndex((a) => a.fiche === fiche.code);
    if (!appellations[first]?.principal || (appellationCounts[i] ?? 0) === 0)
      throw new Error(`fiche ${fiche.code} has no principal appellation`);
    // The decoder gives each fiche its principal appellation's label, which is the fiche's own in v460.
    if (appellations[first]?.label !== fiche.label)
      throw new Error(`fiche ${fiche.code}: label differs from its principal appellation's`);
  });

  /** A short label as an edit of the long one: words kept at the head, at the tail, then the words between. */
  const encodeShortLabel = (label: string, shortLabel: string): number[] => {
    const long = encodeLabel(label).slice(1);
    const short = encodeLabel(shortLabel).slice(1);
    let head = 0;
    while (head < long.length && head < short.length && long[head] === short[head]) head++;
    let tail = 0;
    while (
      tail < long.length - head &&
      tail < short.length - head &&
      long[long.length - 1 - tail] === short[short.length - 1 - tail]
    )
      tail++;
    const middle = short.slice(head, short.length - tail);
    return [head, tail, middle.length, ...middle];
  };
  const shortened = appellations.flatMap((appellation, i) =>
    appellation.shortLabel === appellation.label ? [] : [i],
  );

  // 404 appellations keep the historic code they had in ROME v3 although their fiche sits under another one.
  const ownParents = appellations.flatMap((appellation, i) => {
    const ficheParent = fiches[ficheIndex.get(appellation.fiche) ?? -1]?.parent;
    const own = ficheIndex.get(appellation.parent);
    if (own === undefined)
      throw new Error(`appellation ${appellation.code}: unknown parent ${appellation.parent}`);
    return appellation.parent === ficheParent ? [] : [i, own];
  });

  const rare: number[] = [];
  appellations.forEach((appellation, i) => {
    if (appellation.rare) rare.push(i);
  });
  const v3OnlyCodes = [...v3Only.keys()].sort((a, b) => a - b);

  return {
    format: LEXICON_FORMAT,
    source: 'ROME 4.0 v460 (France Travail); ROME v3 (France Travail, pass-emploi-api)',
    words: frequentWords.join(' '),
    rareWords: frontCodeWords(rareWords),
    fiches: {
      codes: fiches.map((fiche) => fiche.code).join(''),
      parents: packUints(fiches.map((fiche) => ficheIndex.get(fiche.parent) ?? 0)),
      v3Labels: packUints(
        fiches.flatMap((fiche) =>
          encodeLabel(fiche.code === fiche.parent ? v3Labels.get(fiche.code) : undefined),
        ),
      ),
      appellationCounts: packUints(appellationCounts),
    },
    appellations: {
      codes: packDeltas(appellations.map((appellation) => appellation.code)),
      labels: packUints(encodeFrontCoded(appellations.map((appellation) => appellation.label))),
      shortened: packDeltas(shortened),
      shortLabels: packUints(
        shortened.flatMap((i) => {
          const appellation = appellations[i];
          return appellation ? encodeShortLabel(appellation.label, appellation.shortLabel) : [];
        }),
      ),
      rare: packDeltas(rare),
      ownParents: packUints(ownParents),
    },
    v3Only: {
      codes: packDeltas(v3OnlyCodes),
      parents: packUints(
        v3OnlyCodes.map((code) => {
          const parent = ficheIndex.get(v3Only.get(code) ?? '');
          if (parent === undefined) throw new Error(`v3 appellation ${code}: unknown ROME code`);
          return parent;
        }),
      ),
    },
  };
}
