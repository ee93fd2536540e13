/**
 * The built extensions (made by the global setup): least privilege, fixed
 * identities, the store packages, and Mozilla's linter on the Firefox build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../scripts/build/compile-hints';
import { findSinks } from '../../scripts/build/strip-unsafe-sinks';
import { CONTENT_SCRIPT_FILE } from '../../utils/custom-sites';
import { CHROME_PUBLIC_KEY, GECKO_ID } from '../../utils/extension-identity';
import { BOARDS } from '../../utils/sites/boards';
import { PROD_CHROME_DIR, PROD_FIREFOX_DIR, ROOT, storePackage } from './support/paths';
import { zipFiles } from './support/zip-files';

type Manifest = Record<string, unknown> & {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[]; run_at?: string }>;
  background?: Record<string, unknown>;
  browser_specific_settings?: { gecko?: Record<string, unknown> };
};

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

describe.each([
  ['chrome', PROD_CHROME_DIR],
  ['firefox', PROD_FIREFOX_DIR],
])('%s production manifest', (browser, dir) => {
  const m = manifest(dir);

  it('is MV3 and asks only for what the product uses', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.permissions?.sort()).toEqual(['activeTab', 'identity', 'scripting', 'storage']);
    expect(m.host_permissions).toEqual([
      'https://api.francetravail.io/*',
      'https://authentification-candidat.francetravail.fr/*',
    ]);
    const everything = JSON.stringify(m);
    expect(everything).not.toContain('<all_urls>');
    expect(m.permissions).not.toContain('tabs');
    // Job boards come with the content script, never as host permissions.
    for (const script of m.content_scripts ?? [])
      for (const match of script.matches) expect(match).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+\.[a-z.]+\//);
  });

  it('declares one content script per board, on its patterns only, and ships the generic one undeclared', () => {
    const declared = (m.content_scripts ?? []).map(({ js, matches, run_at }) => ({ js, matches, run_at }));
    const byScript = (a: { js?: string[] }, b: { js?: string[] }) => String(a.js).localeCompare(String(b.js));
    expect(declared.sort(byScript)).toEqual(
      BOARDS.map((board) => ({
        js: [`content-scripts/${board.id}.js`],
        matches: [...board.matches],
        run_at: 'document_idle',
      })).sort(byScript),
    );
    // Registered at run time for the sites enabled by hand (utils/custom-sites.ts).
    expect(existsSync(join(dir, CONTENT_SCRIPT_FILE))).toBe(true);
    expect(JSON.stringify(m)).not.toContain(CONTENT_SCRIPT_FILE);
  });

  it('has a fixed identity', () => {
    if (browser === 'chrome') {
      expect(m.key).toBe(CHROME_PUBLIC_KEY);
      expect(m.background).toEqual({ service_worker: 'background.js' });
    } else {
      expect(m.browser_specific_settings?.gecko?.id).toBe(GECKO_ID);
      expect(m.browser_specific_settings?.gecko?.data_collection_permissions).toBeDefined();
      expect(m.background).toEqual({ scripts: ['background.js'] });
    }
  });

  it('ships no test fixture', () => {
    const files = execFileSync('find', [dir, '-type', 'f'], { encoding: 'utf8' });
    expect(files).not.toMatch(/fixtures|\.html\.|metiersrecherches-examples/);
  });
});

// Preact's dangerouslySetInnerHTML path and zod's eval probe are rewritten out at build
// time (scripts/build/strip-unsafe-sinks.ts); no code sink of any kind is left.
describe.each([
  ['chrome', PROD_CHROME_DIR],
  ['firefox', PROD_FIREFOX_DIR],
])('%s production bundle', (_browser, dir) => {
  it('holds no innerHTML assignment, Function constructor or eval', () => {
    const scripts = execFileSync('find', [dir, '-type', 'f', '-name', '*.js'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(scripts.length).toBeGreaterThan(2);
    const sinks = scripts.flatMap((file) =>
      findSinks(readFileSync(file, 'utf8')).map((s) => `${file}: ${s}`),
    );
    expect(sinks).toEqual([]);
  });

  it('starts every content script, and no other script, with the compile hint', () => {
    const scripts = execFileSync('find', [dir, '-type', 'f', '-name', '*.js'], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const hinted = scripts.filter((file) => readFileSync(file, 'utf8').startsWith(`${COMPILE_HINT}\n`));
    expect(hinted.sort()).toEqual(scripts.filter((file) => file.includes('/content-scripts/')).sort());
    expect(hinted).toContain(join(dir, CONTENT_SCRIPT_FILE));
  });

  it("keeps out of the content scripts what is slow at a page's start: browser.i18n and Intl formats", () => {
    // In Chromium a page's first getMessage is a synchronous call to the browser process, and a French
    // Intl.NumberFormat loads the locale's data: ~4-10 ms each of the page's main thread (labels.ts, french-integer.ts).
    const scripts = execFileSync('find', [join(dir, 'content-scripts'), '-name', '*.js'], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    expect(scripts.length).toBeGreaterThan(1);
    const slow = scripts.filter((file) => /getMessage|Intl\./.test(readFileSync(file, 'utf8')));
    expect(slow).toEqual([]);
  });

  it('carries no geodata and no title noise list in the content scripts: both come in the match profile', () => {
    const scripts = execFileSync('find', [join(dir, 'content-scripts'), '-name', '*.js'], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    // Words only the tables hold (no board's page words, no reason text): any one of them means one is back.
    const TABLES =
      /Bouches-du-Rh|Alpes-de-Haute-Provence|Nouvelle-Aquitaine|languedoc roussillon|tickets restaurant|candidature spontanee|saarbrucken|united arab emirates|programmeur/;
    const withTable = scripts.filter((file) => TABLES.test(readFileSync(file, 'utf8')));
    expect(withTable).toEqual([]);
    // The background still has them, for the match profile it derives.
    const background = readFileSync(join(dir, 'background.js'), 'utf8');
    expect(background).toContain('Bouches-du-Rh');
    expect(background).toContain('tickets restaurant');
    expect(background).toContain('saarbrucken');
    expect(background).toContain('programmeur');
  });
});

const filesUnder = (dir: string) =>
  execFileSync('find', ['.', '-type', 'f'], { cwd: dir, encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((file) => file.slice(2))
    .sort();

describe.each([
  ['chrome', PROD_CHROME_DIR],
  ['firefox', PROD_FIREFOX_DIR],
] as const)('%s store package', (browser, dir) => {
  it('holds the built extension, its manifest without the key the stores refuse', async () => {
    const files = await zipFiles(storePackage(browser));
    expect([...files.keys()].sort()).toEqual(filesUnder(dir));
    for (const [file, content] of files)
      if (file !== 'manifest.json') expect(content.equals(readFileSync(join(dir, file))), file).toBe(true);
    const packed = JSON.parse(String(files.get('manifest.json'))) as Manifest;
    // The Chrome Web Store (and Edge's) reject a manifest `key` and give the item an id of their own; the
    // unpacked build keeps it (a fixed id, see 'has a fixed identity'). Firefox's add-on id stays.
    expect(packed).not.toHaveProperty('key');
    const { key: _, ...unpacked } = manifest(dir);
    expect(packed).toEqual(unpacked);
  });
});

describe('Firefox sources archive', () => {
  it('holds the files of a clone, no output git ignores', async () => {
    const files = [...(await zipFiles(storePackage('sources'))).keys()];
    expect(files).toContain('package-lock.json');
    expect(files).toContain('wxt.config.ts');
    expect(files).toContain('public/data/rome-lexicon.json');
    // git check-ignore prints the paths it ignores and exits 1 when it ignores none.
    let ignored = '';
    try {
      ignored = execFileSync('git', ['check-ignore', '--no-index', '--stdin'], {
        cwd: ROOT,
        input: files.join('\n'),
        encoding: 'utf8',
      });
    } catch (e) {
      if ((e as { status?: number }).status !== 1) throw e;
    }
    expect(ignored.trim().split('\n').filter(Boolean)).toEqual([]);
  });
});

describe('web-ext lint', () => {
  it('finds no error and no warning in the Firefox build', () => {
    let output: string;
    try {
      output = execFileSync(
        join(ROOT, 'node_modules/.bin/web-ext'),
        ['lint', '--source-dir', PROD_FIREFOX_DIR, '--output', 'json'],
        {
          encoding: 'utf8',
          cwd: ROOT,
        },
      );
    } catch (e) {
      // web-ext exits non-zero when it finds errors; its report is still on stdout.
      output = String((e as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(output) as {
      summary: { errors: number; warnings: number };
      errors: Array<{ code: string; message: string }>;
      warnings: Array<{ code: string; message: string; file?: string }>;
    };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    expect(report.warnings.map((w) => `${w.code} in ${w.file}: ${w.message}`)).toEqual([]);
    expect(report.summary.warnings).toBe(0);
  });
});
