/**
 * The ROME lexicon: every fiche and appellation of ROME 4.0 with the
 * normalised title forms of both genders, decoded from the shipped asset
 * (public/data/rome-lexicon.json). Pure: the caller fetches and parses the
 * asset; this module only decodes it and answers look-ups.
 */
import { unpackDeltas, unpackUints } from '../geo/packed-ints';
import { normalize } from '../matching/normalize';
import { GENDER_SEPARATOR, genderReadings } from './gender';
import { type LexiconAsset, lexiconAssetSchema } from './lexicon-asset';

export interface RomeFiche {
  /** ROME 4.0 fiche code, e.g. "D1102". */
  code: string;
  label: string;
  /** One of the 532 historic (ROME v3) codes; equal to `code` for the fiche that carries it. */
  parent: string;
  /** The ROME v3 label of the code, for the fiches that are parents. */
  v3Label?: string;
  /** code_ogr of the fiche's principal appellation. */
  principal: string;
}

export interface Appellation {
  /** code_ogr, as France Travail writes it ("11573"). */
  code: string;
  label: string;
  shortLabel: string;
  /** ROME 4.0 fiche code. */
  fiche: string;
  /** Its historic code: usually its fiche's parent, sometimes (404 of them) the ROME v3 code it came from. */
  parent: string;
  /** Normalised readings, masculine first ("boulanger", "boulangere"). */
  forms: readonly string[];
  principal: boolean;
  rare: boolean;
}

export interface RomeLexicon {
  readonly fiches: readonly RomeFiche[];
  readonly appellations: readonly Appellation[];
  /** The fiche of a ROME code (v4 fiche or historic parent code). */
  fiche(code: string): RomeFiche | undefined;
  /** The historic parent code of a ROME code; undefined for an unknown code. */
  parentOf(code: string): string | undefined;
  /** Fiches under a ROME code: the fiche itself, or for a parent code every fiche of the family. */
  fichesOf(code: string): readonly RomeFiche[];
  /** Appellations of the family of a ROME code (see fichesOf). */
  appellationsForRome(code: string): readonly Appellation[];
  /** Unique normalised title forms of the family of a ROME code. */
  titleFormsForRome(code: string): readonly string[];
  /** An appellation by its code_ogr (ROME v4; v3 codes still in v4 resolve too). */
  appellation(code: string | number): Appellation | undefined;
  /** The ROME code an appellation code belongs to: its v4 fiche, or the v3 code of a v3-only appellation. */
  romeCodeOfAppellation(code: string | number): string | undefined;
}

/** Reads one label (word count then word numbers) from a packed stream. */
function readLabels(stream: readonly number[], count: number): number[][] {
  const labels: number[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const length = stream[at] ?? 0;
    labels.push(stream.slice(at + 1, at + 1 + length) as number[]);
    at += 1 + length;
  }
  if (at !== stream.length) throw new Error('lexicon asset: label stream does not match its count');
  return labels;
}

/** Reads front-coded labels (words shared with the previous label, count of new words, new words). */
function readFrontCodedLabels(stream: readonly number[], count: number): number[][] {
  const labels: number[][] = [];
  let previous: number[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const shared = stream[at] ?? 0;
    const length = stream[at + 1] ?? 0;
    const label = previous.slice(0, shared);
    for (let k = 0; k < length; k++) label.push(stream[at + 2 + k] ?? 0);
    labels.push(label);
    previous = label;
    at += 2 + length;
  }
  if (at !== stream.length) throw new Error('lexicon asset: label stream does not match its count');
  return labels;
}

