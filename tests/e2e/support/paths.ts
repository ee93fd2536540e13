import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** Built against the local mock (FT_MOCK), which listens on MOCK_PORT. */
export const MOCK_PORT = 8787;
export const MOCK_CHROME_DIR = `${ROOT}.output/mock/chrome-mv3`;
export const MOCK_FIREFOX_DIR = `${ROOT}.output/mock/firefox-mv3`;
export const PROD_CHROME_DIR = `${ROOT}.output/chrome-mv3`;
export const PROD_FIREFOX_DIR = `${ROOT}.output/firefox-mv3`;
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The store package `npm run zip` makes for a browser ('chrome', 'firefox'), and the Firefox reviewers' sources archive ('sources'). */
export const storePackage = (name: 'chrome' | 'firefox' | 'sources') => {
  // WXT's default artifact names: {{name}}-{{version}}-{{browser}}.zip, and -sources.zip.
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { name: string; version: string };
  return `${ROOT}.output/${pkg.name}-${pkg.version}-${name}.zip`;
};
