/**
 * Sizes and load times of the shipped data assets (feeds `npm run bench`):
 * raw and gzipped bytes, JSON.parse and decode times, median of N runs.
 *
 *   npx tsx scripts/bench-assets.ts [runs]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decodeCommunes } from '../utils/geo/communes';
import { decodeLexicon } from '../utils/rome/lexicon';
import { COMMUNES_FILE, DATA_DIR, LEXICON_FILE } from './data/assets';

const runs = Number(process.argv[2] ?? 15);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const assets: [string, (parsed: unknown) => unknown][] = [
  [LEXICON_FILE, decodeLexicon],
  [COMMUNES_FILE, decodeCommunes],
];
for (const [file, decode] of assets) {
  const text = readFileSync(join(DATA_DIR, file), 'utf8');
  const parse: number[] = [];
  const decodeTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const parsed: unknown = JSON.parse(text);
    const parsedAt = performance.now();
    decode(parsed);
    decodeTimes.push(performance.now() - parsedAt);
    parse.push(parsedAt - start);
  }
  console.log(
    JSON.stringify({
      asset: file,
      rawKB: +(Buffer.byteLength(text) / 1024).toFixed(1),
      gzipKB: +(gzipSync(text, { level: 9 }).length / 1024).toFixed(1),
      parseMs: +median(parse).toFixed(2),
      decodeMs: +median(decodeTimes).toFixed(2),
      runs,
    }),
  );
}
