/**
 * webextension-polyfill in the content scripts, with only the API metadata a
 * content script can use. The polyfill carries the promise signatures of
 * every namespace (alarms, bookmarks, tabs, webRequest…: about 1.1 KB of each
 * content script's 30 KiB gzipped budget), but a content script can reach
 * only runtime, storage, i18n and extension (MDN, "Content scripts",
 * WebExtension APIs). Those four are kept whole, so nothing a content script
 * can call loses its promise wrapper; the popup, options page and background
 * keep the whole polyfill.
 */
import type { Plugin } from 'vite';
import { isContentScriptBuild } from './compile-hints';

/** The namespaces a content script can use. */
export const CONTENT_SCRIPT_NAMESPACES = ['extension', 'i18n', 'runtime', 'storage'] as const;

/** The polyfill's file, as Vite resolves the package's main entry (polyfill-es-module.ts rewrites it too). */
export const POLYFILL_FILE = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/;
/** Its metadata: a JSON object literal (a copy of its api-metadata.json); JSON never writes `};` inside. */
const METADATA = /(const apiMetadata = )(\{[\s\S]*?\});/;

/**
 * The polyfill's source with the metadata cut down to `namespaces`. Throws when the source no longer has
 * the shape this relies on (a new polyfill version): the build must fail, not ship the whole metadata or none.
 */
export function trimPolyfillMetadata(source: string, namespaces: readonly string[]): string {
  const found = METADATA.exec(source);
  if (!found)
    throw new Error(
      'webextension-polyfill: apiMetadata not found; check scripts/build/content-script-polyfill.ts',
    );
  const [whole, declaration, literal = ''] = found;
  let metadata: Record<string, unknown>;
  try {
    metadata = JSON.parse(literal);
  } catch {
    throw new Error(
      'webextension-polyfill: apiMetadata is no longer plain JSON; check scripts/build/content-script-polyfill.ts',
    );
  }
  const kept: Record<string, unknown> = {};
  for (const name of namespaces) {
    if (!(name in metadata)) throw new Error(`webextension-polyfill: no "${name}" in apiMetadata`);
    kept[name] = metadata[name];
  }
  return source.replace(whole, () => `${declaration}${JSON.stringify(kept)};`);
}

/** The Vite plugin: trims the polyfill in content-script builds only. */
export function contentScriptPolyfill(): Plugin {
  let contentScript = false;
  return {
    name: 'repere-emploi:content-script-polyfill',
    apply: 'build',
    config(config) {
      // WXT makes the plugins afresh for each of its builds: this flag is this build's.
      contentScript = isContentScriptBuild(config);
    },
    transform(code, id) {
      if (!contentScript || !POLYFILL_FILE.test(id)) return null;
      return { code: trimPolyfillMetadata(code, CONTENT_SCRIPT_NAMESPACES), map: null };
    },
  };
}
