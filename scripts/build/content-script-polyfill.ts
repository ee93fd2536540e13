/**
 * webextension-polyfill in the content scripts, with only the API metadata
 * of the methods they call. The polyfill carries the promise signatures of
 * every namespace (alarms, bookmarks, tabs, webRequest…: about 1.1 KB of
 * each content script's 30 KiB gzipped budget). Another method is the
 * browser's own, bound by the polyfill: in Chrome (MV3) it returns a promise
 * itself, and Firefox runs no polyfill. Keeping the whole of the four
 * namespaces a content script can reach (runtime, storage, i18n,
 * extension) cost about 190 bytes gzipped more, for methods none calls. A
 * test reads every `browser.` call of the code the content scripts bundle
 * and fails for a method missing here (promise-returning ones) or elsewhere
 * unknown. The popup, options page and background keep the whole polyfill.
 */
import type { Plugin } from 'vite';
import { isContentScriptBuild } from './compile-hints';

/** The methods the content scripts call that return promises, as paths in the polyfill's metadata. */
export const CONTENT_SCRIPT_METHODS = [
  'runtime.sendMessage',
  'storage.local.get',
  'storage.local.set',
] as const;

/** The polyfill's file, as Vite resolves the package's main entry (polyfill-es-module.ts rewrites it too). */
export const POLYFILL_FILE = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/;
/** Its metadata: a JSON object literal (a copy of its api-metadata.json); JSON never writes `};` inside. */
const METADATA = /(const apiMetadata = )(\{[\s\S]*?\});/;

/**
 * The polyfill's source with the metadata cut down to `methods` (paths such as
 * "storage.local.get"). Throws when the source no longer has the shape this
 * relies on (a new polyfill version): the build must fail, not ship the
 * whole metadata or none.
 */
export function trimPolyfillMetadata(source: string, methods: readonly string[]): string {
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
  for (const method of methods) copyPath(metadata, kept, method.split('.'), method);
  return source.replace(whole, () => `${declaration}${JSON.stringify(kept)};`);
}

/** Copies the entry at `path` of `from` into `to`, making the objects on the way. */
function copyPath(
  from: Record<string, unknown>,
  to: Record<string, unknown>,
  path: string[],
  method: string,
): void {
  const [name = '', ...rest] = path;
  const value = from[name];
  if (typeof value !== 'object' || value === null)
    throw new Error(`webextension-polyfill: no "${method}" in apiMetadata`);
  if (rest.length === 0) {
    to[name] = value;
    return;
  }
  to[name] ??= {};
  copyPath(value as Record<string, unknown>, to[name] as Record<string, unknown>, rest, method);
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
      return { code: trimPolyfillMetadata(code, CONTENT_SCRIPT_METHODS), map: null };
    },
  };
}
