import { dedupe } from './dedupe';
import { safeQueryAll } from './dom';
import { asList, isRecord, type JsonRecord, parseJson } from './json-value';

// Nesting deeper than this is not a real JSON-LD document; the walk stops there.
const MAX_DEPTH = 8;

/** Every schema.org JobPosting object in the page's JSON-LD scripts; malformed scripts are skipped. */
export function findJsonLdPostings(root: ParentNode): JsonRecord[] {
  const postings: JsonRecord[] = [];
  for (const script of safeQueryAll(root, 'script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!type.includes('ld+json')) continue;
    const data = parseJson(stripWrapper(script.textContent ?? ''));
    collectPostings(data, postings, 0);
  }
  return dedupe(postings, (p) => JSON.stringify([p.title, p.url, p.datePosted]));
}

// Some CMSs wrap JSON-LD in HTML comments or CDATA markers.
function stripWrapper(text: string): string {
  return text
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\/<!\[CDATA\[|\/\/\]\]>$/g, '')
    .trim();
}

function collectPostings(node: unknown, out: JsonRecord[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(node)) {
    for (const item of node) collectPostings(item, out, depth + 1);
    return;
  }
  if (!isRecord(node)) return;
  if (isJobPosting(node)) {
    out.push(node);
    return;
  }
  for (const key of ['@graph', 'itemListElement', 'mainEntity', 'item']) {
    for (const child of asList(node[key])) collectPostings(child, out, depth + 1);
  }
}

function isJobPosting(node: JsonRecord): boolean {
  return asList(node['@type']).some((t) => typeof t === 'string' && /(^|[/:])JobPosting$/.test(t));
}
