import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

/** Every file of the zip at `path`, by its path inside it (directories aside). */
export async function zipFiles(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files))
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  return files;
}
