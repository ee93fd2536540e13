/**
 * Build-time removal of the two code sinks our dependencies ship and we never
 * use, so that `web-ext lint` finds no warning in the Firefox build:
 * - Preact's `dangerouslySetInnerHTML` support in its DOM diff (`innerHTML =`,
 *   UNSAFE_VAR_ASSIGNMENT). No component of ours uses that prop; after the
 *   rewrite, rendering it throws instead of writing HTML.
 * - zod 4's `allowsEval` probe (`new Function("")` in a try/catch,
 *   DANGEROUS_EVAL). Extension pages forbid eval (MV3 CSP), so the probe can
 *   only fail; the rewrite makes it return false without building a Function,
 *   and zod takes its non-eval path, as it does today after the probe throws.
 *   `z.config({ jitless: true })` skips the probe at run time but leaves its
 *   text in the bundle, which is what the linter reads.
 * Each rewrite expects its exact code and fails the build when that code is
 * missing or ambiguous, and every bundle is checked for the sinks themselves,
 * so a dependency upgrade cannot bring them back unnoticed.
 */
import type { Plugin } from 'vite';

/** One rewrite of one dependency module. */
export interface SinkRewrite {
  /** What is removed, for error messages. */
  readonly name: string;
  /** The module files the rewrite applies to (matched against the id without its query). */
  readonly module: RegExp;
  /** The code replaced; must occur exactly once in each matching module. */
  readonly pattern: RegExp;
  readonly replacement: string;
}

export const SINK_REWRITES: readonly SinkRewrite[] = [
  {
    name: "Preact's dangerouslySetInnerHTML branch (innerHTML assignments)",
    // The minified distribution the browser and import conditions resolve to.
    module: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/,
    // if(newHtml) isHydrating||oldHtml&&(…==dom.innerHTML)||(dom.innerHTML=newHtml.__html),newVNode.__k=[];
    // else if(oldHtml&&(dom.innerHTML=""),diffChildren(…
    pattern:
      /if\((\w+)\)\w+\|\|(\w+)&&\(\1\.__html==\2\.__html\|\|\1\.__html==(\w+)\.innerHTML\)\|\|\(\3\.innerHTML=\1\.__html\),\w+\.__k=\[\];else if\(\2&&\(\3\.innerHTML=""\),/g,
    // oldHtml can only come from an earlier render with the prop, which now throws: nothing to clear.
    replacement:
      'if($1)throw Error("dangerouslySetInnerHTML is removed from this build (scripts/build/strip-unsafe-sinks.ts)");else if(',
  },
  {
    name: "zod's allowsEval probe (new Function)",
    module: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    pattern:
      /try \{\s*const (\w+) = Function;\s*new \1\(""\);\s*return true;\s*\}\s*catch \(\w+\) \{\s*return false;\s*\}/g,
    replacement:
      'return false; // eval is forbidden in extension pages (scripts/build/strip-unsafe-sinks.ts)',
  },
];

/**
 * Applies the rewrites meant for `id` to `code`: the rewritten code, or null
 * when no rewrite targets this module. Throws when an expected pattern does
 * not occur exactly once.
 */
export function rewriteSinks(
  id: string,
  code: string,
  rewrites: readonly SinkRewrite[] = SINK_REWRITES,
): string | null {
  const file = id.split('?')[0] ?? id;
  const mine = rewrites.filter((r) => r.module.test(file));
  if (mine.length === 0) return null;
  let out = code;
  for (const rewrite of mine) {
    const found = out.match(rewrite.pattern)?.length ?? 0;
    if (found !== 1)
      throw new Error(
        `strip-unsafe-sinks: expected ${rewrite.name} once in ${file}, found it ${found} times. ` +
          'The dependency changed: update the pattern in scripts/build/strip-unsafe-sinks.ts ' +
          'so that web-ext lint stays free of warnings.',
      );
    out = out.replace(rewrite.pattern, rewrite.replacement);
  }
  return out;
}

/** The sinks web-ext lint warns about, as they look in minified output. */
const OUTPUT_SINKS: ReadonlyArray<readonly [string, RegExp]> = [
  ['innerHTML/outerHTML assignment', /\.(?:inner|outer)HTML\s*=(?!=)/g],
  ['insertAdjacentHTML', /\.insertAdjacentHTML\s*\(/g],
  ['Function constructor', /(?<![\w$.])(?:new\s+)?Function\s*\(/g],
  ['eval', /(?<![\w$.])eval\s*\(/g],
];

/** The sinks found in some output code, each with a little of its context. */
export function findSinks(code: string): string[] {
  const found: string[] = [];
  for (const [name, pattern] of OUTPUT_SINKS)
    for (const m of code.matchAll(pattern))
      found.push(`${name}: …${code.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)}…`);
  return found;
}

/** The Vite plugin: rewrites the known sinks, then refuses any bundle that still holds one. */
export function stripUnsafeSinks(rewrites: readonly SinkRewrite[] = SINK_REWRITES): Plugin {
  return {
    name: 'repere-emploi:strip-unsafe-sinks',
    apply: 'build',
    // Before any other transform, on the dependency's code as published.
    enforce: 'pre',
    transform(code, id) {
      try {
        const out = rewriteSinks(id, code, rewrites);
        return out === null ? null : { code: out, map: null };
      } catch (e) {
        this.error(e instanceof Error ? e.message : String(e));
      }
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const sinks = findSinks(output.code);
        if (sinks.length > 0)
          this.error(
            `strip-unsafe-sinks: ${output.fileName} still holds ${sinks.length} code sink(s) web-ext lint warns about:\n` +
              sinks.join('\n'),
          );
      }
    },
  };
}
