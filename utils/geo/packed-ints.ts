/**
 * A compact text encoding for long lists of integers, used by the shipped data
 * assets (ROME lexicon, commune index): JSON arrays of numbers cost a comma
 * and several digits each, while most of our numbers are small deltas. Each
 * number is written in base 32, high digits first, with two alphabets of 32
 * characters: one for "more digits follow", one for "last digit". No
 * separators are needed and every character is safe inside a JSON string.
 */

const LAST_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUV';
const MORE_DIGITS = 'WXYZabcdefghijklmnopqrstuvwxyz-_';
const BASE = 32;

/** Character code -> digit value; 0..31 ends a number, 32..63 continues it, -1 is invalid. */
const DIGIT_OF = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < BASE; i++) {
    table[LAST_DIGITS.charCodeAt(i)] = i;
    table[MORE_DIGITS.charCodeAt(i)] = BASE + i;
  }
  return table;
})();

/** The value of a one-character packed number (0..31) from its character code; -1 if it is not one. */
export function lastDigit(charCode: number): number {
  const digit = charCode < 128 ? (DIGIT_OF[charCode] ?? -1) : -1;
  return digit < BASE ? digit : -1;
}

/** Encodes non-negative safe integers into the packed text form. */
export function packUints(values: readonly number[]): string {
  let out = '';
  for (const value of values) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`cannot pack ${value}`);
    const digits: number[] = [];
    let rest = value;
    do {
      digits.push(rest % BASE);
      rest = Math.floor(rest / BASE);
    } while (rest > 0);
    for (let i = digits.length - 1; i > 0; i--) out += MORE_DIGITS[digits[i] ?? 0];
    out += LAST_DIGITS[digits[0] ?? 0];
  }
  return out;
}

/** Decodes the packed text form back into its non-negative integers. */
export function unpackUints(text: string): number[] {
  // At most one number per character: allocated once at that size, cut to length at the end.
  const values = new Array<number>(text.length).fill(0);
  let count = 0;
  let value = 0;
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? (DIGIT_OF[code] ?? -1) : -1;
    if (digit < 0) throw new SyntaxError(`invalid packed character at ${i}`);
    if (digit >= BASE) {
      value = value * BASE + (digit - BASE);
      open = true;
    } else {
      values[count++] = value * BASE + digit;
      value = 0;
      open = false;
    }
  }
  if (open) throw new SyntaxError('packed text ends in the middle of a number');
  values.length = count;
  return values;
}

/** Maps signed integers to unsigned ones (0, -1, 1, -2 … -> 0, 1, 2, 3 …) so small negatives stay short. */
export function zigzag(value: number): number {
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

/** Inverse of zigzag(). */
export function unzigzag(value: number): number {
  return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
}

/** Packs signed integers as successive differences: sorted or clustered lists become short. */
export function packDeltas(values: readonly number[]): string {
  let previous = 0;
  const deltas: number[] = [];
  for (const value of values) {
    deltas.push(zigzag(value - previous));
    previous = value;
  }
  return packUints(deltas);
}

/** Inverse of packDeltas(). */
export function unpackDeltas(text: string): number[] {
  const values = unpackUints(text);
  let previous = 0;
  for (let i = 0; i < values.length; i++) {
    previous += unzigzag(values[i] ?? 0);
    values[i] = previous;
  }
  return values;
}
