// @vitest-environment happy-dom
/**
 * The build transform that takes Preact's innerHTML path and zod's eval probe
 * out of the bundle: on the installed dependencies' real code, in a real Vite
 * build, and failing when the code it expects is not there.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Rollup } from 'vite';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  findSinks,
  rewriteSinks,
  SINK_REWRITES,
  stripUnsafeSinks,
} from '../../../../scripts/build/strip-unsafe-sinks';

const ROOT = join(import.meta.dirname, '../../../..');
const require = createRequire(join(ROOT, 'package.json'));
const PREACT_DIST = join(dirname(require.resolve('preact/package.json')), 'dist/preact.module.js');
const ZOD_V4 = join(dirname(require.resolve('zod/package.json')), 'v4');
const ZOD_UTIL = join(ZOD_V4, 'core/util.js');

// Inside the project (ignored by git): the test runner imports files under its root.
mkdirSync(join(ROOT, 'test-output'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, 'test-output/strip-unsafe-sinks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type PreactModule = typeof import('preact');

describe('Preact', () => {
  const original = readFileSync(PREACT_DIST, 'utf8');

  it('loses its innerHTML assignments', () => {
    expect(findSinks(original).length).toBeGreaterThan(0);
    const rewritten = rewriteSinks(PREACT_DIST, original);
    expect(rewritten).not.toBeNull();
    expect(findSinks(rewritten ?? '')).toEqual([]);
    expect(rewritten).not.toContain('innerHTML');
  });

  it('still renders and updates elements, and refuses dangerouslySetInnerHTML', async () => {
    const file = join(scratch, 'preact.mjs');
    // Without its source map comment: the map is not copied.
    writeFileSync(
      file,
      (rewriteSinks(PREACT_DIST, original) ?? '').replace(/\/\/# sourceMappingURL=\S+\s*$/, ''),
    );
    const { h, render } = (await import(/* @vite-ignore */ file)) as PreactModule;
    const root = document.createElement('div');
    render(h('ul', null, h('li', { class: 'a' }, 'one')), root);
    render(h('ul', null, h('li', { class: 'b' }, 'one'), h('li', null, 'two')), root);
    expect(root.innerHTML).toBe('<ul><li class="b">one</li><li>two</li></ul>');
    const other = document.createElement('div');
    expect(() => render(h('p', { dangerouslySetInnerHTML: { __html: '<b>x</b>' } }), other)).toThrow(
      /dangerouslySetInnerHTML is removed/,
    );
    expect(other.querySelector('b')).toBeNull();
  });
});

describe('zod', () => {
  it('answers that eval is not allowed without probing it', async () => {
    // The whole v4 tree, so that util.js keeps its relative imports.
    const copy = join(scratch, 'zod-v4');
    cpSync(ZOD_V4, copy, { recursive: true });
    const source = readFileSync(ZOD_UTIL, 'utf8');
    const rewritten = rewriteSinks(ZOD_UTIL, source) ?? '';
    expect(source).toMatch(/new \w+\(""\)/);
    expect(rewritten).not.toMatch(/new \w+\(""\)/);
    writeFileSync(join(copy, 'core/util.js'), rewritten);

    // Node allows eval: the published probe says true, the rewritten one false.
    const published = (await import(/* @vite-ignore */ ZOD_UTIL)) as typeof import('zod/v4/core').util;
    const patched = (await import(/* @vite-ignore */ join(copy, 'core/util.js'))) as typeof published;
    expect(published.allowsEval.value).toBe(true);
    expect(patched.allowsEval.value).toBe(false);
  });
});

describe('rewriteSinks', () => {
  it('leaves other modules alone', () => {
    expect(rewriteSinks('/x/node_modules/preact/hooks/dist/hooks.module.js', 'a.innerHTML=b')).toBeNull();
    expect(rewriteSinks(join(ROOT, 'utils/settings.ts'), 'new Function("")')).toBeNull();
  });

  it('fails when the expected code is missing or doubled, naming the file', () => {
    const preact = readFileSync(PREACT_DIST, 'utf8');
    const changed = preact.replaceAll('.__html', '.html');
    expect(() => rewriteSinks(PREACT_DIST, changed)).toThrow(/Preact.*found it 0 times/);
    expect(() => rewriteSinks(`${PREACT_DIST}?v=1`, changed)).toThrow(PREACT_DIST);
    const zod = readFileSync(ZOD_UTIL, 'utf8');
    expect(() => rewriteSinks(ZOD_UTIL, zod.replace('new F("")', 'new F("return 1")'))).toThrow(
      /zod.*0 times/,
    );
    expect(() => rewriteSinks(ZOD_UTIL, `${zod}\n${zod}`)).toThrow(/2 times/);
  });
});

describe('in a Vite build', () => {
  /** Builds one entry module's code with the plugin; the JS chunks out. */
  async function bundle(entry: string, plugin = stripUnsafeSinks()): Promise<string> {
    const output = await build({
      root: ROOT,
      configFile: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'entry',
          resolveId: (id) => (id === 'virtual:entry' ? '\0entry' : null),
          load: (id) => (id === '\0entry' ? entry : null),
        },
        plugin,
      ],
      build: { write: false, minify: true, rollupOptions: { input: 'virtual:entry' } },
    });
    const results = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
    return results
      .flatMap((r) => r.output)
      .map((o) => (o.type === 'chunk' ? o.code : ''))
      .join('\n');
  }

  it('bundles Preact and zod without the sinks', async () => {
    const code = await bundle(
      "import { h, render } from 'preact'; import { z } from 'zod';" +
        'render(h("p", null, z.string().parse(location.hash)), document.body);',
    );
    expect(code).toContain('dangerouslySetInnerHTML is removed');
    expect(findSinks(code)).toEqual([]);
  });

  it('refuses a bundle that still holds a sink', async () => {
    await expect(bundle('document.body.innerHTML = location.hash;')).rejects.toThrow(
      /strip-unsafe-sinks: .*innerHTML\/outerHTML assignment/s,
    );
  });

  it('fails the build when a dependency no longer holds the expected code', async () => {
    // The published Preact, as an upgrade that rewrote the branch would look to the plugin.
    const upgraded = SINK_REWRITES.map((r) => ({ ...r, pattern: /if\(\w+\)upgraded-away/g }));
    await expect(
      bundle("import { render } from 'preact'; render(null, document.body);", stripUnsafeSinks(upgraded)),
    ).rejects.toThrow(
      /strip-unsafe-sinks: expected Preact's dangerouslySetInnerHTML branch .* once in .*preact.*found it 0 times/s,
    );
  });
});
