import { safeQueryAll } from './dom';
import type { JsonRecord } from './json-value';
import { textOf } from './text';

// Nested items deeper than this are not a real offer; the reader stops there.
const MAX_DEPTH = 6;

/** Every microdata item typed schema.org JobPosting, with its element, read into JSON-LD-like records. */
export function findMicrodataPostings(root: ParentNode): { element: Element; posting: JsonRecord }[] {
  return safeQueryAll(root, '[itemscope][itemtype]')
    .filter((el) => /schema\.org\/JobPosting\b/i.test(el.getAttribute('itemtype') ?? ''))
    .map((element) => ({ element, posting: readItem(element, 0) }));
}

/** Reads one microdata item: its properties (nested items as records) and its `@type`. */
function readItem(scope: Element, depth: number): JsonRecord {
  const record: JsonRecord = {};
  const type = (scope.getAttribute('itemtype') ?? '').split(/[/#]/).pop();
  if (type) record['@type'] = type;
  if (depth > MAX_DEPTH) return record;
  for (const prop of safeQueryAll(scope, '[itemprop]')) {
    // A property belongs to the nearest enclosing item only.
    if (prop.parentElement?.closest('[itemscope]') !== scope) continue;
    const value = prop.hasAttribute('itemscope') ? readItem(prop, depth + 1) : propertyValue(prop);
    if (value === '' || value === undefined) continue;
    for (const name of (prop.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean)) {
      const previous = record[name];
      if (previous === undefined) record[name] = value;
      else record[name] = Array.isArray(previous) ? [...previous, value] : [previous, value];
    }
  }
  return record;
}

function propertyValue(prop: Element): string | undefined {
  const content = prop.getAttribute('content');
  if (content !== null) return content;
  const tag = prop.tagName.toUpperCase();
  if (tag === 'TIME') return prop.getAttribute('datetime') ?? textOf(prop);
  if (tag === 'META') return undefined;
  if (tag === 'A' || tag === 'LINK') return prop.getAttribute('href') ?? undefined;
  return textOf(prop);
}
