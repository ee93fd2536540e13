/**
 * Sizes and load times of the shipped data assets: runs scripts/bench-assets.ts
 * (its own process, so its timings are not skewed by what ran before) and
 * reads its JSON lines. Aims from issue 3: lexicon ≤ 400 KB raw and ≤ 150 KB
 * gzipped, commune index ≤ 1 MB raw, each loading in well under 50 ms.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import { COMMUNES_FILE, LEXICON_FILE } from '../data/assets';
import { aimed, type BenchFigure, type BenchSection } from './section';

const lineSchema = z.object({
  asset: z.string(),
  rawKB: z.number(),
  gzipKB: z.number(),
  parseMs: z.number(),
  decodeMs: z.number(),
  coldDecodeMs: z.number(),
  firstUseMs: z.number(),
  everythingMs: z.number(),
  runs: z.number(),
});

const ROOT = join(import.meta.dirname, '../..');
const LOAD_AIM_MS = 50;
const SIZE_AIMS_KB: Record<string, { raw: number; gzip?: number }> = {
  [LEXICON_FILE]: { raw: 400, gzip: 150 },
  [COMMUNES_FILE]: { raw: 1024 },
};

const section: BenchSection = {
  title: 'Data assets (Node, median of runs)',
  async run() {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-assets.ts', '15'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const figures: BenchFigure[] = [];
    for (const line of out.split('\n').filter((l) => l.trim().startsWith('{'))) {
      const a = lineSchema.parse(JSON.parse(line));
      const aims = SIZE_AIMS_KB[a.asset];
      const load = Math.round((a.parseMs + a.decodeMs) * 100) / 100;
      figures.push(
        aims
          ? aimed(`${a.asset} raw`, a.rawKB, 'KB', { atMost: aims.raw })
          : { name: `${a.asset} raw`, value: a.rawKB, unit: 'KB' },
        aims?.gzip !== undefined
          ? aimed(`${a.asset} gzip`, a.gzipKB, 'KB', { atMost: aims.gzip })
          : { name: `${a.asset} gzip`, value: a.gzipKB, unit: 'KB' },
        { name: `${a.asset} JSON.parse`, value: a.parseMs, unit: 'ms' },
        { name: `${a.asset} decode`, value: a.decodeMs, unit: 'ms' },
        { name: `${a.asset} decode, first (cold) run`, value: a.coldDecodeMs, unit: 'ms' },
        aimed(`${a.asset} load (parse + decode)`, load, 'ms', { atMost: LOAD_AIM_MS }),
        { name: `${a.asset} decode + first look-ups`, value: a.firstUseMs, unit: 'ms' },
        { name: `${a.asset} decode + everything`, value: a.everythingMs, unit: 'ms' },
      );
    }
    return figures;
  },
};

export default section;
