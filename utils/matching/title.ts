/**
 * Job titles as job boards write them ("SOUDEUR NAVALE LICENCE 111 (H/F)",
 * "Vendeur(se)", "Chargé·e de recrutement - Stage") turned into the métier
 * words, in normalised forms comparable with the ROME lexicon's forms (which
 * hold both the masculine and the feminine of every appellation).
 */
import { foldText } from './fold';
import { normalize } from './normalize';

/** Titles longer than this are cut: a real title is far shorter, and it bounds the work per offer. */
const MAX_TITLE_LENGTH = 300;

/** "H/F", "(F/H)", "h/f/x", "M/F", "(H-F)", "H ou F": gender notices, not métier words. */
const GENDER_NOTICE =
  /\(?\b[hfm]\s?[/|-]\s?[hfmx](?:\s?[/|-]\s?(?:x|nb|[hfm]))?\b\)?|\(?\b[hf] ou [hf]\b\)?/g;

/** Feminine endings written after a word: "(e)", "·ère", ".euse", "/ne", "-euse". */
const SUFFIXES = 'e|ne|le|se|euse|trice|rice|ice|ere|fe|te|ve|ive|tive|esse|sse';
const PARENTHESIS_SUFFIX = new RegExp(`([a-z]+) ?\\((${SUFFIXES})\\)`, 'g');
const JOINED_SUFFIX = new RegExp(`([a-z]+)[.·/](${SUFFIXES})(?:[.·]s)?(?![a-z])`, 'g');
/** After a dash only the unambiguous endings: "-le", "-te" would eat place names ("Villeneuve-le-Roi"). */
const DASH_SUFFIX = /([a-z]+)-(e|ne|se|euse|trice|rice|ere)(?![a-z-])/g;

/** Separators between the two halves of "Vendeur / Vendeuse" or "Développeuse - Développeur". */
const PAIR_SEPARATOR = /\s*\/\s*|\s+-\s+/;

/** Words that say something about the contract, level or date, never the métier. */
const NOISE_PHRASES = [
  'contrat de professionnalisation',
  'contrat d apprentissage',
  'contrat pro',
  'candidature spontanee',
  'de fin d etudes',
  'fin d etudes',
  'debutant accepte',
  'temps plein',
  'temps partiel',
  'temps complet',
  'full time',
  'part time',
  'offre d emploi',
  'offre de stage',
  '1er semestre',
  '2e semestre',
  '2eme semestre',
  '2nd semestre',
];
/** "Racine Paris recherche un(e) …": the company's sentence before the title. */
const RECRUITER_SENTENCE = /^.* recherche (?:un|une|des|son|sa|ses|notre|nos) /;
const NOISE_WORDS = new Set([
  'h',
  'f',
  'x',
  'hf',
  'fh',
  'cdi',
  'cdd',
  'cdic',
  'interim',
  'alternance',
  'alternant',
  'alternante',
  'apprentissage',
  'stage',
  'stagiaire',
  'internship',
  'intern',
  'urgent',
  'urgente',
  'confirme',
  'confirmee',
  'experimente',
  'experimentee',
  'junior',
  'senior',
  'jr',
  'sr',
  'freelance',
  'janvier',
  'fevrier',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'aout',
  'septembre',
  'octobre',
  'novembre',
  'decembre',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
const DURATION_UNITS = new Set(['mois', 'an', 'ans', 'semaine', 'semaines', 'jour', 'jours']);

/** Words that carry no meaning on their own when comparing tokens. */
const STOP_WORDS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'a',
  'au',
  'aux',
  'en',
  'et',
  'ou',
  'pour',
  'par',
  'sur',
  'un',
  'une',
  'dans',
  'avec',
  'chez',
  'the',
  'of',
  'and',
  'in',
  'for',
]);

/** One meaningful word of each noise phrase: a title without any of them holds no phrase to remove. */
const PHRASE_WORDS = new Set(
  NOISE_PHRASES.map((phrase) => phrase.split(' ').find((w) => !STOP_WORDS.has(w))),
);

