/**
 * Terser, five passes, for the content scripts only: they come out about
 * 350 bytes gzipped smaller each than with Vite's default minifier (Oxc),
 * and each has a budget of 30 KiB gzipped (issue 4). Only its safe
 * compressions, with ES2020 output (every browser the extension supports
 * runs it: shorter forms such as `a ??= b` are allowed). `unsafe_arrows`
 * writes anonymous function expressions as arrows (about 40 bytes gzipped):
 * unsafe only for a function called with `new`, and every `new` of the
 * content scripts is of a class or a browser constructor (checked on the
 * build of indeed.js). Five passes instead of three: indeed.js 45 bytes
 * gzipped smaller (4: 41; 8: as 5), the build about a second longer. The
 * other bundles (popup, options, background) keep the default, several
 * times faster: Terser on all of them made a build about eight times
 * slower.
 */
import type { Plugin } from 'vite';
import { isContentScriptBuild } from './compile-hints';

/** The Vite plugin: switches the minifier of content-script builds to Terser. */
export function terserContentScripts(): Plugin {
  return {
    name: 'repere-emploi:terser-content-scripts',
    apply: 'build',
    config(config) {
      if (config.build?.minify === false || !isContentScriptBuild(config)) return null;
      return {
        build: {
          minify: 'terser',
          terserOptions: { ecma: 2020, compress: { passes: 5, unsafe_arrows: true } },
        },
      };
    },
  };
}
