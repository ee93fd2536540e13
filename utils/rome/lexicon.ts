/**
 * The ROME lexicon: every fiche and appellation of ROME 4.0 with the
 * normalised title forms of both genders, decoded from the shipped asset
 * (public/data/rome-lexicon.json). Pure: the caller fetches and parses the
 * asset; this module only decodes it and answers look-ups.
 */
import { unpackDeltas, unpackUints } from '../geo/packed-ints';
import { genderFormsOf, normalizeLabelWord } from './gender';
import {
  type LabelWords,
  readFrontCodedLabels,
  readLabels,
  readShortLabels,
  readVocabulary,
} from './label-streams';
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

/** An appellation; the decoded lexicon spells out its label, short label and forms on first read. */
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
  /**
   * Appellations of the family of a ROME code: a fiche's own; for a parent code, those of its own fiche and
   * every appellation whose historic (v3) code it is, wherever ROME 4.0 filed them.
   */
  appellationsForRome(code: string): readonly Appellation[];
  /** Unique normalised title forms of the family of a ROME code. */
  titleFormsForRome(code: string): readonly string[];
  /**
   * Every appellation of the fiches ROME 4.0 files under a parent code, and those that kept it as their
   * historic code: a v4 fiche's siblings, its near métiers (ROME 4.0's own grouping).
   */
  appellationsFiledUnder(parent: string): readonly Appellation[];
  /** Unique normalised title forms of appellationsFiledUnder. */
  titleFormsFiledUnder(parent: string): readonly string[];
  /** An appellation by its code_ogr (ROME v4; v3 codes still in v4 resolve too). */
  appellation(code: string | number): Appellation | undefined;
  /** The ROME code an appellation code belongs to: its v4 fiche, or the v3 code of a v3-only appellation. */
  romeCodeOfAppellation(code: string | number): string | undefined;
}

/** Spells out the texts of the appellation at a position of the asset. */
interface AppellationTexts {
  label(position: number): string;
  shortLabel(position: number): string;
  forms(position: number): readonly string[];
}

/**
 * An appellation of the decoded lexicon. Its texts are spelled out from the
 * word streams on first read: most look-ups never read most labels, and the
 * gendered forms of 13,000 labels are most of the decoding time otherwise.
 * Getters on the class rather than on each object, which would cost closures
 * per appellation and slow every object down; so `label`, `shortLabel` and
 * `forms` are read through the prototype, not own properties.
 */
class LexiconAppellation implements Appellation {
  readonly code: string;
  readonly fiche: string;
  readonly parent: string;
  readonly principal: boolean;
  readonly rare: boolean;
  readonly #texts: AppellationTexts;
  readonly #position: number;
  #label: string | undefined;
  #shortLabel: string | undefined;
  #forms: readonly string[] | undefined;

  constructor(
    fields: Omit<Appellation, 'label' | 'shortLabel' | 'forms'>,
    texts: AppellationTexts,
    position: number,
  ) {
    this.code = fields.code;
    this.fiche = fields.fiche;
    this.parent = fields.parent;
    this.principal = fields.principal;
    this.rare = fields.rare;
    this.#texts = texts;
    this.#position = position;
  }

  get label(): string {
    this.#label ??= this.#texts.label(this.#position);
    return this.#label;
  }

  get shortLabel(): string {
    this.#shortLabel ??= this.#texts.shortLabel(this.#position);
    return this.#shortLabel;
  }

  get forms(): readonly string[] {
    this.#forms ??= this.#texts.forms(this.#position);
    return this.#forms;
  }
}

/** Unique title forms of the appellations `appellationsOf` gives for a code, each code's computed once. */
export function formsByCode(
  appellationsOf: (code: string) => readonly Appellation[],
): (code: string) => readonly string[] {
  const cache = new Map<string, readonly string[]>();
  return (code) => {
    let forms = cache.get(code);
    if (!forms) {
      forms = [...new Set(appellationsOf(code).flatMap((appellation) => appellation.forms))];
      cache.set(code, forms);
    }
    return forms;
  };
}

