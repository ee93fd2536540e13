/**
 * Text normalisation shared by the lexicon build, the matching engine and the
 * site adapters: lower case, no accents, ligatures spelled out, every run of
 * non-alphanumerics turned into one space. Two strings that a French reader
 * would call the same word end up equal.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
