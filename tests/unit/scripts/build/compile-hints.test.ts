/**
 * The compile hint on content scripts (scripts/build/compile-hints.ts): first
 * line, once, on content scripts only, and kept through a real minified build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rollup } from 'vite';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  COMPILE_HINT,
  compileHints,
  isContentScript,
  withCompileHint,
} from '../../../../scripts/build/compile-hints';

const ROOT = join(import.meta.dirname, '../../../..');
mkdirSync(join(ROOT, 'test-output'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, 'test-output/compile-hints-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('withCompileHint', () => {
  it('puts the hint on the first line, once', () => {
    const code = 'var a=(function(){return 1})();';
    expect(withCompileHint(code)).toBe(`${COMPILE_HINT}\n${code}`);
    expect(withCompileHint(withCompileHint(code))).toBe(withCompileHint(code));
  });
});

describe('isContentScript', () => {
  it('tells content scripts from the other bundles', () => {
    expect(isContentScript('content-scripts/hellowork.js')).toBe(true);
    expect(isContentScript('content-scripts/content.css')).toBe(false);
    expect(isContentScript('background.js')).toBe(false);
    expect(isContentScript('chunks/popup-abc.js')).toBe(false);
  });
});

describe('compileHints in a minified build', () => {
  it('hints the content script and leaves the other chunk alone', async () => {
    const entry = join(scratch, 'entry.js');
    writeFileSync(entry, 'export function mark(n) { return n + 1; }\nconsole.log(mark(1));\n');
    const result = (await build({
      root: scratch,
      logLevel: 'silent',
      configFile: false,
      plugins: [compileHints()],
      build: {
        write: false,
        minify: true,
        rollupOptions: {
          input: { 'content-scripts/board': entry, background: entry },
          output: { entryFileNames: '[name].js' },
        },
      },
    })) as Rollup.RollupOutput;
    const code = (name: string) => result.output.find((o) => o.fileName === name && o.type === 'chunk');
    const content = code('content-scripts/board.js');
    const background = code('background.js');
    expect(content?.type === 'chunk' && content.code.startsWith(`${COMPILE_HINT}\n`)).toBe(true);
    expect(background?.type === 'chunk' && background.code.includes(COMPILE_HINT)).toBe(false);
  });
});
