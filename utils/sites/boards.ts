/**
 * Which job boards are supported and where they live: id, name and match
 * patterns, nothing else. Kept apart from the adapters so the popup can tell
 * whether a tab is on a supported board without loading any extraction code;
 * the registry matches URLs through this list too, so both always agree.
 * Pure: no browser API.
 */

/** A supported job board as the popup, the options page and the manifest see it. */
export interface Board {
  /** The adapter id, also the site key of the display settings. */
  readonly id: string;
  readonly name: string;
  /** WebExtension match patterns: where the content script runs. */
  readonly matches: readonly string[];
}

/** Each board by its id: the adapters take their id, name and patterns from here. */
export const BOARD = {
  francetravail: {
    id: 'francetravail',
    name: 'France Travail',
    matches: ['https://candidat.francetravail.fr/offres/*'],
  },
  indeed: { id: 'indeed', name: 'Indeed', matches: ['https://fr.indeed.com/*'] },
  hellowork: { id: 'hellowork', name: 'HelloWork', matches: ['https://www.hellowork.com/fr-fr/*'] },
  wttj: { id: 'wttj', name: 'Welcome to the Jungle', matches: ['https://www.welcometothejungle.com/*'] },
  apec: { id: 'apec', name: 'Apec', matches: ['https://www.apec.fr/candidat/*'] },
  linkedin: { id: 'linkedin', name: 'LinkedIn', matches: ['https://*.linkedin.com/jobs/*'] },
  cadremploi: { id: 'cadremploi', name: 'Cadremploi', matches: ['https://www.cadremploi.fr/emploi/*'] },
  meteojob: { id: 'meteojob', name: 'Meteojob', matches: ['https://www.meteojob.com/*'] },
} as const satisfies Record<string, Board>;

/** The boards, in the order a URL is tried against them (the registry lists its adapters in the same order). */
// Pure: a content script that never reads the list drops it (the minifier cannot tell Object.values is).
export const BOARDS: readonly Board[] = /* @__PURE__ */ Object.values(BOARD);

/** The board whose match patterns cover this URL, or null. */
export function boardFor(url: URL): Board | null {
  return BOARDS.find((board) => board.matches.some((pattern) => matchesPattern(pattern, url))) ?? null;
}

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
