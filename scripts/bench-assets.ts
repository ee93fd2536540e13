/**
 * Sizes and load times of the shipped data assets (feeds `npm run bench`):
 * raw and gzipped bytes; JSON.parse and decode times; decode plus the first
 * look-ups a match profile needs (the decoders build their indexes on first
 * use, so decode alone would flatter them); decode plus everything (every
 * appellation's title forms, every commune's normalised name through the name
 * index). Medians of N runs, and the first, cold run.
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

interface AssetBench {
  file: string;
  decode(parsed: unknown): unknown;
  /** The look-ups deriving a match profile starts with. */
  firstUse(decoded: unknown): void;
  /** Touches everything the asset holds. */
  everything(decoded: unknown): void;
}

const assets: AssetBench[] = [
  {
    file: LEXICON_FILE,
    decode: decodeLexicon,
    firstUse(decoded) {
      const lexicon = decoded as ReturnType<typeof decodeLexicon>;
      lexicon.titleFormsForRome('D1102');
      lexicon.romeCodeOfAppellation('11573');
    },
    everything(decoded) {
      for (const appellation of (decoded as ReturnType<typeof decodeLexicon>).appellations) appellation.forms;
    },
  },
  {
    file: COMMUNES_FILE,
    decode: decodeCommunes,
    firstUse(decoded) {
      const communes = decoded as ReturnType<typeof decodeCommunes>;
      communes.byPostalCode('69003');
      const lyon = communes.byCode('69123');
      communes.communesWithin(lyon?.lat ?? 0, lyon?.lon ?? 0, 30);
    },
    everything(decoded) {
      const communes = decoded as ReturnType<typeof decodeCommunes>;
      communes.byName('Lyon');
      for (const commune of communes.communes) commune.postalCodes;
    },
  },
];

const round = (ms: number) => +ms.toFixed(2);
for (const asset of assets) {
  const text = readFileSync(join(DATA_DIR, asset.file), 'utf8');
  const parse: number[] = [];
  const decodeTimes: number[] = [];
  const firstUseTimes: number[] = [];
  const everythingTimes: number[] = [];
  // Parse and decode alone first, as the extension pages do, then the look-ups in runs of their own:
  // the garbage of a heavier run would otherwise land on the next, lighter one.
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const parsed: unknown = JSON.parse(text);
    const parsedAt = performance.now();
    asset.decode(parsed);
    decodeTimes.push(performance.now() - parsedAt);
    parse.push(parsedAt - start);
  }
  for (let i = 0; i < runs; i++) {
    const parsed: unknown = JSON.parse(text);
    const start = performance.now();
    asset.firstUse(asset.decode(parsed));
    firstUseTimes.push(performance.now() - start);
  }
  for (let i = 0; i < runs; i++) {
    const parsed: unknown = JSON.parse(text);
    const start = performance.now();
    const decoded = asset.decode(parsed);
    asset.firstUse(decoded);
    asset.everything(decoded);
    everythingTimes.push(performance.now() - start);
  }
  console.log(
    JSON.stringify({
      asset: asset.file,
      rawKB: +(Buffer.byteLength(text) / 1024).toFixed(1),
      gzipKB: +(gzipSync(text, { level: 9 }).length / 1024).toFixed(1),
      parseMs: round(median(parse)),
      decodeMs: round(median(decodeTimes)),
      coldDecodeMs: round(decodeTimes[0] ?? Number.NaN),
      firstUseMs: round(median(firstUseTimes)),
      everythingMs: round(median(everythingTimes)),
      runs,
    }),
  );
}
