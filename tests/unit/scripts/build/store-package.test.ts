/**
 * The store packages without the manifest's `key` (scripts/build/store-package.ts):
 * the key goes, everything else of the zip stays as it was.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { dropManifestKey, ignoredSources, ignoredSourcesOf } from '../../../../scripts/build/store-package';
import { zipFiles } from '../../../e2e/support/zip-files';

const ROOT = join(import.meta.dirname, '../../../..');
mkdirSync(join(ROOT, 'test-output'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, 'test-output/store-package-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ICON = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 255]);

async function writeZip(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) zip.file(path, content);
  const path = join(scratch, name);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
  return path;
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('dropManifestKey', () => {
  it('takes the key out of the manifest and keeps its other fields and the other files', async () => {
    const manifest = { manifest_version: 3, name: 'Repère Emploi', key: 'MIIB…', permissions: ['identity'] };
    const path = await writeZip('chrome.zip', {
      'manifest.json': JSON.stringify(manifest),
      'icons/16.png': ICON,
      'content-scripts/indeed.js': 'console.log("é")',
    });
    await dropManifestKey(path);
    const files = await zipFiles(path);
    expect([...files.keys()].sort()).toEqual(['content-scripts/indeed.js', 'icons/16.png', 'manifest.json']);
    const { key: _, ...rest } = manifest;
    expect(JSON.parse(text(files.get('manifest.json')))).toEqual(rest);
    expect(files.get('icons/16.png')).toEqual(Buffer.from(ICON));
    expect(text(files.get('content-scripts/indeed.js'))).toBe('console.log("é")');
  });

  it('leaves a package without a key untouched, byte for byte (the Firefox one)', async () => {
    const path = await writeZip('firefox.zip', {
      'manifest.json': JSON.stringify({
        manifest_version: 3,
        browser_specific_settings: { gecko: { id: 'a@b' } },
      }),
    });
    const before = readFileSync(path);
    await dropManifestKey(path);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('fails on a package with no manifest at its root, rather than ship it', async () => {
    const path = await writeZip('nested.zip', { 'chrome-mv3/manifest.json': '{"key":"x"}' });
    await expect(dropManifestKey(path)).rejects.toThrow(/no manifest\.json/);
  });
});

describe('ignoredSources', () => {
  it("reads the project's .gitignore into patterns of every depth", () => {
    expect(ignoredSources(readFileSync(join(ROOT, '.gitignore'), 'utf8'))).toEqual([
      '**/node_modules/**',
      '**/.output/**',
      '**/.wxt/**',
      '**/demo-output/**',
      '**/test-output/**',
      '**/web-ext-artifacts/**',
      '**/*.log',
      '**/.env.local',
    ]);
  });

  it('keeps a pattern with a leading or inner slash at the root, and skips comments and blank lines', () => {
    expect(ignoredSources('# outputs\n/dist/\n\ndocs/build/\ncoverage\n')).toEqual([
      'dist/**',
      'docs/build/**',
      '**/coverage',
    ]);
  });

  it('refuses a re-inclusion it cannot express', () => {
    expect(() => ignoredSources('*.log\n!keep.log\n')).toThrow(/re-includes/);
  });
});

describe('ignoredSourcesOf', () => {
  it('reads a .gitignore, and gives none where there is none (a build from the sources archive)', () => {
    expect(ignoredSourcesOf(new URL(`file://${join(ROOT, '.gitignore')}`))).toContain('**/demo-output/**');
    expect(ignoredSourcesOf(new URL(`file://${join(scratch, '.gitignore')}`))).toEqual([]);
  });
});
