/**
 * English job titles, as boards in France often write them for tech roles
 * ("PHP Developer", "Senior Software Engineer"): the ROME names those jobs
 * in French, head first ("Développeur PHP", "Ingénieur logiciel"), so such a
 * title is read as its French counterpart: its English job noun translated
 * and put first, a few qualifiers translated, the others kept as written
 * ("php", "react", "cloud" are the same words in a French title). The words
 * are english-title-words.ts's, as the match profile carries them.
 */
import type { EnglishTitleWords } from './english-title-words';
import { isJobNoun } from './stem';
import { FRENCH_STOP_WORDS } from './stop-words';

/** The look-ups of the English words, built once per list (title.ts noiseTable). */
export interface EnglishTable {
  heads: ReadonlyMap<string, string>;
  qualifiers: ReadonlyMap<string, string>;
  /** The two-word compounds ("human resources") and their French words. */
  compounds: ReadonlyMap<string, string>;
  romeEnglish: readonly string[];
  /**
   * Any of the heads or compounds in a text, plural too: one look per title, before any word is looked
   * up (a fifth of the cost).
   */
  anyHead: RegExp;
  /** The heads spelt otherwise in French, and the compounds: a reading with one holds a word of its own. */
  rewords: RegExp;
  /** The heads spelt alike ("assistant"), and the qualifiers spelt otherwise ("hr"), as whole words. */
  alike: RegExp;
  translated: RegExp;
}

export function englishTable(words: EnglishTitleWords): EnglishTable {
  // No word, no match (an empty pattern would match every text).
  const anyOf = (parts: string[]) => new RegExp(parts.join('|') || '(?!)');
  const alike = words.heads.filter(([english, french]) => english === french).map(([english]) => english);
  const other = words.heads.filter(([english, french]) => english !== french).map(([english]) => english);
  // A compound's words may be joined by any mark ("Human-Resources").
  const compounds = words.compounds.map(([english]) => english.replace(' ', '\\W+'));
  const translated = words.qualifiers.filter(([english, french]) => english !== french);
  return {
    heads: new Map(words.heads),
    qualifiers: new Map(words.qualifiers),
    compounds: new Map(words.compounds),
    romeEnglish: words.romeEnglish,
    anyHead: anyOf([...alike, ...other, ...compounds]),
    rewords: anyOf([...other, ...compounds]),
    alike: anyOf(alike),
    translated: anyOf(translated.map(([english]) => `\\b${english}\\b`)),
  };
}

/** The words with the table's compounds in French ("human resources" -> "ressources humaines"); undefined when none. */
function withCompounds(words: readonly string[], table: EnglishTable): string[] | undefined {
  let out: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const french = table.compounds.get(`${words[i]} ${words[i + 1]}`);
    if (french) {
      out ??= words.slice(0, i);
      out.push(...french.split(' '));
      i++;
    } else out?.push(words[i] ?? '');
  }
  return out;
}

/** Whether a folded title may hold an English job noun: englishReading is worth calling on its readings. */
export const mayBeEnglish = (text: string, table: EnglishTable): boolean => table.anyHead.test(text);

/**
 * Whether a folded title's English reading may hold a word the title does not ("hr assistant" reads
 * "assistant rh"); a noun spelt alike beside no translated qualifier only reorders the words
 * ("Agent d'entretien", "Marketing Assistant"), which the title screen's glance may still read.
 */
export const mayRewordEnglish = (text: string, table: EnglishTable): boolean =>
  table.rewords.test(text) || (table.alike.test(text) && table.translated.test(text));

/** The French noun of an English job noun, singular or plural ("developers"). */
function frenchHead(word: string, heads: ReadonlyMap<string, string>): string | undefined {
  return heads.get(word) ?? (word.endsWith('s') ? heads.get(word.slice(0, -1)) : undefined);
}

/**
 * The French reading of a title's words: its English compounds in French
 * ("human resources" -> "ressources humaines", in any title), then, when the
 * words read as an English job title (an English job noun of the heads, no
 * French function word of FRENCH_STOP_WORDS, no French job noun heading it,
 * none of the ROME's English appellations), the noun translated and first,
 * then the other words in their order, the qualifiers translated. English
 * puts its head last ("Software Support Engineer" is an engineer), so the
 * last job noun heads the reading. A noun spelt alike in both languages
 * ("assistant", "designer", "agent") reads a title as English only beside
 * a qualifier or a compound of the table ("Marketing Assistant", "Real
 * Estate Agent"): "Premier assistant" is a French title. Undefined when the
 * reading is the words as written ("Assistant marketing" is French already).
 */
export function englishReading(words: readonly string[], table: EnglishTable): string[] | undefined {
  const read = withCompounds(words, table);
  return headFirst(read ?? words, table, read !== undefined, words[0] ?? '') ?? read;
}

/**
 * englishReading's head-first reading of the words (their compounds read); `compound`: one was read;
 * `first`, the first word as written (a compound's French, "immobilier", is no French job noun heading it).
 */
function headFirst(
  words: readonly string[],
  table: EnglishTable,
  compound: boolean,
  first: string,
): string[] | undefined {
  let head = -1;
  let french: string | undefined;
  for (let i = words.length - 1; i >= 0 && head < 0; i--) {
    french = frenchHead(words[i] ?? '', table.heads);
    if (french) head = i;
  }
  // Headed by a French job noun ("Ingénieur Test Analyst"): a French title borrowing an English word.
  if (head < 0 || french === undefined || (head > 0 && isJobNoun(first))) return undefined;
  // A lone letter is an acronym's ("R&D Engineer"), not an elided "d'" or "l'".
  for (const word of words) if (word.length > 1 && FRENCH_STOP_WORDS.has(word)) return undefined;
  const spaced = ` ${words.join(' ')} `;
  for (const name of table.romeEnglish) if (spaced.includes(` ${name} `)) return undefined;
  // Spelt alike ("assistants" too): English only beside a qualifier or a compound, and kept as written.
  const alike = words[head] === french || words[head] === `${french}s`;
  if (alike && !compound && !words.some((word) => table.qualifiers.has(word))) return undefined;
  const reading = alike ? [words[head] ?? ''] : french.split(' ');
  words.forEach((word, i) => {
    if (i !== head) reading.push(...(table.qualifiers.get(word) ?? word).split(' '));
  });
  return reading.join(' ') === words.join(' ') ? undefined : reading;
}
