/**
 * webextension-polyfill as an ES module. The package ships a UMD file, which
 * the bundler wraps as CommonJS: importing its default export then goes
 * through the bundler's interop (`__toESM`), which copies every property of
 * `module.exports` onto a new object. Where the browser has its own
 * `browser` (Chromium does now), `module.exports` is that object, and the
 * copy reads the descriptor of each of its namespaces, which makes the
 * browser build every one of them (`get app`, `get tabs`… in a CPU profile
 * of a content script's start). As an ES module, the default export is
 * `module.exports` itself: a namespace is built when the code first uses it.
 * The polyfill's own code is unchanged.
 */
import type { Plugin } from 'vite';
import { isContentScriptBuild } from './compile-hints';
import { POLYFILL_FILE } from './content-script-polyfill';

/** The UMD head, up to the factory's opening line: `(function (global, factory) {…})(…, function (module) {`. */
const UMD_HEAD = /^\(function \(global, factory\) \{\n[\s\S]*?\n\}\)\([^\n]*, function \(module\) \{\n/;
/** The factory's end, and the source map comment after it. */
const UMD_TAIL = /\n\}\);\n(?:\/\/# sourceMappingURL=[^\n]*\n?)?$/;

/**
 * The polyfill's source with its UMD wrapper replaced by an ES module's default export. Throws when the
 * source no longer has that shape (a new polyfill version): the build must fail, not ship it half rewritten.
 */
export function polyfillAsEsModule(source: string): string {
  if (!UMD_HEAD.test(source) || !UMD_TAIL.test(source))
    throw new Error(
      'webextension-polyfill: its UMD wrapper changed shape; check scripts/build/polyfill-es-module.ts',
    );
  const body = source.replace(UMD_HEAD, '').replace(UMD_TAIL, '');
  return `const polyfillModule = { exports: {} };\n(function (module) {\n${body}\n})(polyfillModule);\nexport default polyfillModule.exports;\n`;
}

/**
 * The Vite plugin: the background, popup and options builds import the ES module. The content scripts
 * have no polyfill (content-script-polyfill.ts).
 */
export function polyfillEsModule(): Plugin {
  let contentScript = false;
  return {
    name: 'repere-emploi:polyfill-es-module',
    apply: 'build',
    config(config) {
      contentScript = isContentScriptBuild(config);
    },
    transform(code, id) {
      if (contentScript || !POLYFILL_FILE.test(id)) return null;
      return { code: polyfillAsEsModule(code), map: null };
    },
  };
}
