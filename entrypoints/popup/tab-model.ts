/**
 * What the popup says about the current tab, decided from the page status the
 * background keeps by tab id, and the tab's URL when the browser gives it
 * (only for sites the extension may read).
 */
import type { PageStatus } from '@/utils/messaging';
import { type DisplaySettings, isSiteEnabled } from '@/utils/settings';
import { boardFor } from '@/utils/sites/boards';

export type TabModel =
  /** Nothing known of the page (no URL without permission, no report): nothing to say. */
  | { kind: 'unknown' }
  /** An https page of a site that is not supported: offer "Activer sur ce site". */
  | { kind: 'other'; origin: string; host: string }
  /** A supported board or a site enabled by hand. */
  | {
      kind: 'site';
      name: string;
      siteKey: string;
      enabled: boolean;
      /** null until the page has reported. */
      offers: number | null;
      matches: number | null;
      /** The adapter found no offer where it expects some. */
      changed: boolean;
    };

function parseUrl(url: string | undefined): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

/** The tab's model from what is known of it. */
export function tabModel(
  status: PageStatus | null,
  tabUrl: string | undefined,
  settings: DisplaySettings,
  customSites: readonly string[],
): TabModel {
  const url = parseUrl(status?.url || tabUrl);
  if (!url || (url.protocol !== 'https:' && !status)) return { kind: 'unknown' };
  // The board list, not the adapter registry: the popup must not load the extraction code.
  const board = boardFor(url);
  const host = url.hostname;
  if (!status && !board && !customSites.includes(host)) return { kind: 'other', origin: url.origin, host };
  const siteKey = board?.id ?? host;
  return {
    kind: 'site',
    name: board?.name ?? host,
    siteKey,
    enabled: isSiteEnabled(settings, siteKey),
    offers: status?.offers ?? null,
    matches: status?.matches ?? null,
    changed: status?.listingWithoutOffers === true,
  };
}
