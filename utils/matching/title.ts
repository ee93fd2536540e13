/**
 * Job titles as job boards write them ("SOUDEUR NAVALE LICENCE 111 (H/F)",
 * "Vendeur(se)", "Chargé·e de recrutement - Stage") turned into the métier
 * words, in normalised forms comparable with the ROME lexicon's forms (which
 * hold both the masculine and the feminine of every appellation).
 */
import {
  type EnglishTable,
  englishReading,
  englishTable,
  mayBeEnglish,
  mayRewordEnglish,
} from './english-title';
import { foldText } from './fold';
import { normalize } from './normalize';
import { STOP_WORDS } from './stop-words';
import { TITLE_NOISE, type TitleNoise } from './title-noise';

/** Titles longer than this are cut: a real title is far shorter, and it bounds the work per offer. */
const MAX_TITLE_LENGTH = 300;

/** "H/F", "(F/H)", "h/f/x", "M/F", "(H-F)", "H ou F": gender notices, not métier words. */
const GENDER_NOTICE =
  /\(?\b[hfm]\s?[/|-]\s?[hfmx](?:\s?[/|-]\s?(?:x|nb|[hfm]))?\b\)?|\(?\b[hf] ou [hf]\b\)?/g;

/** Feminine endings written after a word: "(e)", "·ère", ".euse", "/ne", "-euse". */
const SUFFIXES = 'e|ne|le|se|euse|trice|rice|ice|ere|fe|te|ve|ive|tive|esse|sse';
// Each marker pattern starts at the start of a word ((?<![a-z]), which its leftmost match does
// anyway): without it the engine retries the pattern at every letter of every word.
const PARENTHESIS_SUFFIX = new RegExp(`(?<![a-z])([a-z]+) ?\\((${SUFFIXES})\\)`, 'g');
const JOINED_SUFFIX = new RegExp(`(?<![a-z])([a-z]+)[.·/](${SUFFIXES})(?:[.·]s)?(?![a-z])`, 'g');
/** After a dash only the unambiguous endings: "-le", "-te" would eat place names ("Villeneuve-le-Roi"). */
const DASH_SUFFIX = /(?<![a-z])([a-z]+)-(e|ne|se|euse|trice|rice|ere)(?![a-z-])/g;

/**
 * "Recrutement : Vendeur", "Poste : …", "Offre d'emploi : …": a board's label before the title, with its colon
 * (without one "recrutement" and "poste" are words of jobs: "Chargé de recrutement", "Chef de poste"); or a
 * tag in brackets ("[EDS]Gestionnaire de scolarité", "[CDI] Vendeur").
 */
const LABEL =
  /^\s*(?:\[[^\]]{0,12}\]|\W*(?:recrutement|poste|emploi|offre(?: d.emploi)?|recherche|annonce|job|urgent) ?:)/;
/** "Racine Paris recherche un(e) …": the company's sentence before the title. */
const RECRUITER_SENTENCE = /^.* recherche (?:un|une|des|son|sa|ses|notre|nos) /;
/** Units after a number of one or two digits: "6 mois", "35 heures", "2 postes" say how long or how many, never which job. */
const DURATION_UNITS = new Set([
  'mois',
  'an',
  'ans',
  'semaine',
  'semaines',
  'jour',
  'jours',
  'h',
  'heure',
  'heures',
  'poste',
  'postes',
]);

/** A title's noise (title-noise.ts), as the title parser looks it up. */
export interface NoiseTable {
  words: ReadonlySet<string>;
  /**
   * Each noise phrase between spaces, as it is looked for in a title's words joined by spaces, with one
   * meaningful word of it: a title without that word holds no such phrase (an array look costs less than
   * a string search).
   */
  looks: ReadonlyArray<{ word: string; spaced: string }>;
  /**
   * The noise phrases' meaningful words, and the recruiter sentence's verb: a title without any of them
   * holds no phrase to remove (one look per word).
   */
  phraseWords: ReadonlySet<string>;
  /** Every word of the noise phrases. */
  phraseAll: ReadonlySet<string>;
  /** The English words titles are read in French by. */
  english: EnglishTable;
}

