/**
 * webextension-polyfill as an ES module (scripts/build/polyfill-es-module.ts):
 * the real polyfill source, rewritten, is imported as a real ES module; its
 * default export is the browser's own `browser` object itself where there is
 * one (no copy, so no namespace is built in advance), and the polyfill's
 * promise wrapper around `chrome` where there is none.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { polyfillAsEsModule, polyfillEsModule } from '../../../../scripts/build/polyfill-es-module';

const POLYFILL_PATH = createRequire(import.meta.url).resolve('webextension-polyfill');
const POLYFILL = readFileSync(POLYFILL_PATH, 'utf8');

type Globals = { chrome?: unknown; browser?: unknown };
const globals = globalThis as Globals;

let imports = 0;

/** Imports `code` as an ES module and returns its default export (a new module each time: the same URL would be the cached one). */
async function defaultExportOf(code: string): Promise<unknown> {
  imports += 1;
  const module = await import(`data:text/javascript,${encodeURIComponent(`${code}// ${imports}\n`)}`);
  return module.default;
}

afterEach(() => {
  delete globals.chrome;
  delete globals.browser;
});

describe('polyfillAsEsModule', () => {
  it("exports the browser's own `browser` object itself, never reading its namespaces", async () => {
    const read: string[] = [];
    const native = { runtime: { id: 'extension-id' } };
    // A namespace the browser builds on first read (as Chromium's bindings do): the copy read them all.
    Object.defineProperty(native, 'tabs', {
      enumerable: true,
      get: () => {
        read.push('tabs');
        return {};
      },
    });
    globals.chrome = { runtime: { id: 'extension-id' } };
    globals.browser = native;
    const exported = await defaultExportOf(polyfillAsEsModule(POLYFILL));
    expect(exported).toBe(native);
    expect(read).toEqual([]);
  });

  it('exports the promise wrapper around `chrome` where the browser has no `browser`', async () => {
    const sent: unknown[] = [];
    globals.chrome = {
      runtime: {
        id: 'extension-id',
        lastError: undefined,
        sendMessage: (message: unknown, reply: (answer: unknown) => void) => {
          sent.push(message);
          reply({ ok: true });
        },
      },
    };
    const exported = (await defaultExportOf(polyfillAsEsModule(POLYFILL))) as {
      runtime: { sendMessage(message: unknown): Promise<unknown> };
    };
    expect(exported).not.toBe(globals.chrome);
    await expect(exported.runtime.sendMessage({ type: 'ping' })).resolves.toEqual({ ok: true });
    expect(sent).toEqual([{ type: 'ping' }]);
  });

  it('keeps the whole factory: only the wrapper lines change', () => {
    const rewritten = polyfillAsEsModule(POLYFILL);
    const factory = POLYFILL.slice(
      POLYFILL.indexOf('/* webextension-polyfill - v'),
      POLYFILL.lastIndexOf('\n});'),
    );
    expect(factory.length).toBeGreaterThan(10_000);
    expect(rewritten).toContain(factory);
    expect(rewritten.trimEnd().endsWith('export default polyfillModule.exports;')).toBe(true);
    expect(rewritten).not.toContain('typeof exports');
  });

  it('fails the build when the wrapper no longer has the shape it relies on', () => {
    expect(() => polyfillAsEsModule('module.exports = globalThis.browser;\n')).toThrow(/UMD wrapper/);
    expect(() => polyfillAsEsModule(POLYFILL.replace('function (module) {', 'function (mod) {'))).toThrow(
      /UMD wrapper/,
    );
  });
});

describe('polyfillEsModule', () => {
  it('rewrites the polyfill file only', () => {
    const transform = polyfillEsModule().transform as (code: string, id: string) => { code: string } | null;
    expect(transform.call({}, POLYFILL, POLYFILL_PATH)?.code).toBe(polyfillAsEsModule(POLYFILL));
    expect(transform.call({}, POLYFILL, '/work/utils/matching/score.ts')).toBeNull();
  });
});
