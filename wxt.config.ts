import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { compileHints } from './scripts/build/compile-hints';
import { contentScriptPolyfill, MINIMUM_CHROME_VERSION } from './scripts/build/content-script-polyfill';
import { polyfillEsModule } from './scripts/build/polyfill-es-module';
import { dropManifestKey, ignoredSourcesOf } from './scripts/build/store-package';
import { stripUnsafeSinks } from './scripts/build/strip-unsafe-sinks';
import { terserContentScripts } from './scripts/build/terser-content-scripts';
import { CHROME_PUBLIC_KEY, GECKO_ID } from './utils/extension-identity';
import { hostPermissionsFor, resolveFranceTravailConfig } from './utils/francetravail/config';

// Build-time configuration: environment variables only (README § Configuration).
const ftConfig = resolveFranceTravailConfig(process.env);
// REPERE_PROFILE_BUILD=1: unminified, for reading CPU profiles by function name (scripts/bench/profile-browser.ts).
const profileBuild = process.env.REPERE_PROFILE_BUILD === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 in both browsers: Firefox gets background scripts (an event page) instead of a service worker.
  manifestVersion: 3,
  outDir: profileBuild ? '.output/profile' : ftConfig.mock ? '.output/mock' : '.output',
  vite: () => ({
    // stripUnsafeSinks: Preact's innerHTML path and zod's eval probe out of the bundle (web-ext lint: 0 warnings).
    // compileHints: content scripts compiled whole on load, not function by function in the first pass.
    // terserContentScripts: the content scripts minified smaller (their size budget), the rest as usual.
    // contentScriptPolyfill: the content scripts use the browser's own API, no polyfill (the same budget).
    // polyfillEsModule: the polyfill imported as an ES module, not copied by the CommonJS interop.
    plugins: [
      preact(),
      stripUnsafeSinks(),
      compileHints(),
      terserContentScripts(),
      contentScriptPolyfill(),
      polyfillEsModule(),
    ],
    ...(profileBuild ? { build: { minify: false } } : {}),
    define: { __FT_CONFIG__: JSON.stringify(ftConfig) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // scripting + optional https hosts: "Activer sur ce site" (utils/custom-sites.ts), one host at a time, asked on a click.
    // activeTab: the popup learns the current tab's address only when the person opens it (no `tabs`).
    permissions: ['identity', 'storage', 'scripting', 'activeTab'],
    host_permissions: hostPermissionsFor(ftConfig),
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['authenticationInfo'] },
            },
            // Firefox for Android knows data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // Chrome 102: storage.session (background), and the promises the content scripts take without a polyfill.
        { key: CHROME_PUBLIC_KEY, minimum_chrome_version: MINIMUM_CHROME_VERSION }),
  }),
  // The stores refuse a manifest `key`: `npm run zip` takes it out of the package, not of the unpacked build.
  hooks: { 'zip:extension:done': (_wxt, zipPath) => dropManifestKey(zipPath) },
  // Firefox's sources archive: what a clone holds, not the local outputs of the demo, tests and bench.
  zip: { excludeSources: ignoredSourcesOf(new URL('.gitignore', import.meta.url)) },
});
