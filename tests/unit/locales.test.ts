/**
 * The _locales files stay complete and in step: same keys and placeholders in
 * French and English, well-formed browser.i18n placeholders, and every key the
 * code asks for present (and every key present asked for somewhere).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { format, LOCALES, readMessages } from './locales-translator';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];
const fr = readMessages('fr');
const en = readMessages('en');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const sources = new Map(
  [...SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d))), join(ROOT, 'wxt.config.ts')].map((path) => [
    relative(ROOT, path),
    readFileSync(path, 'utf8'),
  ]),
);

/** Keys named in translate calls: every quoted literal inside the first argument of `t(…)`, plus manifest __MSG_x__. */
function keysUsedInCode(): Map<string, string> {
  const used = new Map<string, string>();
  for (const [path, text] of sources) {
    for (const call of text.matchAll(/\bt\(([^,()]*(?:\([^()]*\)[^,()]*)*)/g)) {
      for (const literal of (call[1] ?? '').matchAll(/'([A-Za-z0-9_@]+)'/g)) used.set(literal[1] ?? '', path);
    }
    for (const msg of text.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)) used.set(msg[1] ?? '', path);
  }
  return used;
}

describe('_locales', () => {
  it('has the same keys in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('has the same placeholders, numbered from $1, in both languages', () => {
    for (const key of Object.keys(fr)) {
      const placeholders = (locale: 'fr' | 'en') =>
        Object.entries(readMessages(locale)[key]?.placeholders ?? {}).map(([name, p]) => [name, p.content]);
      expect(placeholders('en'), key).toEqual(placeholders('fr'));
      const contents = placeholders('fr').map(([, content]) => content);
      expect(contents, key).toEqual(contents.map((_, i) => `$${i + 1}`));
    }
  });

  it('uses every placeholder it declares and declares every one it uses', () => {
    for (const locale of LOCALES) {
      for (const [key, entry] of Object.entries(readMessages(locale))) {
        const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)]
          .map((m) => m[1]?.toLowerCase())
          .sort();
        const declared = Object.keys(entry.placeholders ?? {})
          .map((n) => n.toLowerCase())
          .sort();
        expect([...new Set(used)], `${locale} ${key}`).toEqual(declared);
        // a lone "$" would be read as a placeholder by the browser
        expect(entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, ''), `${locale} ${key}`).not.toContain('$');
        expect(entry.message.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('fills placeholders with the substitutions, in order', () => {
    const entry = fr.date_updated;
    expect(entry && format(entry, ['29 novembre 2026', '10:42'])).toBe(
      'Mis à jour le 29 novembre 2026 à 10:42',
    );
  });

  it('names keys the way browser.i18n accepts', () => {
    for (const key of Object.keys(fr)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('holds every key the code asks for', () => {
    const used = keysUsedInCode();
    // the scan must see the popup's and the formatter's keys, or it proves nothing
    expect(used.get('popup_signIn')).toBe('entrypoints/popup/SignedOut.tsx');
    expect(used.get('extName')).toBeDefined();
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter(([key]) => !(key in fr)).map(([key, path]) => `${key} (${path})`);
    expect(missing).toEqual([]);
  });

  it('holds no key the code never names', () => {
    const everything = [...sources.values()].join('\n');
    const unused = Object.keys(fr).filter(
      (key) => !everything.includes(`'${key}'`) && !everything.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});
