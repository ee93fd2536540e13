/**
 * What goes into the content script (architecture.md § The match profile: it
 * runs on every job-board page and must stay small): bundled here the way the
 * build does (esbuild, which Vite uses), it holds no zod (validation there is
 * by small hand-written guards; the background keeps zod) and none of the big
 * data modules (ROME lexicon, commune index). The shipped size is measured by
 * `npm run bench`.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../..', import.meta.url).pathname;

async function contentScriptInputs(): Promise<string[]> {
  const result = await build({
    entryPoints: [`${ROOT}entrypoints/jobboards.content/main.ts`],
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

describe('content script bundle', () => {
  it('holds the highlighting code, and neither zod nor the big data modules', async () => {
    const inputs = await contentScriptInputs();
    // The scan must see the real graph, or it proves nothing.
    expect(inputs).toContain('utils/highlight/badge.ts');
    expect(inputs).toContain('utils/matching/salary.ts');
    expect(inputs.filter((path) => path.includes('node_modules/zod/'))).toEqual([]);
    expect(inputs.filter((path) => /utils\/(rome\/|geo\/communes)|public\/data\//.test(path))).toEqual([]);
  });
});