const noiseTables = new WeakMap<TitleNoise, NoiseTable>();

/**
 * The look-ups of a title noise list, built once per list: the match profile's in a content script (which
 * carries no list of its own), TITLE_NOISE's in the background and in Node.
 */
export function noiseTable(noise: TitleNoise): NoiseTable {
  let table = noiseTables.get(noise);
  if (!table) {
    const looks = noise.phrases.map((phrase) => ({
      word: phrase.split(' ').find((w) => !STOP_WORDS.has(w)) ?? phrase,
      spaced: ` ${phrase} `,
    }));
    table = {
      words: new Set(noise.words.join(' ').split(' ')),
      looks,
      phraseWords: new Set(['recherche', ...looks.map((look) => look.word)]),
      phraseAll: new Set(noise.phrases.join(' ').split(' ')),
      english: englishTable(noise.english),
    };
    noiseTables.set(noise, table);
  }
  return table;
}

/** TITLE_NOISE's look-ups, for the titles read outside a match profile (the background's, Node's). */
export const defaultNoise = (): NoiseTable => noiseTable(TITLE_NOISE);

/**
 * A title at a glance: the words its tokens can be drawn from, and whether one of them surely is one.
 * Defined only for a title whose reading makes no word of its own: no English word read in French
 * (english-title.ts mayRewordEnglish: "Marketing Assistant" is only reordered), no board title (read as another), no word joined to a lone letter ("e-commerce", "R&D", "3 D"), no
 * recruiter sentence, plain ASCII once folded. Its inline readings ("vendeur(se)" -> "vendeur",
 * "vendeuse") are looked at; the rest of a reading only drops or reorders words (pairs, noise, stop
 * words), so every token titleTokenSet() reads in the title as written is among `words`. Read without
 * names of its offer (parse-offer.ts), it may make words again ("R Metz D" without Metz is "R D", one
 * acronym): a caller relying on `words` checks that no such name is among them.
 * `sure`: a word no rule drops is among them, so the title is read as some word ("CDI - Urgent" is not).
 */
export interface TitleGlance {
  words: string[];
  sure: boolean;
  /** Whether one of the words passes the caller's test (the title screen's: it may count for a métier). */
  fits: boolean;
}

/**
 * Whether dropNoise() may drop a word: noise, a number, an hour, an ordinal, a duration unit, a level, a
 * word of a noise phrase (cutting a phrase drops its words only). What lies between two lone letters
 * may so vanish before wordTokens() reads them side by side, and joins them into an acronym.
 */
const mayVanish = (word: string, noise: NoiseTable) =>
  /\d/.test(word) ||
  noise.words.has(word) ||
  noise.phraseAll.has(word) ||
  DURATION_UNITS.has(word) ||
  word === 'bac' ||
  word === 'master';

/** TitleGlance of a title, `fits` by `test`; undefined when only a full reading can tell its words. */
export function glanceTitle(
  raw: string,
  noise: NoiseTable,
  test: (word: string) => boolean,
): TitleGlance | undefined {
  const folded = foldText(raw.slice(0, MAX_TITLE_LENGTH)).replace(GENDER_NOTICE, ' ').replace(LABEL, '');
  // normalize() reads what foldText() left outside ASCII: letters of its own, maybe.
  if (mayRewordEnglish(folded, noise.english) || /[^\0-\x7f]/.test(folded)) return undefined;
  // Gendered pairs put the words of one half beside those of the other: any two lone letters may meet.
  const paired = folded.includes('/') || folded.includes(' - ');
  const glance: TitleGlance = { words: [], sure: false, fits: false };
  for (const reading of inlineReadings(folded)) {
    let letters = 0;
    // Whether the last word that may not vanish was a lone letter (a lone letter next: an acronym).
    let lastLone = false;
    for (const word of normalizedWords(reading)) {
      if (word === 'recherche' || BOARD_LAST_WORDS.has(word)) return undefined;
      if (word.length === 1) {
        if (word === 'e' || lastLone || (paired && ++letters > 1)) return undefined;
        lastLone = true;
      } else if (!mayVanish(word, noise)) {
        lastLone = false;
        // A word no rule drops (see TitleGlance `sure`).
        if (!STOP_WORDS.has(word)) glance.sure = true;
      }
      glance.words.push(word);
      if (!glance.fits && test(word)) glance.fits = true;
    }
  }
  return glance;
}

