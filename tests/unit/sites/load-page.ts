import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

// linkedom, not happy-dom: happy-dom's parser drops every job card of the real
// Indeed page (0 of 16 `.job_seen_beacon`), linkedom reads all the saved pages.

/** The boards whose listings are cards (every adapter but the generic JobPosting reader). */
export const CARD_BOARDS = [
  'hellowork',
  'wttj',
  'linkedin',
  'indeed',
  'francetravail',
  'apec',
  'cadremploi',
  'meteojob',
];

/** Root of the saved pages, one folder per adapter id. */
export const PAGES_DIR = join(import.meta.dirname, '../../fixtures/pages');

/** Parses a fixture page (path relative to tests/fixtures/pages) into a Document. */
export function loadPage(relativePath: string): Document {
  return parseHTML(readFileSync(join(PAGES_DIR, relativePath), 'utf8')).document as unknown as Document;
}

/** Parses an HTML string into a Document. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The .html files saved for one adapter (empty when the folder is missing). */
export function pagesOf(adapterId: string): string[] {
  try {
    return readdirSync(join(PAGES_DIR, adapterId)).filter((name) => name.endsWith('.html'));
  } catch {
    return [];
  }
}
