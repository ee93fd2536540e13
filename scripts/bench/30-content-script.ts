/**
 * Size of the content script as shipped (production build for Chrome): built
 * with `npx wxt build` when .output has none yet.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { aimed, type BenchFigure, type BenchSection } from './section';

const ROOT = join(import.meta.dirname, '../..');
const DIR = join(ROOT, '.output/chrome-mv3/content-scripts');

function scripts(): string[] {
  return existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.js')) : [];
}

const section: BenchSection = {
  title: 'Content script (Chrome production build)',
  async run() {
    if (scripts().length === 0) {
      process.stderr.write('no content script in .output: running npx wxt build…\n');
      execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    }
    const figures: BenchFigure[] = [];
    for (const file of scripts()) {
      const bytes = readFileSync(join(DIR, file));
      figures.push(
        { name: `${file} raw`, value: Math.round(bytes.length / 102.4) / 10, unit: 'KB' },
        aimed(`${file} gzip`, Math.round(gzipSync(bytes, { level: 9 }).length / 102.4) / 10, 'KB', {
          atMost: 30,
        }),
      );
    }
    if (figures.length === 0) figures.push({ name: 'no content script built', value: 0, unit: 'files' });
    return figures;
  },
};

export default section;
