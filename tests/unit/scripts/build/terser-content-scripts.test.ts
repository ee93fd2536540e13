/** The minifier switch (scripts/build/terser-content-scripts.ts): Terser for content-script builds only. */
import type { Plugin, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { terserContentScripts } from '../../../../scripts/build/terser-content-scripts';

/** What the plugin's config hook makes of a build's config (as WXT passes it, one build per content script). */
function configFor(config: UserConfig): unknown {
  const hook = terserContentScripts().config as Extract<Plugin['config'], (...args: never[]) => unknown>;
  return hook.call({} as never, config, { command: 'build', mode: 'production' });
}

const output = (entryFileNames: string): UserConfig => ({
  build: { rollupOptions: { output: { entryFileNames } } },
});

describe('terserContentScripts', () => {
  it('minifies a content-script build with Terser, five passes, ES2020 output, functions as arrows', () => {
    expect(configFor(output('content-scripts/indeed.js'))).toEqual({
      build: {
        minify: 'terser',
        terserOptions: { ecma: 2020, compress: { passes: 5, unsafe_arrows: true } },
      },
    });
  });

  it('leaves the background, the pages, and an unminified build alone', () => {
    expect(configFor(output('background.js'))).toBeNull();
    expect(configFor({ build: { rollupOptions: { input: { popup: 'popup.html' } } } })).toBeNull();
    expect(
      configFor({
        build: { minify: false, rollupOptions: { output: { entryFileNames: 'content-scripts/x.js' } } },
      }),
    ).toBeNull();
  });
});
