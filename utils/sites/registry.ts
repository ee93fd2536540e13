/**
 * Every adapter in one place, for the scan script and the tests. No content
 * script imports it: each bundles only its own adapter (utils/content-script/
 * define.ts; tests/unit/content-script/bundle.test.ts checks it).
 */
import { apec } from './apec';
import { boardFor, matchesPattern } from './boards';
import { cadremploi } from './cadremploi';
import { francetravail } from './francetravail';
import { hellowork } from './hellowork';
import { indeed } from './indeed';
import { jsonld } from './jsonld';
import { linkedin } from './linkedin';
import { meteojob } from './meteojob';
import type { SiteAdapter } from './types';
import { wttj } from './wttj';

/** The board adapters, in the order `adapterFor` tries them. */
export const BOARD_ADAPTERS: readonly SiteAdapter[] = [
  francetravail,
  indeed,
  hellowork,
  wttj,
  apec,
  linkedin,
  cadremploi,
  meteojob,
];

/** Every adapter, the generic JobPosting reader last (the registry test walks this list). */
export const ALL_ADAPTERS: readonly SiteAdapter[] = [...BOARD_ADAPTERS, jsonld];

export { jsonld as genericAdapter };

/** The board adapter whose match patterns cover this URL, or null (the caller may then use `genericAdapter`). */
export function adapterFor(url: URL): SiteAdapter | null {
  const board = boardFor(url);
  return board ? (BOARD_ADAPTERS.find((adapter) => adapter.id === board.id) ?? null) : null;
}

export { matchesPattern };
