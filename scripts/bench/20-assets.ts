/**
 * Sizes and load times of the shipped data assets: runs scripts/bench-assets.ts
 * (its own process, so its timings are not skewed by what ran before) and
 * reads its JSON lines.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import type { BenchFigure, BenchSection } from './section';

const lineSchema = z.object({
  asset: z.string(),
  rawKB: z.number(),
  gzipKB: z.number(),
  parseMs: z.number(),
  decodeMs: z.number(),
  runs: z.number(),
});

const ROOT = join(import.meta.dirname, '../..');

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
      figures.push(
        { name: `${a.asset} raw`, value: a.rawKB, unit: 'KB' },
        { name: `${a.asset} gzip`, value: a.gzipKB, unit: 'KB' },
        { name: `${a.asset} JSON.parse`, value: a.parseMs, unit: 'ms' },
        { name: `${a.asset} decode`, value: a.decodeMs, unit: 'ms' },
        {
          name: `${a.asset} load (parse + decode)`,
          value: Math.round((a.parseMs + a.decodeMs) * 100) / 100,
          unit: 'ms',
        },
      );
    }
    return figures;
  },
};

export default section;