/** normalize() of text foldText() already lowered and stripped of accents: for ASCII only the punctuation is left to do. */
function normalizeFolded(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range test needs \x00
  return /^[\x00-\x7f]*$/.test(text) ? text.replace(/[^a-z0-9]+/g, ' ').trim() : normalize(text);
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

/** The masculine and feminine readings of inline markers: "vendeur(se)" -> "vendeur", "vendeuse". */
function inlineReadings(text: string): string[] {
  // Most titles have no marker: skip the six replacements.
  if (!/[(.·/-]/.test(text)) return [text];
  const masculine = replaceMarkers(text, (_m, stem) => stem);
  const feminineText = replaceMarkers(text, (_m, stem, suffix) => feminine(stem, suffix));
  return masculine === feminineText ? [masculine] : [masculine, feminineText];
}

/** Applies the marker patterns in turn, each only when its punctuation is there (a regex scan costs more than a look). */
function replaceMarkers(
  text: string,
  reading: (match: string, stem: string, suffix: string) => string,
): string {
  let out = text;
  if (out.includes('(')) out = out.replace(PARENTHESIS_SUFFIX, reading);
  if (/[.·/]/.test(out)) out = out.replace(JOINED_SUFFIX, reading);
  if (out.includes('-')) out = out.replace(DASH_SUFFIX, reading);
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

/** Two words that are one word in two genders: "vendeur"/"vendeuse", "chef"/"cheffe", "ajusteur-monteur"/"ajusteuse-monteuse". */
function sameWordOtherGender(a: string, b: string): boolean {
  if (a === b || GENDER_TWINS.has(`${a} ${b}`) || GENDER_TWINS.has(`${b} ${a}`)) return true;
  const aParts = a.split('-');
  const bParts = b.split('-');
  if (aParts.length !== bParts.length) return false;
  return aParts.every((part, i) => {
    const other = bParts[i] ?? '';
    if (part === other) return true;
    const prefix = commonPrefixLength(part, other);
    return prefix >= 3 && prefix >= Math.min(part.length, other.length) - 4;
  });
}

/**
 * How many trailing words of the left half pair with the leading words of the
 * right half as gendered twins (0: the halves are not a gendered pair).
 */
function pairedWordCount(left: string[], right: string[]): number {
  for (let m = Math.min(left.length, right.length); m > 0; m--) {
    const tail = left.slice(left.length - m);
    const head = right.slice(0, m);
    if (tail.every((word, i) => sameWordOtherGender(word, head[i] ?? ''))) return m;
  }
  return 0;
}

const words = (segment: string): string[] => segment.split(' ').filter((w) => w !== '');

/**
 * Joins the segments of a title, resolving gendered pairs ("technicien /
 * technicienne de maintenance") into two readings; the reading with the
 * shorter paired words (usually the masculine) comes first.
 */
function pairReadings(text: string): string[] {
  // Folded text has single spaces: without "/" or " - " there is one segment and nothing to pair.
  if (!text.includes('/') && !text.includes(' - ')) return [words(text).join(' ')];
  const segments = text.split(PAIR_SEPARATOR);
  const first: string[] = [];
  const second: string[] = [];
  let i = 0;
  while (i < segments.length) {
    const left = words(segments[i] ?? '');
    const right = i + 1 < segments.length ? words(segments[i + 1] ?? '') : [];
    const m = right.length > 0 ? pairedWordCount(left, right) : 0;
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

/** Drops contract, level, date and duration words from a normalised title. */
function dropNoise(normalized: string): string {
  let text = ` ${normalized} `;
  // The regex backtracks over the whole title: only run it when its verb is there.
  if (text.includes(' recherche ')) text = text.replace(RECRUITER_SENTENCE, ' ');
  let tokens = words(text);
  if (tokens.some((token) => PHRASE_WORDS.has(token))) {
    for (const phrase of NOISE_PHRASES)
      if (text.includes(` ${phrase} `)) text = text.split(` ${phrase} `).join(' ');
    tokens = words(text);
  }
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1];
    if (NOISE_WORDS.has(token)) continue;
    // Digits sort before letters: the number patterns only for tokens that start with one.
    const numeric = token.charCodeAt(0) <= 57;
    if (numeric && /^(19|20)\d\d$/.test(token)) continue;
    if (token === 'bac' && next !== undefined && /^\d$/.test(next)) {
      i += 1;
      continue;
    }
    if (numeric && /^\d{1,2}$/.test(token) && next !== undefined && DURATION_UNITS.has(next)) {
      i += 1;
      continue;
    }
    kept.push(token);
  }
  // "Chef de projet (Stage ou Alternance)" leaves a dangling "ou": drop stop words at both ends.
  let start = 0;
  let end = kept.length;
  // A single letter next to another is part of an acronym ("r d" of "R&D"), not a dangling "d".
  const letter = (i: number) => (kept[i] ?? '').length === 1;
  while (start < end && STOP_WORDS.has(kept[start] ?? '') && !(letter(start) && letter(start + 1))) start++;
  while (end > start && STOP_WORDS.has(kept[end - 1] ?? '') && !(letter(end - 1) && letter(end - 2))) end--;
  return kept.slice(start, end).join(' ');
}

/**
 * Every normalised reading of a job title, masculine first: gender notices
 * and non-métier words removed, "Vendeur(se)" / "Serveur.euse" /
 * "Vendeur / Vendeuse" split into both genders. Empty when nothing is left.
 */
export function titleForms(raw: string): string[] {
  const folded = foldText(raw.slice(0, MAX_TITLE_LENGTH)).replace(GENDER_NOTICE, ' ');
  const forms: string[] = [];
  for (const reading of inlineReadings(folded)) {
    for (const paired of pairReadings(reading)) {
      const form = dropNoise(normalizeFolded(paired));
      if (form !== '' && !forms.includes(form)) forms.push(form);
    }
  }
  return forms;
}

/** The métier words of a job title, normalised, in their masculine reading. */
export function cleanTitle(raw: string): string {
  return titleForms(raw)[0] ?? '';
}

/**
 * The meaningful words of a normalised form: no stop words, no lone single
 * letters (elisions: "d", "l"), but a run of single letters is an acronym
 * and kept as one word ("r d" of "R&D" -> "rd", "e h p a d" -> "ehpad", "3 d" -> "3d"):
 * dropping it would leave "technicien r d" as plain "technicien".
 */
export function formTokens(form: string): string[] {
  const all = words(form);
  const tokens: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const word = all[i] ?? '';
    if (word.length > 1) {
      if (!STOP_WORDS.has(word)) tokens.push(word);
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
export function titleTokens(raw: string): string[] {
  const tokens = new Set<string>();
  for (const form of titleForms(raw)) for (const token of formTokens(form)) tokens.add(token);
  return [...tokens];
}

/** French agent nouns ("ostreiculteur", "pisteuse", "pushiste", "ecoutant"): a head without one of these endings ("store", "community", "salarie") is a qualifier or a foreign word, never a job on its own. */
const AGENT_NOUN = /(?:eur|euse|rice|ier|iere|iste|ien|ienne|logue|ant|ante|aire)$/;

/** Whether a normalised word reads as a French job noun (an agent-noun ending). */
export function isJobNoun(word: string): boolean {
  return AGENT_NOUN.test(word);
}

/**
 * One word for the masculine and feminine, singular and plural of a title
 * word ("administrative" and "administratifs" -> "administratif",
 * "vendeuse" -> "vendeur", "directrice" -> "directeur", "cheffe" -> "chef",
 * "adjointe" -> "adjoint"; a final e goes: "technique" -> "techniqu"), so that qualifiers
 * written in another gender or number than the lexicon's still count. Both
 * sides of a comparison go through it; a rare conflation is harmless.
 */
export function stemWord(word: string): string {
  if (word.length <= 3) return word;
  let s = word;
  if (s.endsWith('aux') && s.length > 4) s = `${s.slice(0, -3)}al`;
  else if (/[sx]$/.test(s) && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('euse') || s.endsWith('rice')) return `${s.slice(0, -4)}eur`;
  if (s.endsWith('ive')) return `${s.slice(0, -3)}if`;
  // "cheffe", "maitresse", "hotesse", "patronne", "technicienne", "cadette", "professionnelle".
  if (s.endsWith('ffe')) return s.slice(0, -2);
  if (s.endsWith('esse') && s.length > 6) s = s.slice(0, -3);
  else if (/(?:nn|ll|tt)e$/.test(s)) s = s.slice(0, -2);
  // Then the masculine is the word without its final e: "adjointe", "commise", "boulangere", "employee".
  if (s.endsWith('ere')) return `${s.slice(0, -3)}er`;
  // Every final e: "employee" and "employe" meet at "employ".
  return s.length > 4 ? s.replace(/e+$/, '') : s;
}
