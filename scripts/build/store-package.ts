/**
 * The store packages of `npm run zip`, without the manifest's `key`.
 *
 * The unpacked Chrome build carries a `key` (utils/extension-identity.ts):
 * it fixes the extension id, so the OAuth redirect URI is the same on every
 * machine. The Chrome Web Store refuses a package that has one ("key field is
 * not allowed in manifest") and gives a new item an id of its own; Edge's
 * store refuses it too. So the key is taken out of the zip only: the
 * unpacked build next to it keeps its id.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';

/** Rewrites the extension zip at `zipPath` with its manifest's `key` taken out; a zip without one is left as it is. */
export async function dropManifestKey(zipPath: string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(zipPath));
  const entry = zip.file('manifest.json');
  if (!entry) throw new Error(`${zipPath}: no manifest.json at the root of the package`);
  const manifest: Record<string, unknown> = JSON.parse(await entry.async('string'));
  if (!('key' in manifest)) return;
  delete manifest.key;
  zip.file('manifest.json', JSON.stringify(manifest));
  const rewritten = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  await writeFile(zipPath, rewritten);
}

/**
 * The files git ignores (outputs of the build, the demo, the tests and the
 * bench), as the picomatch patterns of WXT's `zip.excludeSources`: the
 * sources archive Firefox's reviewers rebuild from holds what a clone holds.
 * Reads the plain lines of a .gitignore (no `!` re-inclusion).
 */
export function ignoredSources(gitignore: string): string[] {
  return gitignore
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      if (line.startsWith('!'))
        throw new Error(`.gitignore: "${line}" re-includes files; ignoredSources reads no such line`);
      // As in git: a pattern with a slash at its start or inside is anchored at the root, any other matches at any depth.
      const anchored = line.replace(/\/$/, '').includes('/');
      const pattern = line.replace(/^\//, '');
      const matched = anchored ? pattern : `**/${pattern}`;
      return matched.endsWith('/') ? `${matched}**` : matched;
    });
}

/**
 * ignoredSources of the .gitignore at `path`; none where there is no such
 * file: the sources archive itself holds no dotfile, and a build from it
 * must not fail for want of one.
 */
export function ignoredSourcesOf(path: URL): string[] {
  return existsSync(path) ? ignoredSources(readFileSync(path, 'utf8')) : [];
}
