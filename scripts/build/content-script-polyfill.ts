/**
 * The content scripts use the browser's own extension API, not
 * webextension-polyfill. The three promise-returning methods they call
 * (CONTENT_SCRIPT_METHODS) return promises natively where the extension
 * runs: Firefox has its own `browser` (the polyfill hands it back as it
 * is), and Chrome's `chrome` returns promises for them in MV3 from Chrome
 * 99 (storage from 88); the manifest asks for Chrome 102, which
 * storage.session, used by the background, needs anyway. What the polyfill
 * adds there is its wrapping machinery and an answer of `undefined` in place
 * of Chrome's "message port closed" rejection, which the content scripts
 * treat alike (utils/content-script/messages.ts). Without it each script is
 * about 1.5 KB gzipped smaller (indeed.js 30,824 -> 29,311 bytes), of a 30
 * KiB budget (issue 4); a trimmed polyfill, with only those three methods'
 * metadata, kept about 1.1 KB of it. A test reads every `browser.` call of
 * the code the content scripts bundle and fails for a method outside
 * CONTENT_SCRIPT_METHODS that could return a promise
 * (tests/unit/content-script/bundle.test.ts). The popup, options page and
 * background keep the whole polyfill.
 */
import type { Plugin } from 'vite';
import { isContentScriptBuild } from './compile-hints';

/** The methods the content scripts call that return promises: each does natively in Chrome 102+ and Firefox. */
export const CONTENT_SCRIPT_METHODS = [
  'runtime.sendMessage',
  'storage.local.get',
  'storage.local.set',
] as const;

/** The oldest Chrome the extension runs in (manifest `minimum_chrome_version`): storage.session came in 102. */
export const MINIMUM_CHROME_VERSION = '102';

/** The polyfill's file, as Vite resolves the package's main entry (polyfill-es-module.ts rewrites it elsewhere). */
export const POLYFILL_FILE = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/;

/**
 * What a content script gets in the polyfill's place: the namespace the polyfill itself returns in
 * Firefox (`browser`, with a runtime id: a page's element with id="browser" is no such object), else Chrome's.
 */
export const NATIVE_BROWSER_MODULE =
  'export default globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;\n';

/** The Vite plugin: in content-script builds, loads the browser's own namespace for the polyfill. */
export function contentScriptPolyfill(): Plugin {
  let contentScript = false;
  return {
    name: 'repere-emploi:content-script-polyfill',
    apply: 'build',
    // Before polyfill-es-module.ts rewrites the file it would load.
    enforce: 'pre',
    config(config) {
      // WXT makes the plugins afresh for each of its builds: this flag is this build's.
      contentScript = isContentScriptBuild(config);
    },
    load(id) {
      if (!contentScript || !POLYFILL_FILE.test(id)) return null;
      return { code: NATIVE_BROWSER_MODULE, map: null };
    },
  };
}
