/**
 * What goes into each content script (architecture.md § The match profile: they
 * run on every job-board page and must stay small; issue 4: a page loads only
 * the adapter it needs). Each entrypoint is bundled here the way the build does
 * (esbuild, which Vite uses): a board's script holds its own adapter and no
 * other board's, the generic one (sites enabled by hand) no board adapter; none
 * holds zod (validation there is by small hand-written guards; the background
 * keeps zod) nor the big data modules (ROME lexicon, commune index); every
 * browser method they call returns a promise natively in Chrome 102+ and
 * Firefox, or none: they have no polyfill (scripts/build/content-script-polyfill.ts).
 * The shipped sizes are measured by `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BOARDS } from '@/utils/sites/boards';
import { CONTENT_SCRIPT_METHODS } from '../../../scripts/build/content-script-polyfill';

const ROOT = new URL('../../..', import.meta.url).pathname;
const BOARD_IDS = BOARDS.map((board) => board.id);
const adapterFile = (id: string) => `utils/sites/${id}.ts`;

async function contentScriptInputs(name: string): Promise<string[]> {
  const result = await build({
    entryPoints: [`${ROOT}entrypoints/${name}.content.ts`],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: '/tmp/repere-bundle-test',
    alias: { '@': ROOT.replace(/\/$/, '') },
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

function expectSmall(inputs: string[]): void {
  // The scan must see the real graph, or it proves nothing.
  expect(inputs).toContain('utils/highlight/badge.ts');
  expect(inputs).toContain('utils/matching/salary.ts');
  expect(inputs).toContain('utils/content-script/main.ts');
  expect(inputs).not.toContain('utils/sites/registry.ts');
  expect(inputs.filter((path) => path.includes('node_modules/zod/'))).toEqual([]);
  expect(inputs.filter((path) => /utils\/(rome\/|geo\/communes)|public\/data\//.test(path))).toEqual([]);
}

/** Browser methods returning no promise (a port, event listeners): the same with or without a polyfill. */
const NO_PROMISE = ['runtime.connect', 'storage.onChanged.addListener', 'storage.onChanged.removeListener'];

/** The `browser.…(` calls of a bundle's own files (dependencies aside). */
function browserCalls(inputs: string[]): string[] {
  return inputs
    .filter((path) => !path.includes('node_modules'))
    .flatMap((path) => [...readFileSync(`${ROOT}${path}`, 'utf8').matchAll(/\bbrowser\.([\w.]+)\(/g)])
    .map((call) => call[1] ?? '');
}

describe('content script bundles', () => {
  it('are one per board and one generic, nothing else', () => {
    const scripts = readdirSync(`${ROOT}entrypoints`)
      .filter((name) => name.endsWith('.content.ts') || name.endsWith('.content'))
      .map((name) => name.replace(/\.content(\.ts)?$/, ''));
    expect(scripts.sort()).toEqual([...BOARD_IDS, 'generic'].sort());
  });

  it.each(BOARD_IDS)(
    '%s: its own adapter, no other board’s, neither zod nor the big data modules',
    async (id) => {
      const inputs = await contentScriptInputs(id);
      expectSmall(inputs);
      expect(inputs).toContain(adapterFile(id));
      expect(BOARD_IDS.filter((other) => other !== id && inputs.includes(adapterFile(other)))).toEqual([]);
    },
  );

  it('call only browser methods that return promises natively, or ones returning no promise', async () => {
    const calls = new Set<string>();
    for (const id of [...BOARD_IDS, 'generic'])
      for (const call of browserCalls(await contentScriptInputs(id))) calls.add(call);
    // The scan must find the calls there are, or it proves nothing.
    expect(calls).toContain('runtime.sendMessage');
    expect(calls).toContain('runtime.connect');
    const known: readonly string[] = [...CONTENT_SCRIPT_METHODS, ...NO_PROMISE];
    expect([...calls].filter((call) => !known.includes(call))).toEqual([]);
  });

  it('generic: the JobPosting reader, no board adapter, neither zod nor the big data modules', async () => {
    const inputs = await contentScriptInputs('generic');
    expectSmall(inputs);
    expect(inputs).toContain(adapterFile('jsonld'));
    expect(BOARD_IDS.filter((id) => inputs.includes(adapterFile(id)))).toEqual([]);
  });
});
