/**
 * The list of derived assets, where they come from and where they go: shared
 * by the build script, its tests and the benchmark.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCommunes } from './communes-build';
import { buildLexicon } from './rome-lexicon-build';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the assets are written: shipped with the extension as /data/<file>. */
export const DATA_DIR = join(REPO, 'public', 'data');

export const LEXICON_FILE = 'rome-lexicon.json';
export const COMMUNES_FILE = 'communes.json';

/** The shared open-data directory: an explicit argument, else SHARED_DATA, else ../shared/data. */
export function resolveSharedData(argument?: string): string {
  return resolve(argument ?? process.env.SHARED_DATA ?? join(REPO, '..', 'shared', 'data'));
}

/** True when the open data needed to build the assets is present. */
export function hasSharedData(dir: string): boolean {
  return existsSync(join(dir, 'rome')) && existsSync(join(dir, 'communes'));
}

/** Builds every asset; returns file name -> exact file text. */
export function buildAssets(sharedData: string): Record<string, string> {
  if (!hasSharedData(sharedData)) throw new Error(`no rome/ and communes/ under ${sharedData}`);
  return {
    [LEXICON_FILE]: `${JSON.stringify(buildLexicon(join(sharedData, 'rome')))}\n`,
    [COMMUNES_FILE]: `${JSON.stringify(buildCommunes(join(sharedData, 'communes')))}\n`,
  };
}
