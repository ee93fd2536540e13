/**
 * English job titles, as boards in France often write them for tech roles
 * ("PHP Developer", "Senior Software Engineer"): the ROME names those jobs
 * in French, head first ("Développeur PHP", "Ingénieur logiciel"), so such a
 * title is read as its French counterpart: its English job noun translated
 * and put first, a few qualifiers translated, the others kept as written
 * ("php", "react", "cloud" are the same words in a French title).
 *
 * Only nouns whose French counterpart names the same job are here: an
 * English "manager", "officer" or "consultant" heads titles of every trade
 * (the ROME keeps many of them as written: "Brand content manager"), so it
 * is left alone. The ROME's own English appellations with one of these
 * nouns ("Data engineer", "Business developer") are names in their own
 * right, of their own trade: a title holding one is read as written
 * (ROME_ENGLISH, checked against the lexicon by a test).
 */
import { isJobNoun } from './stem';
import { FRENCH_STOP_WORDS } from './stop-words';

/** English job nouns (singular) and the French masculine noun, normalised (title.ts). */
const HEADS = new Map([
  ['developer', 'developpeur'],
  ['engineer', 'ingenieur'],
  ['programmer', 'programmeur'],
  ['tester', 'testeur'],
  ['architect', 'architecte'],
  ['administrator', 'administrateur'],
  ['technician', 'technicien'],
  ['analyst', 'analyste'],
]);

/** Qualifiers the ROME writes in French ("Ingénieur logiciel", "Administrateur réseaux"). */
const QUALIFIERS = new Map([
  ['software', 'logiciel'],
  ['network', 'reseau'],
  ['networks', 'reseaux'],
  ['security', 'securite'],
  ['embedded', 'embarque'],
  ['quality', 'qualite'],
  ['mechanical', 'mecanique'],
  ['sales', 'commercial'],
  ['system', 'systeme'],
  ['systems', 'systemes'],
]);

/** The ROME appellations (normalised words) that hold one of HEADS: read as written. */
export const ROME_ENGLISH = [
  'analyst revenue management',
  'business analyst',
  'business developer',
  'data analyst',
  'data architect',
  'data engineer',
  'database administrator',
  'prompt engineer',
  'security architect',
];

/** Any of HEADS in a text, plural too: one look per title, before any word is looked up (a fifth of the cost). */
const ANY_HEAD = new RegExp([...HEADS.keys()].join('|'));

/** Whether a folded title may hold an English job noun: englishReading is worth calling on its readings. */
export const mayBeEnglish = (text: string): boolean => ANY_HEAD.test(text);

/** The French noun of an English job noun, singular or plural ("developers"). */
function frenchHead(word: string): string | undefined {
  return HEADS.get(word) ?? (word.endsWith('s') ? HEADS.get(word.slice(0, -1)) : undefined);
}

/**
 * The French reading of a title's words when they read as an English job
 * title (an English job noun of HEADS, no French function word of
 * FRENCH_STOP_WORDS, no French job noun heading it, none of the ROME's
 * English appellations): the noun translated and first, then the other
 * words in their order, QUALIFIERS translated. Undefined otherwise.
 */
export function englishReading(words: readonly string[]): string[] | undefined {
  let head = -1;
  let french: string | undefined;
  for (let i = 0; i < words.length && head < 0; i++) {
    french = frenchHead(words[i] ?? '');
    if (french) head = i;
  }
  // Headed by a French job noun ("Ingénieur Test Analyst"): a French title borrowing an English word.
  if (head < 0 || (head > 0 && isJobNoun(words[0] ?? ''))) return undefined;
  // A lone letter is an acronym's ("R&D Engineer"), not an elided "d'" or "l'".
  for (const word of words) if (word.length > 1 && FRENCH_STOP_WORDS.has(word)) return undefined;
  const spaced = ` ${words.join(' ')} `;
  for (const name of ROME_ENGLISH) if (spaced.includes(` ${name} `)) return undefined;
  const reading = [french ?? ''];
  words.forEach((word, i) => {
    if (i !== head) reading.push(QUALIFIERS.get(word) ?? word);
  });
  return reading;
}
