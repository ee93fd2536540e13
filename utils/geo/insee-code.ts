/**
 * INSEE commune codes ("69123", "2A004", "97411") as numbers and back: read
 * in base 36 they keep their order, so sorted codes pack as small differences.
 */

/** The INSEE code as a base-36 number. */
export function codeNumber(code: string): number {
  return Number.parseInt(code, 36);
}

/** Inverse of codeNumber(): five characters, upper case. */
export function codeFromNumber(value: number): string {
  return value.toString(36).toUpperCase().padStart(5, '0');
}

/** The département of an INSEE commune code: three characters overseas (97x, 98x), two elsewhere. */
export function departementOfCode(code: string): string {
  return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
}
