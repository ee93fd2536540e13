/**
 * Size of the content scripts as shipped (production build for Chrome): one per
 * board and one generic, from the build buildOnce() makes (build.ts).
 * A page loads one of them, so the aim (≤ 30 KiB gzipped) is on the largest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROD_CHROME_DIR } from '../../tests/e2e/support/paths';
import { buildOnce } from './build';
import { aimed, type BenchFigure, type BenchSection } from './section';

const DIR = join(PROD_CHROME_DIR, 'content-scripts');
/** 30 KiB gzipped (issue 4). */
const AIM_BYTES = 30 * 1024;

function scripts(): string[] {
  return existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.js')) : [];
}

const section: BenchSection = {
  title: 'Content scripts (Chrome production build)',
  async run() {
    buildOnce();
    const figures: BenchFigure[] = [];
    let largest = { file: '', gzipped: 0 };
    for (const file of scripts()) {
      const bytes = readFileSync(join(DIR, file));
      const gzipped = gzipSync(bytes, { level: 9 }).length;
      if (gzipped > largest.gzipped) largest = { file, gzipped };
      figures.push(
        { name: `${file} raw`, value: Math.round(bytes.length / 102.4) / 10, unit: 'KB' },
        { name: `${file} gzip`, value: gzipped, unit: 'bytes' },
      );
    }
    if (figures.length === 0) figures.push({ name: 'no content script built', value: 0, unit: 'files' });
    else
      figures.push(aimed(`largest gzip (${largest.file})`, largest.gzipped, 'bytes', { atMost: AIM_BYTES }));
    return figures;
  },
};

export default section;
