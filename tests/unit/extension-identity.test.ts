import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_PUBLIC_KEY, chromeExtensionId, redirectUris } from '@/utils/extension-identity';

describe('extension identity', () => {
  it('derives the Chrome id from the manifest key as Chrome does', async () => {
    // The end-to-end suite checks the same id against the one Chromium gives the loaded extension.
    expect(await chromeExtensionId(CHROME_PUBLIC_KEY)).toMatch(/^[a-p]{32}$/);
    expect(await chromeExtensionId(CHROME_PUBLIC_KEY)).toBe('hinmapnmlbkjhijjfcfhienpnkfipcbk');
  });

  it('gives the redirect URIs the README tells people to register', async () => {
    const uris = await redirectUris();
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(uris.chrome);
    expect(readme).toContain(uris.firefox);
    expect(uris.firefox).toBe('https://ec943c7309afac7308a13f8a1ba5970003ba11a7.extensions.allizom.org/');
  });
});
