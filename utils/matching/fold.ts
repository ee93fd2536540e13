/**
 * Folding of free text for the parsers (places, salaries, contracts, titles):
 * a fast single pass, with the regular-expression version as its reference.
 */

/** foldText() by regular expressions: the reference, and the path for characters beyond its tables. */
export function foldTextByPatterns(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[·•‧∙⋅]/g, '·')
    .replace(/\s+/g, ' ')
    .trim();
}

/** JS white space (what \s matches) outside ASCII: foldTextByPatterns turns each into a space. */
const WIDE_SPACES =
  '\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** Typographic characters foldTextByPatterns rewrites: quotes, dashes, dots, ligatures. */
const TYPOGRAPHIC = '’‘ʼ´‐‑‒–—―−·•‧∙⋅œæß';

/** Signs above the Latin block that job boards write often (salaries, cut texts): kept as they are, in one look. */
const COMMON_SIGNS = '€…';

const FIRST_LATIN = 0xa0;
const LAST_LATIN = 0x24f;
const foldChar = (c: string) => (/\s/.test(c) ? ' ' : foldTextByPatterns(c));

/**
 * foldTextByPatterns() of each Latin character above ASCII (U+00A0-U+024F: every
 * accented letter of French and its neighbours), computed once: ' ' for
 * white space. An array indexed from U+00A0, looked up faster than a map.
 */
const FOLDED_LATIN = Array.from({ length: LAST_LATIN - FIRST_LATIN + 1 }, (_, i) =>
  foldChar(String.fromCharCode(FIRST_LATIN + i)),
);
/** foldTextByPatterns() of the wide spaces, typographic characters and common signs above the Latin block. */
const FOLDED_OTHER = new Map(
  [...(WIDE_SPACES + TYPOGRAPHIC + COMMON_SIGNS)].map((c) => [c.charCodeAt(0), foldChar(c)] as const),
);

/** foldTextByPatterns() of one character above ASCII, when computed in advance. */
const foldedChar = (code: number): string | undefined =>
  code >= FIRST_LATIN && code <= LAST_LATIN ? FOLDED_LATIN[code - FIRST_LATIN] : FOLDED_OTHER.get(code);

/** Whether the character at `i` is copied as it is: printable ASCII but the space and the backquote. */
function copied(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code > 32 && code < 127 && code !== 96;
}

/**
 * Lower-case, accent-free text that still holds its punctuation, for parsers
 * that need the structure ("H/F", "(69)", "12,50 €/h") that normalize() drops.
 * Every run of white space (no-break and thin spaces included) becomes one
 * space; dashes, apostrophes and middle dots are unified.
 *
 * One pass over the characters with the tables above (the ten regular
 * expressions of foldTextByPatterns cost more than the rest of a title's
 * parse); text with any other character, combining accents included, goes
 * through foldTextByPatterns, which gives the same result for all text.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let space = false;
  let run = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : -1;
    // Printable ASCII but the backquote, and a lone space between two such: copied as it is, a run
    // at a time (most titles are one or a few runs: a piece appended per word cost more).
    if ((code > 32 && code < 127 && code !== 96) || (code === 32 && run >= 0 && copied(lower, i + 1))) {
      if (run < 0) {
        if (space) out += ' ';
        space = false;
        run = i;
      }
      continue;
    }
    if (run >= 0) {
      out += lower.slice(run, i);
      run = -1;
    }
    if (code < 0) break;
    let piece: string;
    if (code === 32 || (code >= 9 && code <= 13)) piece = ' ';
    else if (code === 96) piece = "'";
    else {
      const folded = foldedChar(code);
      if (folded === undefined) return foldTextByPatterns(text);
      piece = folded;
    }
    if (piece === ' ') space = out !== '';
    else if (piece !== '') {
      if (space) out += ' ';
      space = false;
      out += piece;
    }
  }
  return out;
}

/**
 * normalize() of folded text, at a fraction of its cost: accents and case are gone already, only the runs
 * of other characters than a-z and 0-9 are left to turn into one space (tests/unit/matching/place-fold.test.ts
 * checks the two agree).
 */
const NON_WORD = /[^a-z0-9]+/g;
export const normalizeFolded = (folded: string): string => folded.replace(NON_WORD, ' ').trim();
