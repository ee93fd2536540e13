import { apec } from './apec';
import { cadremploi } from './cadremploi';
import { francetravail } from './francetravail';
import { hellowork } from './hellowork';
import { indeed } from './indeed';
import { jsonld } from './jsonld';
import { linkedin } from './linkedin';
import { meteojob } from './meteojob';
import type { SiteAdapter } from './types';
import { wttj } from './wttj';

/** The board adapters, in the order `adapterFor` tries them. */
export const BOARD_ADAPTERS: readonly SiteAdapter[] = [
  francetravail,
  indeed,
  hellowork,
  wttj,
  apec,
  linkedin,
  cadremploi,
  meteojob,
];

/** Every adapter, the generic JobPosting reader last (the registry test walks this list). */
export const ALL_ADAPTERS: readonly SiteAdapter[] = [...BOARD_ADAPTERS, jsonld];

export { jsonld as genericAdapter };

/** The board adapter whose match patterns cover this URL, or null (the caller may then use `genericAdapter`). */
export function adapterFor(url: URL): SiteAdapter | null {
  return (
    BOARD_ADAPTERS.find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, url))) ?? null
  );
}

/** Every board's match patterns, for the manifest's content script declaration. */
export const CONTENT_SCRIPT_MATCHES: readonly string[] = [
  ...new Set(BOARD_ADAPTERS.flatMap((a) => a.matches)),
];

/**
 * Tests a URL against a WebExtension match pattern (`https://*.host/path*`):
 * the same rule the browser uses to inject the content script, so the adapter
 * chosen is always one whose script is on the page.
 */
export function matchesPattern(pattern: string, url: URL): boolean {
  const parts = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
  const [scheme, host, path] = [parts?.[1], parts?.[2], parts?.[3]];
  if (!scheme || !host || !path) return false;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  const hostname = url.hostname.toLowerCase();
  if (host.startsWith('*.')) {
    const base = host.slice(2).toLowerCase();
    if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
  } else if (host !== '*' && hostname !== host.toLowerCase()) return false;
  const pathRegex = new RegExp(`^${path.split('*').map(escapeRegex).join('.*')}$`);
  return pathRegex.test(url.pathname + url.search);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
