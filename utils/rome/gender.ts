/**
 * ROME labels pair the masculine and the feminine with " / ": "Boulanger /
 * Boulangère", and the words both share are written once, at the head
 * ("Aide jardinier / jardinière") or at the tail ("Agent spécialisé / Agente
 * spécialisée des écoles maternelles -ASEM-"). This module spells out each
 * gender in full, so that an offer titled with either one finds its
 * appellation.
 */
import { normalize } from '../matching/normalize';

/** The token that separates the genders, once the label is split on white space. */
export const GENDER_SEPARATOR = '/';

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** "agent" / "agente", "chef" / "cheffe", "directeur" / "directrice": the same word in two genders. */
function sameStem(a: string, b: string): boolean {
  return a === b || commonPrefixLength(a, b) >= 3;
}

/**
 * How many words at the end of `left` change gender, i.e. pair with the first
 * words of `right`: the longest run whose first word shares a stem with the
 * first word of `right`. Words with nothing in common ("homme toutes mains /
 * femme toutes mains", "steward / hôtesse") pair as whole halves.
 */
function pairedWordCount(left: readonly string[], right: readonly string[]): number {
  const first = right[0] ?? '';
  for (let k = Math.min(left.length, right.length); k >= 1; k--)
    if (sameStem(left[left.length - k] ?? '', first)) return k;
  return Math.min(left.length, right.length);
}

/** Both genders of one "left / right" pair, shared head and tail spelled out in each. */
function splitPair(left: readonly string[], right: readonly string[]): string[][] {
  if (left.length === 0) return [right.slice()];
  if (right.length === 0) return [left.slice()];
  const m = pairedWordCount(left, right);
  const head = left.slice(0, left.length - m);
  const tail = right.slice(m);
  return [
    [...left, ...tail],
    [...head, ...right],
  ];
}

/**
 * Every gendered reading of a label already split into normalised words, with
 * GENDER_SEPARATOR tokens between the halves; masculine first, duplicates
 * removed. A label without separator has one reading.
 */
export function genderReadings(words: readonly string[]): string[][] {
  const parts: string[][] = [[]];
  for (const word of words) {
    if (word === GENDER_SEPARATOR) parts.push([]);
    else if (word !== '') parts[parts.length - 1]?.push(word);
  }
  // Several separators: each further half pairs with every reading so far.
  let readings: string[][] = [parts[0] ?? []];
  for (const part of parts.slice(1)) readings = readings.flatMap((reading) => splitPair(reading, part));
  const seen = new Set<string>();
  return readings.filter((reading) => {
    const key = reading.join(' ');
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A word a few long labels write with its feminine or plural ending in
 * brackets: "principal(e)", "spécialisé(e)", "site(s)". Normalised whole, the
 * ending became a word of its own ("principal e des douanes").
 */
const BRACKETED_ENDING = /^(.+)\((e|s)\)$/;

/**
 * A word of a label normalised for genderForms: a bracketed ending is kept
 * apart, in brackets ("principal(e)"), for genderFormsOf to spell out.
 */
export function normalizeLabelWord(word: string): string {
  if (word === GENDER_SEPARATOR) return word;
  const bracketed = BRACKETED_ENDING.exec(word);
  return bracketed ? `${normalize(bracketed[1] ?? '')}(${bracketed[2]})` : normalize(word);
}

/** A word with a bracketed ending in one reading: masculine (and plural "(s)") without it, feminine with it. */
function spellEnding(word: string, feminine: boolean): string {
  const open = word.lastIndexOf('(');
  const stem = word.slice(0, open);
  return feminine && word.endsWith('(e)') ? `${stem}e` : stem;
}

/** The forms of a label's words (normalizeLabelWord), masculine first: genderReadings joined, endings spelled out. */
export function genderFormsOf(words: readonly string[]): string[] {
  return genderReadings(words).map((reading, r) =>
    reading.map((word) => (word.endsWith(')') ? spellEnding(word, r > 0) : word)).join(' '),
  );
}

/** Normalised forms of both genders of a ROME label ("Boulanger / Boulangère" -> "boulanger", "boulangere"). */
export function genderForms(label: string): string[] {
  return genderFormsOf(
    label
      .split(/\s+/)
      .map(normalizeLabelWord)
      .filter((word) => word !== ''),
  );
}