/** The words of normalize() of text foldText() already lowered and stripped of accents: for ASCII only the punctuation is left to drop. */
function normalizedWords(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  // One scan cutting the letters and digits out, for ASCII; anything else goes through normalize().
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (code >= 128) return words(normalize(text));
    if (start >= 0) out.push(text.slice(start, i));
    start = -1;
  }
  return out;
}

/** The feminine of a masculine word, given the ending the title wrote after it. */
function feminine(stem: string, suffix: string): string {
  switch (suffix) {
    case 'e':
      // "employé(e)" folds to "employe(e)": the feminine is "employee", as normalize("Employée") gives.
      return `${stem}e`;
    case 'se':
    case 'euse':
      return stem.endsWith('eur') ? `${stem.slice(0, -3)}euse` : `${stem}se`;
    case 'trice':
    case 'rice':
    case 'ice':
      return stem.endsWith('teur') ? `${stem.slice(0, -4)}trice` : `${stem}${suffix}`;
    case 'ere':
      if (stem.endsWith('ier')) return `${stem.slice(0, -3)}iere`;
      return stem.endsWith('er') ? `${stem.slice(0, -2)}ere` : `${stem}ere`;
    case 've':
    case 'ive':
    case 'tive':
      return stem.endsWith('if') ? `${stem.slice(0, -1)}ve` : `${stem}${suffix}`;
    case 'esse':
    case 'sse':
      return stem.endsWith('e') ? `${stem}sse` : `${stem}esse`;
    default:
      // ne, le, te, fe: the ending doubles the last consonant and adds e.
      return `${stem}${suffix}`;
  }
}

const masculineReading = (_match: string, stem: string) => stem;
const feminineReading = (_match: string, stem: string, suffix: string) => feminine(stem, suffix);

/** The masculine and feminine readings of inline markers: "vendeur(se)" -> "vendeur", "vendeuse". */
function inlineReadings(text: string): string[] {
  // Most titles have no marker: one look for any mark settles them (three patterns' looks cost more).
  if (!ANY_MARK.test(text)) return [text];
  const masculine = replaceMarkers(text, masculineReading);
  // Nothing replaced ("Stage - Vendeur", "Bac+2"): the feminine reading is the same text.
  if (masculine === text) return [text];
  const feminineText = replaceMarkers(text, feminineReading);
  return masculine === feminineText ? [masculine] : [masculine, feminineText];
}

