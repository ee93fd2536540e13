/**
 * `npm run data`: derives the shipped data assets (public/data/) from the open
 * data of ../shared/data. Same input, byte-identical output, so the committed
 * assets can be checked against a fresh build.
 *
 *   npx tsx scripts/build-data.ts [shared-data-dir]     (or SHARED_DATA=<dir>)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildAssets, DATA_DIR, resolveSharedData } from './data/assets';

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const sharedData = resolveSharedData(process.argv[2]);
mkdirSync(DATA_DIR, { recursive: true });
for (const [file, text] of Object.entries(buildAssets(sharedData))) {
  writeFileSync(join(DATA_DIR, file), text);
  const bytes = Buffer.byteLength(text);
  console.log(`${file}: ${kilobytes(bytes)} raw, ${kilobytes(gzipSync(text, { level: 9 }).length)} gzipped`);
}
