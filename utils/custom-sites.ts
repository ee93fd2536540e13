/**
 * "Activer sur ce site": the generic JobPosting reader on a site that is not a
 * supported board, with the person's explicit permission for that one host.
 *
 * The popup calls `enableSite(origin)` from the button's click (permission
 * requests need a user gesture). The site is written to the list first, then
 * the permission asked; the background registers the content script when the
 * permission arrives (`syncCustomSites` on permissions.onAdded), so a popup
 * closed by the permission prompt still ends with the site enabled.
 * The list lives in storage.local (CUSTOM_SITES_KEY): host names only.
 */
export const CUSTOM_SITES_KEY = 'customSites';
/** Content script ids are `repere-site:<host>`, so ours are told apart from any other. */
export const SCRIPT_ID_PREFIX = 'repere-site:';
/** The built generic content script (entrypoints/generic.content.ts; WXT names it after the entrypoint). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/generic.js';

// Hand-checked rather than zod: the popup reads this list and must stay small.
/** The stored list when it is a list of strings, else none (a damaged value enables nothing). */
function readHostList(value: unknown): string[] {
  return Array.isArray(value) && value.every((host) => typeof host === 'string') ? [...value] : [];
}

/** The https host of an origin or URL, or null when it is not an https page of a real host. */
export function siteHost(originOrUrl: string): string | null {
  try {
    const url = new URL(originOrUrl);
    return url.protocol === 'https:' && url.hostname !== '' ? url.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The match pattern granting and matching one host. */
export const hostPattern = (host: string) => `https://${host}/*`;

export async function listCustomSites(): Promise<string[]> {
  const stored = await browser.storage.local.get(CUSTOM_SITES_KEY);
  return readHostList(stored[CUSTOM_SITES_KEY]);
}

async function writeSites(hosts: string[]): Promise<void> {
  await browser.storage.local.set({ [CUSTOM_SITES_KEY]: [...new Set(hosts)].sort() });
}

/**
 * Enables highlighting on the site of `origin` (call it from a click in the
 * popup). Resolves true when the permission was granted and the script registered.
 */
export async function enableSite(origin: string): Promise<boolean> {
  const host = siteHost(origin);
  if (!host) return false;
  await writeSites([...(await listCustomSites()), host]);
  const granted = await browser.permissions.request({ origins: [hostPattern(host)] });
  if (!granted) {
    await writeSites((await listCustomSites()).filter((h) => h !== host));
    return false;
  }
  await syncCustomSites();
  return true;
}

/** Disables the site: script unregistered, host dropped from the list, permission given back. */
export async function disableSite(origin: string): Promise<void> {
  const host = siteHost(origin);
  if (!host) return;
  await writeSites((await listCustomSites()).filter((h) => h !== host));
  await syncCustomSites();
  await browser.permissions.remove({ origins: [hostPattern(host)] });
}

/**
 * Brings the registered content scripts in line with the list: a script for
 * every listed host whose permission is granted, none for any other.
 */
export async function syncCustomSites(): Promise<void> {
  const [hosts, permissions, registered] = await Promise.all([
    listCustomSites(),
    browser.permissions.getAll(),
    browser.scripting.getRegisteredContentScripts(),
  ]);
  const granted = new Set(permissions.origins ?? []);
  const wanted = new Set(hosts.filter((host) => granted.has(hostPattern(host))));
  const ours = registered.filter((script) => script.id.startsWith(SCRIPT_ID_PREFIX));
  const present = new Set(ours.map((script) => script.id.slice(SCRIPT_ID_PREFIX.length)));
  const stale = ours.filter((script) => !wanted.has(script.id.slice(SCRIPT_ID_PREFIX.length)));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
  const missing = [...wanted].filter((host) => !present.has(host));
  if (missing.length > 0) {
    await browser.scripting.registerContentScripts(
      missing.map((host) => ({
        id: `${SCRIPT_ID_PREFIX}${host}`,
        matches: [hostPattern(host)],
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
}