/** A mark followed by a letter a feminine ending starts with: the union of replaceMarkers' looks. */
const ANY_MARK = /[(.·/][efilnrstv]|-[enrst]/;

/** Applies the marker patterns in turn, each only when its punctuation is there (a regex scan costs more than a look). */
function replaceMarkers(
  text: string,
  reading: (match: string, stem: string, suffix: string) => string,
): string {
  let out = text;
  // Each only where its mark is followed by a letter a feminine ending starts with ("stage - vendeur"
  // skips the dash pattern): such a look, anchored on the mark, costs less than the pattern's scan.
  if (/\([efilnrstv]/.test(out)) out = out.replace(PARENTHESIS_SUFFIX, reading);
  if (/[.·/][efilnrstv]/.test(out)) out = out.replace(JOINED_SUFFIX, reading);
  if (/-[enrst]/.test(out)) out = out.replace(DASH_SUFFIX, reading);
  return out;
}

function commonPrefixLength(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Gendered pairs that are different words ("Garçon / Fille de salle", "Steward / Hôtesse"). */
const GENDER_TWINS = new Set([
  'homme femme',
  'garcon fille',
  'monsieur dame',
  'steward hotesse',
  'man woman',
  'valet femme',
]);

/** Every word of a twin pair: any other word has no twin, and needs no look-up. */
const TWIN_WORDS = new Set([...GENDER_TWINS].flatMap((pair) => pair.split(' ')));

/** Two words that are one word in two genders: "vendeur"/"vendeuse", "chef"/"cheffe", "ajusteur-monteur"/"ajusteuse-monteuse". */
function sameWordOtherGender(a: string, b: string): boolean {
  if (a === b) return true;
  // Most pairs tried are different words: a differing first letter settles it, but for the twins.
  if (
    a.charCodeAt(0) !== b.charCodeAt(0) ||
    a.charCodeAt(1) !== b.charCodeAt(1) ||
    a.charCodeAt(2) !== b.charCodeAt(2)
  )
    return TWIN_WORDS.has(a) && (GENDER_TWINS.has(`${a} ${b}`) || GENDER_TWINS.has(`${b} ${a}`));
  const aParts = a.split('-');
  const bParts = b.split('-');
  if (aParts.length !== bParts.length) return false;
  return aParts.every((part, i) => {
    const other = bParts[i] ?? '';
    if (part === other) return true;
    const prefix = commonPrefixLength(part, other);
    // The genders differ in their endings only: a few letters on each side ("directeur" / "directrice",
    // "docteur" / "doctoresse"), not "production" / "proche" ("Opérateur de production - Proche transports").
    return (
      prefix >= 3 &&
      prefix >= Math.min(part.length, other.length) - 4 &&
      prefix >= Math.max(part.length, other.length) - 6
    );
  });
}

/**
 * How many trailing words of the left half pair with the leading words of the
 * right half as gendered twins (0: the halves are not a gendered pair).
 */
function pairedWordCount(left: readonly string[], right: readonly string[]): number {
  for (let m = Math.min(left.length, right.length); m > 0; m--) {
    const offset = left.length - m;
    let paired = true;
    // At least one word must change between the halves: the same words twice are no gendered pair
    // ("Responsable de secteur - Secteur privé" is a title and a board's suffix, not two genders).
    let gendered = false;
    for (let i = 0; i < m && paired; i++) {
      const a = left[offset + i] ?? '';
      const b = right[i] ?? '';
      paired = sameWordOtherGender(a, b);
      if (a !== b) gendered = true;
    }
    if (paired && gendered) return m;
  }
  return 0;
}

const nonEmpty = (word: string) => word !== '';

/** The words of a segment: its non-empty runs between spaces. */
const words = (segment: string): string[] => segment.split(' ').filter(nonEmpty);

/** Word bounds of the text scanWords() read last, reused: start, end, and the segment of each word. */
const wordStarts: number[] = [];
const wordEnds: number[] = [];
const wordSegments: number[] = [];

/**
 * Finds the words of the segments between the separators of the two halves of
 * "Vendeur / Vendeuse" or "Développeuse - Développeur": a "/" and the spaces
 * around it, or a lone "-" between spaces (those after a separator are its
 * own). One scan, no word cut out: their bounds go to wordStarts, wordEnds and
 * wordSegments; returns how many words, and how many segments there are (the
 * empty ones too). Splitting on a regular expression, then each segment on its
 * spaces, was a quarter of the title parse.
 */
function scanWords(text: string): { words: number; segments: number } {
  let words = 0;
  let segment = 0;
  let start = -1;
  // Whether a separator ends at the last space seen: a "-" after it is a word.
  let afterSeparator = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code !== 32 && code !== 47) {
      if (start < 0) start = i;
      continue;
    }
    let separator = code === 47;
    if (start >= 0) {
      if (
        i - start === 1 &&
        text.charCodeAt(start) === 45 &&
        text.charCodeAt(start - 1) === 32 &&
        code === 32 &&
        i < text.length &&
        !afterSeparator
      )
        separator = true;
      else {
        wordStarts[words] = start;
        wordEnds[words] = i;
        wordSegments[words] = segment;
        words++;
      }
      afterSeparator = false;
      start = -1;
    }
    if (separator) {
      segment++;
      afterSeparator = true;
    }
  }
  return { words, segments: segment + 1 };
}

/** The words of each segment scanWords() found in `text` (cut out only now). */
function segmentsOf(text: string, scan: { words: number; segments: number }): string[][] {
  const segments: string[][] = [];
  for (let k = 0; k < scan.segments; k++) segments.push([]);
  for (let w = 0; w < scan.words; w++)
    segments[wordSegments[w] ?? 0]?.push(text.slice(wordStarts[w] ?? 0, wordEnds[w] ?? 0));
  return segments;
}

/** How many words of segment i pair with the next segment's (0: none, or no next segment). */
function pairedAt(segments: readonly string[][], i: number): number {
  const right = segments[i + 1] ?? [];
  return right.length > 0 ? pairedWordCount(segments[i] ?? [], right) : 0;
}

/** Whether the word of `text` from `start` to `end` is one of GENDER_TWINS' words. */
function isTwinAt(text: string, start: number, end: number): boolean {
  for (const twin of TWIN_WORDS) if (twin.length === end - start && text.startsWith(twin, start)) return true;
  return false;
}

/** Whether `text` holds the same `length` characters at `a` and at `b`. */
function sameLetters(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/**
 * Whether the first word of a segment may pair with a word of the segment
 * before (sameWordOtherGender's looks without its exceptions: the same word,
 * the same first three letters, or two twin words): without, no segment
 * pairs. Reads the bounds scanWords() just found in `text`.
 */
function mayPair(text: string, words: number): boolean {
  for (let b = 1; b < words; b++) {
    const right = wordSegments[b] ?? 0;
    // b is the first word of its segment, the segment before it is not empty.
    if (right === (wordSegments[b - 1] ?? 0) || right - 1 !== (wordSegments[b - 1] ?? 0)) continue;
    const bStart = wordStarts[b] ?? 0;
    const bLength = (wordEnds[b] ?? 0) - bStart;
    const bTwin = isTwinAt(text, bStart, bStart + bLength);
    for (let a = b - 1; a >= 0 && wordSegments[a] === right - 1; a--) {
      const aStart = wordStarts[a] ?? 0;
      const aLength = (wordEnds[a] ?? 0) - aStart;
      if (aLength === bLength && aLength < 3 && sameLetters(text, aStart, bStart, aLength)) return true;
      if (
        aLength >= 3 &&
        bLength >= 3 &&
        text.charCodeAt(aStart) === text.charCodeAt(bStart) &&
        text.charCodeAt(aStart + 1) === text.charCodeAt(bStart + 1) &&
        text.charCodeAt(aStart + 2) === text.charCodeAt(bStart + 2)
      )
        return true;
      if (bTwin && isTwinAt(text, aStart, aStart + aLength)) return true;
    }
  }
  return false;
}

/**
 * Joins the segments of a title, resolving gendered pairs ("technicien /
 * technicienne de maintenance") into two readings; the reading with the
 * shorter paired words (usually the masculine) comes first.
 */
function pairReadings(text: string): string[] {
  // Folded text has single spaces: without "/" or " - " there is one segment and nothing to pair.
  // Its spaces need no collapsing: normalizedWords() splits it next.
  if (!text.includes('/') && !text.includes(' - ')) return [text];
  // Most texts with a separator pair nothing ("Stage - Vendeur"): a look at their words' letters, first.
  const scan = scanWords(text);
  if (!mayPair(text, scan.words)) return [text];
  const segments = segmentsOf(text, scan);
  // Most texts with a separator pair nothing: the readings are built only from the first pair on.
  let i = 0;
  while (i < segments.length && pairedAt(segments, i) === 0) i += 1;
  // No gendered pair ("Stage - Vendeur"): the separators are punctuation normalizedWords() drops.
  if (i === segments.length) return [text];
  const first: string[] = [];
  const second: string[] = [];
  for (let j = 0; j < i; j++) {
    first.push(...(segments[j] ?? []));
    second.push(...(segments[j] ?? []));
  }
  while (i < segments.length) {
    const left = segments[i] ?? [];
    const right = segments[i + 1] ?? [];
    const m = pairedAt(segments, i);
    if (m === 0) {
      first.push(...left);
      second.push(...left);
      i += 1;
      continue;
    }
    const leftReading = [...left, ...right.slice(m)];
    const rightReading = [...left.slice(0, left.length - m), ...right];
    const leftWords = left.slice(left.length - m);
    const rightWords = right.slice(0, m);
    // Twins of different words ("garçon / fille") keep the written order, masculine first as ROME writes them.
    const twins = commonPrefixLength(leftWords[0] ?? '', rightWords[0] ?? '') < 3;
    const leftFirst = twins || leftWords.join('').length <= rightWords.join('').length;
    first.push(...(leftFirst ? leftReading : rightReading));
    second.push(...(leftFirst ? rightReading : leftReading));
    i += 2;
  }
  const firstReading = first.join(' ');
  const secondReading = second.join(' ');
  return firstReading === secondReading ? [firstReading] : [firstReading, secondReading];
}

/** The words left once the noise phrases and the recruiter sentence are cut out. */
function dropNoisePhrases(normalized: readonly string[], noise: NoiseTable): string[] {
  let text = ` ${normalized.join(' ')} `;
  if (text.includes(' recherche ')) text = text.replace(RECRUITER_SENTENCE, ' ');
  // Cutting only removes words: a phrase whose word the title lacks cannot appear after a cut either.
  for (const { word, spaced } of noise.looks)
    if (normalized.includes(word) && text.includes(spaced)) text = text.split(spaced).join(' ');
  return words(text);
}

const isLetter = (kept: readonly string[], i: number) => (kept[i] ?? '').length === 1;

/** Drops contract, level, date and duration words from a normalised title. */
function dropNoise(normalized: readonly string[], noise: NoiseTable, phrasesDropped = false): string[] {
  const kept: string[] = [];
  for (let i = 0; i < normalized.length; i++) {
    const token = normalized[i] ?? '';
    // A word of a noise phrase: the phrases go first (their regex backtracks over the whole
    // title: only run it when one of their words is there), then the words of what is left.
    if (!phrasesDropped && noise.phraseWords.has(token))
      return dropNoise(dropNoisePhrases(normalized, noise), noise, true);
    if (noise.words.has(token)) continue;
    const next = normalized[i + 1];
    // Digits sort before letters: the number patterns only for tokens that start with one.
    const numeric = token.charCodeAt(0) <= 57;
    // A level asked for ("Bac+2", "Master 1"): "master" alone names jobs ("Game master").
    if ((token === 'bac' || token === 'master') && next !== undefined && /^\d$/.test(next)) {
      i += 1;
      continue;
    }
    if (numeric && /^\d{1,2}$/.test(token) && next !== undefined && DURATION_UNITS.has(next)) {
      i += 1;
      continue;
    }
    // Hours ("35h", "39h30", "24h/24", "7j/7"), shifts ("2x8") and numbers of two digits or more name no job (see
    // wordTokens, which reads the ROME's forms alike); cut here, they no longer hide a board title
    // ("Employé de caisse - Temps partiel 80%").
    // So do ordinals ("13ème mois", "2nd semestre", "Paris 15e"): no appellation writes one.
    if (numeric && /^(?:\d\d+|\d\d?(?:[hj](?:\d\d)?|e|er|re|eme|nd|nde)|\dx\d)$/.test(token)) continue;
    kept.push(token);
  }
  // "Chef de projet (Stage ou Alternance)" leaves a dangling "ou": drop stop words at both ends.
  let start = 0;
  let end = kept.length;
  // A single letter next to another is part of an acronym ("r d" of "R&D"), not a dangling "d".
  while (
    start < end &&
    STOP_WORDS.has(kept[start] ?? '') &&
    !(isLetter(kept, start) && isLetter(kept, start + 1))
  )
    start++;
  while (
    end > start &&
    STOP_WORDS.has(kept[end - 1] ?? '') &&
    !(isLetter(kept, end - 1) && isLetter(kept, end - 2))
  )
    end--;
  return start === 0 && end === kept.length ? kept : kept.slice(start, end);
}

/**
 * Every normalised reading of a job title, masculine first: gender notices
 * and non-métier words removed, "Vendeur(se)" / "Serveur.euse" /
 * "Vendeur / Vendeuse" split into both genders. Empty when nothing is left.
 */
export function titleForms(raw: string, noise: NoiseTable = defaultNoise()): string[] {
  const forms: string[] = [];
  for (const reading of titleReadings(raw, noise)) {
    const form = reading.join(' ');
    if (!forms.includes(form)) forms.push(form);
  }
  return forms;
}

/**
 * Whole titles boards write every day for a trade that no ROME appellation
 * spells, each read as the title that trade's appellations make of it.
 * "Conseiller de vente" is how the chains name their shop sellers; the ROME
 * writes it only with a trade ("… en immobilier", "… en pièces de
 * rechange"), so no seller's fiche took it. As "Vendeur conseil" it is the
 * general sellers' (criteria/title-evidence-weights.ts tradeHeadsOf).
 * "Employé de caisse" was the crate makers' ("Caissier de l'emballage
 * industriel", by the root of "caissier") and the checkout managers', not
 * the cashiers': as "Caissier" it is theirs. "Agent d'entrepôt" and "Chef
 * d'entrepôt" read as the ROME's "Opérateur logistique en entrepôt" and
 * "Responsable d'entrepôt": an agent is no warehouse manager, a chef is the
 * logistics managers' too (they were also the plumbers', the foresters' and
 * the film producers', whose "entreprise" starts like "entrepôt": see
 * criteria/prefix-false-friends.ts). Only a whole title is read
 * so: "Conseiller de vente en immobilier" stays the estate agents'. A test
 * checks that no appellation reads as a key. Every key has three words: a
 * reading of another length is not looked up.
 */
export const BOARD_TITLES = new Map([
  ['conseiller de vente', 'vendeur conseil'],
  ['conseillere de vente', 'vendeuse conseil'],
  ['employe de caisse', 'caissier'],
  ['employee de caisse', 'caissiere'],
  ['agent d entrepot', 'operateur logistique entrepot'],
  ['agente d entrepot', 'operatrice logistique entrepot'],
  ['chef d entrepot', 'responsable entrepot'],
  ['cheffe d entrepot', 'responsable entrepot'],
]);

/** The last words of BOARD_TITLES' keys: a title holding none reads as no board title (glanceTitle). */
const BOARD_LAST_WORDS = new Set([...BOARD_TITLES.keys()].map((key) => key.slice(key.lastIndexOf(' ') + 1)));

/**
 * The kept words of every non-empty reading of a title, masculine first (at
 * most four; titleForms before the join). Two readings may be equal: the
 * token Set needs no dedup, titleForms does its own.
 */
function titleReadings(
  raw: string,
  noise: NoiseTable,
  places?: readonly string[],
  company?: string,
): string[][] {
  const folded = foldText(raw.slice(0, MAX_TITLE_LENGTH)).replace(GENDER_NOTICE, ' ').replace(LABEL, '');
  const readings: string[][] = [];
  const english = mayBeEnglish(folded, noise.english);
  for (const reading of inlineReadings(folded)) {
    for (const paired of pairReadings(reading)) {
      const kept = dropNoise(withoutNames(normalizedWords(paired), places, company), noise);
      // "PHP Developer", "Senior Software Engineer": read as the French title the ROME writes.
      if (kept.length > 0)
        readings.push(
          (english ? englishReading(kept, noise.english) : undefined) ??
            (kept.length === 3 ? BOARD_TITLES.get(kept.join(' '))?.split(' ') : undefined) ??
            kept,
        );
    }
  }
  return readings;
}

/**
 * The words without the runs that spell the offer's own place names ("agent d exploitation a metz" ->
 * "agent d exploitation a", whose dangling "a" dropNoise trims) and without its company's name where
 * it opens them ("SAINT LAURENT Stage HR Assistant", "JDE Peet's - Stage Infrastructure IT", "Boulanger -
 * Vendeur électroménager": the retailer, no baker), unless nothing else is left ("Boulanger H/F"). What is
 * left may be no job at all ("Saint Laurent - Stage"): no reading then. `company` is normalised.
 */
function withoutNames(
  all: string[],
  places: readonly string[] | undefined,
  company: string | undefined,
): string[] {
  // Most titles are read with neither: no join for them.
  if (!places && !company) return all;
  const text = ` ${all.join(' ')} `;
  let cut = company && text.startsWith(` ${company} `) ? text.slice(company.length + 1) : text;
  for (const place of places ?? []) cut = cut.replace(` ${place} `, ' ');
  return cut === text || cut === ' ' ? all : words(cut);
}

/** The métier words of a job title, normalised, in their masculine reading. */
export function cleanTitle(raw: string): string {
  return titleForms(raw)[0] ?? '';
}

/**
 * The meaningful words of a normalised form: no stop words, no lone single
 * letters (elisions: "d", "l"), but a run of single letters is an acronym
 * and kept as one word ("r d" of "R&D" -> "rd", "e h p a d" -> "ehpad", "3 d" -> "3d"):
 * dropping it would leave "technicien r d" as plain "technicien". A lone "e"
 * before a word is joined to it, the word kept too ("e commerce" -> "ecommerce", "commerce").
 */
export function formTokens(form: string): string[] {
  return wordTokens(words(form), []);
}

/** formTokens of a form's words, pushed onto `tokens`. */
function wordTokens(all: readonly string[], tokens: string[]): string[] {
  for (let i = 0; i < all.length; i++) {
    const word = all[i] ?? '';
    if (word.length > 1) {
      // A number of two digits or more is no word either: a reference, a count ("Réf. 4521", "Vendeur 12").
      // No appellation has one but the ROME's size notes ("50 salariés ou plus", read alike); in a title it
      // was an unexplained word: "Technicien de maintenance (Réf. 4521)" was no maintenance technician's
      // match, "Vendeur 12" a match where "Vendeur" alone is a near métier.
      if (!STOP_WORDS.has(word) && !(word.charCodeAt(0) <= 57 && /^\d+$/.test(word))) tokens.push(word);
      continue;
    }
    // The "e" of "e-commerce", "E-commercial", "e-learning" is part of the word: dropped as an elision,
    // it left "E-commercial" (E1113) a form of one word, "commercial", and every commercial title its
    // match. The joined word goes first; the word itself stays, as "learning" says "training" too.
    // Not before a stop word: "principal(e) des impôts", whose "(e)" the ROME's form leaves as "e des".
    const next = all[i + 1] ?? '';
    if (word === 'e' && next.length >= 3 && !STOP_WORDS.has(next)) {
      tokens.push(`e${next}`);
      continue;
    }
    let acronym = word;
    while (i + 1 < all.length && (all[i + 1] ?? '').length === 1) acronym += all[++i];
    // "3 d" of "3 D" is "3d", as a title writes it; a run of digits alone is no word.
    if (acronym.length > 1 && /[a-z]/.test(acronym)) tokens.push(acronym);
  }
  return tokens;
}

/** The distinct meaningful words of every reading of a job title (both genders). */
export function titleTokens(raw: string, noise: NoiseTable = defaultNoise()): string[] {
  return [...titleTokenSet(raw, noise)];
}

/**
 * titleTokens as a Set, in the same order, as offers carry them; `noise`, the
 * words and phrases read past (the match profile's); `places`, the normalised
 * names of the offer's commune, département or région, are no words of the
 * title's métier, nor is `company`, the offer's normalised company name, where
 * it opens the title.
 */
export function titleTokenSet(
  raw: string,
  noise: NoiseTable,
  places?: readonly string[],
  company?: string,
): Set<string> {
  const tokens: string[] = [];
  for (const reading of titleReadings(raw, noise, places, company)) wordTokens(reading, tokens);
  return new Set(tokens);
}
