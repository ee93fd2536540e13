/**
 * A field longer than this is cut: a hostile or broken page must not make the
 * scorer and the badge chew on megabytes of text.
 */
export const MAX_FIELD_LENGTH = 1000;

// Elements whose text is code or styling, never something a reader sees.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

// A run of whitespace that is not a single plain space: the only thing left to collapse once trimmed
// (\s holds the no-break spaces U+00A0 and U+202F, and every character trim() removes).
const LONG_OR_ODD_SPACE = /[^\S ]| {2}/;
const LONG_OR_ODD_RUN = /[^\S ]\s*| \s+/g;

/** Collapses every run of whitespace (including no-break spaces) to one space, trims, caps the length. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  // Trimmed first, most texts are already clean (every field makeOffer cleans a second time is):
  // a test that finds nothing is much cheaper than a replace that rewrites every single space.
  let clean = text.trim();
  if (LONG_OR_ODD_SPACE.test(clean)) clean = clean.replace(LONG_OR_ODD_RUN, ' ');
  return clean.length > MAX_FIELD_LENGTH ? clean.slice(0, MAX_FIELD_LENGTH) : clean;
}

/** The visible text of an element (text nodes only, scripts and styles skipped), cleaned. */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  const parts: string[] = [];
  collect(node, parts, 0);
  return cleanText(parts.join(''));
}

// Inline elements continue the text; any other element (p, div, li, br…) is a break,
// so "CDI<br>Temps plein" reads "CDI Temps plein", not "CDITemps plein".
const INLINE = new Set(
  'A ABBR B BDI BDO CITE CODE DATA DEL DFN EM FONT I IMG INS KBD LABEL MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR WBR'.split(
    ' ',
  ),
);

function collect(node: Node, parts: string[], depth: number): void {
  // Deep enough for any real card; guards the stack against pathological nesting.
  if (depth > 200) return;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
    else if (child.nodeType === 1) {
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      const inline = INLINE.has(tag);
      if (!inline) parts.push(' ');
      collect(child, parts, depth + 1);
      if (!inline) parts.push(' ');
    }
  }
}

/** Returns the cleaned text, or undefined when it is empty. */
export function nonEmpty(text: string | null | undefined): string | undefined {
  const clean = cleanText(text);
  return clean === '' ? undefined : clean;
}
