/**
 * `npm run bench`: runs every bench module of scripts/bench/ (files named
 * `NN-name.ts`, in name order, each default-exporting a BenchSection), prints
 * one table and writes the figures to test-output/bench.json.
 *
 *   npm run bench [-- <filter>]   only the modules whose file name contains <filter>
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchFigure, BenchSection } from './bench/section';

const BENCH_DIR = join(import.meta.dirname, 'bench');
const OUTPUT = join(import.meta.dirname, '../test-output/bench.json');

function isSection(value: unknown): value is BenchSection {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BenchSection).title === 'string' &&
    typeof (value as BenchSection).run === 'function'
  );
}

function table(title: string, figures: readonly BenchFigure[]): string {
  const rows = figures.map((f) => [
    f.name,
    f.value.toLocaleString('en-US', { maximumFractionDigits: 2 }),
    f.unit,
    f.aim === undefined ? '' : `${f.aim} ${f.met ? 'ok' : 'MISSED'}`,
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length), 0));
  const lines = rows.map((r) =>
    [
      (r[0] ?? '').padEnd(widths[0] ?? 0),
      (r[1] ?? '').padStart(widths[1] ?? 0),
      (r[2] ?? '').padEnd(widths[2] ?? 0),
      r[3] ?? '',
    ]
      .join('  ')
      .trimEnd(),
  );
  return [`\n${title}`, '-'.repeat(title.length), ...lines].join('\n');
}

const filter = process.argv[2];
const files = readdirSync(BENCH_DIR)
  .filter((f) => /^\d\d-.+\.ts$/.test(f) && (!filter || f.includes(filter)))
  .sort();
const results: Array<{ module: string; title: string; figures: BenchFigure[]; error?: string }> = [];
let failed = false;
for (const file of files) {
  const loaded: { default?: unknown } = await import(pathToFileURL(join(BENCH_DIR, file)).href);
  if (!isSection(loaded.default)) {
    console.error(`${file}: no default-exported BenchSection, skipped`);
    failed = true;
    continue;
  }
  const section = loaded.default;
  try {
    const figures = await section.run();
    results.push({ module: file, title: section.title, figures });
    console.log(table(section.title, figures));
  } catch (error) {
    // One broken benchmark (e.g. no browser on this machine) must not hide the others.
    const message = error instanceof Error ? error.message : String(error);
    results.push({ module: file, title: section.title, figures: [], error: message });
    console.log(`\n${section.title}\n  FAILED: ${message}`);
    failed = true;
  }
}
mkdirSync(join(OUTPUT, '..'), { recursive: true });
writeFileSync(
  OUTPUT,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, sections: results }, null, 2)}\n`,
);
console.log(`\nFigures written to test-output/bench.json`);
if (failed) process.exitCode = 1;
