/**
 * The content scripts' extension API (scripts/build/content-script-polyfill.ts):
 * in a content-script build, the polyfill's file loads as the browser's own
 * namespace, which is Firefox's `browser` where it is the extension's and
 * Chrome's `chrome` otherwise; other builds and other files are left alone,
 * and polyfill-es-module.ts does not rewrite it there. That the methods they
 * call return promises natively: tests/unit/content-script/bundle.test.ts.
 */
import { createRequire } from 'node:module';
import type { Plugin, UserConfig } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import {
  contentScriptPolyfill,
  NATIVE_BROWSER_MODULE,
} from '../../../../scripts/build/content-script-polyfill';
import { polyfillEsModule } from '../../../../scripts/build/polyfill-es-module';

const POLYFILL_PATH = createRequire(import.meta.url).resolve('webextension-polyfill');

type Globals = { chrome?: unknown; browser?: unknown };
const globals = globalThis as Globals;

afterEach(() => {
  delete globals.chrome;
  delete globals.browser;
});

type Hook = (...args: unknown[]) => unknown;

/** Runs a plugin's `hook` on `arg` in a build of `config`. */
function runIn(plugin: Plugin, config: UserConfig, hook: 'load' | 'transform', ...args: unknown[]): unknown {
  (plugin.config as Hook).call({}, config, { command: 'build', mode: 'production' });
  return (plugin[hook] as Hook).call({}, ...args);
}

const build = (entryFileNames: string): UserConfig => ({
  build: { rollupOptions: { output: { entryFileNames } } },
});
const contentScript = build('content-scripts/indeed.js');

let imports = 0;
/** The default export of the module the content-script build loads (a new module each time). */
async function loadedNamespace(): Promise<unknown> {
  const loaded = runIn(contentScriptPolyfill(), contentScript, 'load', POLYFILL_PATH) as { code: string };
  imports += 1;
  const module = await import(`data:text/javascript,${encodeURIComponent(`${loaded.code}// ${imports}\n`)}`);
  return module.default;
}

describe('contentScriptPolyfill', () => {
  it('loads the browser’s own namespace for the polyfill in a content-script build', async () => {
    const loaded = runIn(contentScriptPolyfill(), contentScript, 'load', POLYFILL_PATH);
    expect(loaded).toEqual({ code: NATIVE_BROWSER_MODULE, map: null });
  });

  it('gives Firefox’s `browser` where it is the extension’s, Chrome’s `chrome` otherwise', async () => {
    const firefox = { runtime: { id: 'extension-id' } };
    globals.browser = firefox;
    globals.chrome = { runtime: { id: 'extension-id' } };
    expect(await loadedNamespace()).toBe(firefox);

    const chrome = { runtime: { id: 'extension-id' } };
    globals.chrome = chrome;
    delete globals.browser;
    expect(await loadedNamespace()).toBe(chrome);
    // A page element with id="browser" is a global of the page's window, not an API.
    globals.browser = { id: 'browser' };
    expect(await loadedNamespace()).toBe(chrome);
  });

  it('leaves the background, the pages and other files alone', () => {
    expect(runIn(contentScriptPolyfill(), build('background.js'), 'load', POLYFILL_PATH)).toBeNull();
    const popup = { build: { rollupOptions: { input: { popup: 'popup.html' } } } };
    expect(runIn(contentScriptPolyfill(), popup, 'load', POLYFILL_PATH)).toBeNull();
    expect(runIn(contentScriptPolyfill(), contentScript, 'load', '/x/node_modules/zod/index.js')).toBeNull();
  });

  it('runs before the ES-module rewrite, which leaves content-script builds alone', () => {
    expect(contentScriptPolyfill().enforce).toBe('pre');
    expect(
      runIn(polyfillEsModule(), contentScript, 'transform', NATIVE_BROWSER_MODULE, POLYFILL_PATH),
    ).toBeNull();
    // Elsewhere it does rewrite the file, and would fail on this one.
    expect(() =>
      runIn(polyfillEsModule(), build('background.js'), 'transform', NATIVE_BROWSER_MODULE, POLYFILL_PATH),
    ).toThrow(/UMD wrapper/);
  });
});
