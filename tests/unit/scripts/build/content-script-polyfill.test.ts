/**
 * The content scripts' polyfill (scripts/build/content-script-polyfill.ts):
 * on the real webextension-polyfill source, only the metadata of the methods
 * the content scripts call is kept, unchanged, and nothing else of the
 * source moves; other builds and other files are left alone. That those are
 * all the methods they call: tests/unit/content-script/bundle.test.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SCRIPT_METHODS,
  contentScriptPolyfill,
  trimPolyfillMetadata,
} from '../../../../scripts/build/content-script-polyfill';

const POLYFILL_PATH = createRequire(import.meta.url).resolve('webextension-polyfill');
const POLYFILL = readFileSync(POLYFILL_PATH, 'utf8');
const METADATA = /const apiMetadata = (\{[\s\S]*?\});/;

/** The metadata object of a polyfill source, and the source with a marker in its place. */
function split(source: string): { metadata: Record<string, unknown>; rest: string } {
  const found = METADATA.exec(source);
  if (!found?.[1]) throw new Error('no apiMetadata in this source');
  return { metadata: JSON.parse(found[1]), rest: source.replace(found[1], '{…}') };
}

describe('trimPolyfillMetadata', () => {
  it('keeps exactly the methods the content scripts call, with their signatures', () => {
    const original = split(POLYFILL);
    const trimmed = split(trimPolyfillMetadata(POLYFILL, CONTENT_SCRIPT_METHODS));
    expect(trimmed.metadata).toEqual({
      runtime: { sendMessage: { minArgs: 1, maxArgs: 3 } },
      storage: { local: { get: { minArgs: 0, maxArgs: 1 }, set: { minArgs: 1, maxArgs: 1 } } },
    });
    const signature = (metadata: Record<string, unknown>, path: string) =>
      path.split('.').reduce<unknown>((node, name) => (node as Record<string, unknown>)?.[name], metadata);
    for (const method of CONTENT_SCRIPT_METHODS)
      expect(signature(trimmed.metadata, method)).toEqual(signature(original.metadata, method));
    expect(Object.keys(original.metadata)).toContain('tabs');
    expect(trimmed.rest).toBe(original.rest);
  });

  it('fails the build when the polyfill no longer has the shape it relies on', () => {
    expect(() => trimPolyfillMetadata('module.exports = {};', ['runtime'])).toThrow(/apiMetadata not found/);
    expect(() => trimPolyfillMetadata('const apiMetadata = {\n  a: 1\n};', ['runtime'])).toThrow(
      /plain JSON/,
    );
    expect(() => trimPolyfillMetadata('const apiMetadata = {\n  "tabs": {}\n};', ['runtime'])).toThrow(
      /no "runtime"/,
    );
    expect(() =>
      trimPolyfillMetadata('const apiMetadata = {\n  "storage": {"local": {}}\n};', ['storage.local.get']),
    ).toThrow(/no "storage.local.get"/);
  });
});

/** What the plugin does to `id`'s code in a build of `config`. */
function transformIn(config: UserConfig, id: string): unknown {
  const plugin = contentScriptPolyfill();
  const configHook = plugin.config as Extract<Plugin['config'], (...args: never[]) => unknown>;
  configHook.call({} as never, config, { command: 'build', mode: 'production' });
  const transform = plugin.transform as (code: string, id: string) => unknown;
  return transform.call({}, POLYFILL, id);
}

const build = (entryFileNames: string): UserConfig => ({
  build: { rollupOptions: { output: { entryFileNames } } },
});

describe('contentScriptPolyfill', () => {
  it('trims the polyfill in a content-script build', () => {
    const result = transformIn(build('content-scripts/indeed.js'), POLYFILL_PATH) as { code: string };
    expect(result.code).toBe(trimPolyfillMetadata(POLYFILL, CONTENT_SCRIPT_METHODS));
    expect(result.code.length).toBeLessThan(POLYFILL.length - 5000);
  });

  it('leaves the background, the pages and other files alone', () => {
    expect(transformIn(build('background.js'), POLYFILL_PATH)).toBeNull();
    expect(
      transformIn({ build: { rollupOptions: { input: { popup: 'popup.html' } } } }, POLYFILL_PATH),
    ).toBeNull();
    expect(transformIn(build('content-scripts/indeed.js'), '/x/node_modules/zod/index.js')).toBeNull();
  });
});