/** Validates the parsed asset and decodes it into a lexicon with its look-ups. */
export function decodeLexicon(input: unknown): RomeLexicon {
  const asset: LexiconAsset = lexiconAssetSchema.parse(input);
  const vocabulary = readVocabulary(asset.words, asset.rareWords);
  // Normalising the vocabulary is only needed for the title forms, themselves computed on first use.
  let normalizedVocabulary: string[] | undefined;
  const normalizedWords = (label: LabelWords, i: number): string[] => {
    normalizedVocabulary ??= vocabulary.map(normalizeLabelWord);
    const words: string[] = [];
    for (let k = label.offsets[i] ?? 0; k < (label.offsets[i + 1] ?? 0); k++)
      words.push(normalizedVocabulary[label.words[k] ?? -1] ?? '');
    return words;
  };
  // Joined rather than concatenated word by word: one flat string, not a chain of partial ones.
  const text = (words: ArrayLike<number>, start = 0, end = words.length): string => {
    const parts = new Array<string>(end - start);
    for (let k = start; k < end; k++) parts[k - start] = vocabulary[words[k] ?? -1] ?? '';
    return parts.join(' ');
  };
  const labelText = (label: LabelWords, i: number) =>
    text(label.words, label.offsets[i] ?? 0, label.offsets[i + 1] ?? 0);

  const ficheCount = asset.fiches.codes.length / 5;
  const ficheCodes = Array.from({ length: ficheCount }, (_, i) => asset.fiches.codes.slice(i * 5, i * 5 + 5));
  const parents = unpackUints(asset.fiches.parents);
  const v3Labels = readLabels(unpackUints(asset.fiches.v3Labels), ficheCount);
  const appellationCounts = unpackUints(asset.fiches.appellationCounts);
  if (appellationCounts.length !== ficheCount)
    throw new Error('lexicon asset: one appellation count per fiche');

  const codes = unpackDeltas(asset.appellations.codes);
  // Appellations are stored fiche by fiche, the principal first: fiche i owns firstOfFiche[i] up to firstOfFiche[i + 1].
  const firstOfFiche = new Int32Array(ficheCount + 1);
  appellationCounts.forEach((count, fiche) => {
    firstOfFiche[fiche + 1] = (firstOfFiche[fiche] ?? 0) + count;
  });
  if (firstOfFiche[ficheCount] !== codes.length)
    throw new Error('lexicon asset: appellation counts do not add up');
  const labels = readFrontCodedLabels(unpackUints(asset.appellations.labels), codes.length);
  // Short labels are read by few callers (the options page): their stream is decoded on first read.
  let shortLabels: Map<number, number[]> | undefined;
  const shortLabelWords = (i: number) => {
    shortLabels ??= readShortLabels(
      unpackUints(asset.appellations.shortLabels),
      unpackDeltas(asset.appellations.shortened),
      labels,
    );
    return shortLabels.get(i);
  };
  const rare = new Uint8Array(codes.length);
  for (const position of unpackDeltas(asset.appellations.rare)) rare[position] = 1;
  const ownParents = new Map<number, number>();
  const ownParentPairs = unpackUints(asset.appellations.ownParents);
  for (let k = 0; k + 1 < ownParentPairs.length; k += 2)
    ownParents.set(ownParentPairs[k] ?? -1, ownParentPairs[k + 1] ?? -1);

  const fiches: RomeFiche[] = ficheCodes.map((code, i) => {
    const first = firstOfFiche[i] ?? 0;
    const fiche: RomeFiche = {
      code,
      label: labelText(labels, first),
      parent: ficheCodes[parents[i] ?? -1] ?? code,
      principal: String(codes[first]),
    };
    if ((v3Labels.offsets[i + 1] ?? 0) > (v3Labels.offsets[i] ?? 0)) fiche.v3Label = labelText(v3Labels, i);
    return fiche;
  });

  const texts: AppellationTexts = {
    label: (i) => labelText(labels, i),
    shortLabel(i) {
      const short = shortLabelWords(i);
      return short ? text(short) : (appellations[i]?.label ?? '');
    },
    forms: (i) => genderFormsOf(normalizedWords(labels, i)),
  };
  const appellations: Appellation[] = [];
  fiches.forEach((fiche, f) => {
    const first = firstOfFiche[f] ?? 0;
    for (let i = first; i < (firstOfFiche[f + 1] ?? 0); i++) {
      const fields = {
        code: String(codes[i]),
        fiche: fiche.code,
        parent: ficheCodes[ownParents.get(i) ?? -1] ?? fiche.parent,
        principal: i === first,
        rare: rare[i] === 1,
      };
      appellations.push(new LexiconAppellation(fields, texts, i));
    }
  });

  const ficheByCode = new Map<string, number>(ficheCodes.map((code, i) => [code, i]));
  const family = new Map<string, RomeFiche[]>();
  for (const fiche of fiches) {
    const members = family.get(fiche.parent);
    if (members) members.push(fiche);
    else family.set(fiche.parent, [fiche]);
  }
  // Appellations that kept a historic code other than their fiche's parent, by that code.
  const strays = new Map<string, Appellation[]>();
  for (const [i, parent] of [...ownParents.entries()].sort(([a], [b]) => a - b)) {
    const appellation = appellations[i];
    const code = ficheCodes[parent];
    if (!appellation || code === undefined) throw new Error('lexicon asset: bad own parent');
    const list = strays.get(code);
    if (list) list.push(appellation);
    else strays.set(code, [appellation]);
  }
  // The look-ups by appellation code are built on first use: most callers go by ROME code.
  let byCode: Map<string, Appellation> | undefined;
  let v3OnlyRome: Map<string, string> | undefined;
  const appellationByCode = () => {
    byCode ??= new Map(appellations.map((appellation) => [appellation.code, appellation]));
    return byCode;
  };
  const v3OnlyRomeOf = (code: string) => {
    if (!v3OnlyRome) {
      const v3OnlyParents = unpackUints(asset.v3Only.parents);
      v3OnlyRome = new Map(
        unpackDeltas(asset.v3Only.codes).map((value, i) => [
          String(value),
          ficheCodes[v3OnlyParents[i] ?? -1] ?? '',
        ]),
      );
    }
    return v3OnlyRome.get(code);
  };

  const canonical = (code: string) => code.trim().toUpperCase();
  const ficheOf = (key: string) => fiches[ficheByCode.get(key) ?? -1];
  const fichesOf = (code: string): readonly RomeFiche[] => {
    const key = canonical(code);
    const members = family.get(key);
    if (members) return members;
    const fiche = ficheOf(key);
    return fiche ? [fiche] : [];
  };
  const appellationsOfFiche = (fiche: RomeFiche): Appellation[] => {
    const f = ficheByCode.get(fiche.code) ?? 0;
    return appellations.slice(firstOfFiche[f] ?? 0, firstOfFiche[f + 1] ?? 0);
  };
  const appellationsForRome = (code: string): readonly Appellation[] => {
    const key = canonical(code);
    // A parent code is also its own fiche's code: that fiche's appellations all belong. Another fiche of
    // the family brings only those that kept this code as their historic one: the others came from
    // another ROME v3 code, whose family they are (strays). The Métiers recherchés API gives v3 codes.
    const own = fichesOf(key).flatMap((fiche) =>
      fiche.code === key
        ? appellationsOfFiche(fiche)
        : appellationsOfFiche(fiche).filter((appellation) => appellation.parent === key),
    );
    return family.has(key) ? [...own, ...(strays.get(key) ?? [])] : own;
  };
  const appellationsFiledUnder = (parent: string): readonly Appellation[] => {
    const key = canonical(parent);
    const filed = fichesOf(key).flatMap(appellationsOfFiche);
    return family.has(key) ? [...filed, ...(strays.get(key) ?? [])] : filed;
  };
  const formsForRome = formsByCode(appellationsForRome);
  const formsFiledUnder = formsByCode(appellationsFiledUnder);

  return {
    fiches,
    appellations,
    fiche: (code) => ficheOf(canonical(code)),
    parentOf: (code) => ficheOf(canonical(code))?.parent,
    fichesOf,
    appellationsForRome,
    titleFormsForRome: (code) => formsForRome(canonical(code)),
    appellationsFiledUnder,
    titleFormsFiledUnder: (parent) => formsFiledUnder(canonical(parent)),
    appellation: (code) => appellationByCode().get(String(code).trim()),
    romeCodeOfAppellation(code) {
      const key = String(code).trim();
      return appellationByCode().get(key)?.fiche ?? v3OnlyRomeOf(key);
    },
  };
}