/** Validates the parsed asset and decodes it into a lexicon with its look-ups. */
export function decodeLexicon(input: unknown): RomeLexicon {
  const asset: LexiconAsset = lexiconAssetSchema.parse(input);
  const vocabulary = asset.words.split(' ');
  const normalizedVocabulary = vocabulary.map((word) =>
    word === GENDER_SEPARATOR ? GENDER_SEPARATOR : normalize(word),
  );
  const text = (numbers: readonly number[]) => numbers.map((n) => vocabulary[n] ?? '').join(' ');

  const ficheCount = asset.fiches.codes.length / 5;
  const ficheCodes = Array.from({ length: ficheCount }, (_, i) => asset.fiches.codes.slice(i * 5, i * 5 + 5));
  const parents = unpackUints(asset.fiches.parents);
  const ficheLabels = readLabels(unpackUints(asset.fiches.labels), ficheCount);
  const v3Labels = readLabels(unpackUints(asset.fiches.v3Labels), ficheCount);
  const appellationCounts = unpackUints(asset.fiches.appellationCounts);

  const codes = unpackDeltas(asset.appellations.codes);
  const appellationFiches: number[] = [];
  const principalSet = new Set<number>();
  appellationCounts.forEach((count, fiche) => {
    principalSet.add(appellationFiches.length);
    for (let k = 0; k < count; k++) appellationFiches.push(fiche);
  });
  if (appellationFiches.length !== codes.length)
    throw new Error('lexicon asset: appellation counts do not add up');
  const labels = readFrontCodedLabels(unpackUints(asset.appellations.labels), codes.length);
  const shortLabels = readLabels(unpackUints(asset.appellations.shortLabels), codes.length);
  const rare = new Set(unpackDeltas(asset.appellations.rare));
  const ownParents = new Map<number, number>();
  const ownParentPairs = unpackUints(asset.appellations.ownParents);
  for (let k = 0; k + 1 < ownParentPairs.length; k += 2)
    ownParents.set(ownParentPairs[k] ?? -1, ownParentPairs[k + 1] ?? -1);

  const fiches: RomeFiche[] = ficheCodes.map((code, i) => {
    const v3 = v3Labels[i] ?? [];
    const fiche: RomeFiche = {
      code,
      label: text(ficheLabels[i] ?? []),
      parent: ficheCodes[parents[i] ?? -1] ?? code,
      principal: '',
    };
    if (v3.length > 0) fiche.v3Label = text(v3);
    return fiche;
  });

  const appellations: Appellation[] = codes.map((code, i) => {
    const fiche = fiches[appellationFiches[i] ?? -1];
    if (!fiche) throw new Error(`lexicon asset: appellation ${code} has no fiche`);
    const words = labels[i] ?? [];
    const short = shortLabels[i] ?? [];
    const label = text(words);
    let forms: readonly string[] | undefined;
    return {
      code: String(code),
      label,
      shortLabel: short.length > 0 ? text(short) : label,
      fiche: fiche.code,
      parent: ficheCodes[ownParents.get(i) ?? -1] ?? fiche.parent,
      // Spelling out both genders of 13,000 labels is most of the decoding time: done on first use.
      get forms() {
        forms ??= genderReadings(words.map((n) => normalizedVocabulary[n] ?? '')).map((reading) =>
          reading.join(' '),
        );
        return forms;
      },
      principal: principalSet.has(i),
      rare: rare.has(i),
    };
  });

  for (const index of principalSet) {
    const fiche = fiches[appellationFiches[index] ?? -1];
    if (fiche) fiche.principal = String(codes[index]);
  }
  const ficheByCode = new Map(fiches.map((fiche) => [fiche.code, fiche]));
  const family = new Map<string, RomeFiche[]>();
  for (const fiche of fiches) {
    const members = family.get(fiche.parent) ?? [];
    members.push(fiche);
    family.set(fiche.parent, members);
  }
  const appellationsByFiche = new Map<string, Appellation[]>();
  for (const appellation of appellations) {
    const members = appellationsByFiche.get(appellation.fiche) ?? [];
    members.push(appellation);
    appellationsByFiche.set(appellation.fiche, members);
  }
  const appellationByCode = new Map(appellations.map((appellation) => [appellation.code, appellation]));
  const v3OnlyCodes = unpackDeltas(asset.v3Only.codes);
  const v3OnlyParents = unpackUints(asset.v3Only.parents);
  const v3OnlyRome = new Map(
    v3OnlyCodes.map((code, i) => [String(code), ficheCodes[v3OnlyParents[i] ?? -1] ?? '']),
  );
  const formsCache = new Map<string, readonly string[]>();

  const canonical = (code: string) => code.trim().toUpperCase();
  const fichesOf = (code: string): readonly RomeFiche[] => {
    const key = canonical(code);
    const members = family.get(key);
    if (members) return members;
    const fiche = ficheByCode.get(key);
    return fiche ? [fiche] : [];
  };
  const strays = new Map<string, Appellation[]>();
  for (const appellation of appellations) {
    const ficheParent = ficheByCode.get(appellation.fiche)?.parent;
    if (appellation.parent !== ficheParent) {
      const list = strays.get(appellation.parent) ?? [];
      list.push(appellation);
      strays.set(appellation.parent, list);
    }
  }
  const appellationsForRome = (code: string): readonly Appellation[] => {
    const key = canonical(code);
    const own = fichesOf(key).flatMap((fiche) => appellationsByFiche.get(fiche.code) ?? []);
    // A parent code's family also holds the appellations that kept it as their historic code.
    return family.has(key) ? [...own, ...(strays.get(key) ?? [])] : own;
  };

  return {
    fiches,
    appellations,
    fiche: (code) => ficheByCode.get(canonical(code)),
    parentOf: (code) => ficheByCode.get(canonical(code))?.parent,
    fichesOf,
    appellationsForRome,
    titleFormsForRome(code) {
      const key = canonical(code);
      let forms = formsCache.get(key);
      if (!forms) {
        forms = [...new Set(appellationsForRome(key).flatMap((appellation) => appellation.forms))];
        formsCache.set(key, forms);
      }
      return forms;
    },
    appellation: (code) => appellationByCode.get(String(code).trim()),
    romeCodeOfAppellation(code) {
      const key = String(code).trim();
      return appellationByCode.get(key)?.fiche ?? v3OnlyRome.get(key);
    },
  };
}
