/**
 * Whether the browser lets the extension reach every host it needs: France
 * Travail (host_permissions) and the job boards (content-script matches).
 * Chrome grants them at install and never takes them back; Firefox lets the
 * person withdraw them in the add-ons manager (and treats MV3 host
 * permissions as the person's choice), so the popup asks when one is missing.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';

interface ManifestHosts {
  host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
}

/** Every origin pattern the product needs, from the manifest. */
export function neededOrigins(manifest: ManifestHosts): string[] {
  const origins = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ];
  return [...new Set(origins)];
}

/** Needed origins that permissions.getAll() does not list. */
export function missingOrigins(needed: readonly string[], granted: readonly string[] | undefined): string[] {
  return needed.filter((origin) => !granted?.includes(origin));
}

export interface HostAccess {
  /** True once the browser said that some needed host is not granted. */
  missing: boolean;
  /** Asks the browser for them; call it from the click handler itself (permissions.request needs the gesture). */
  grant: () => void;
}

/** The needed origins, or null where the browser cannot tell (no manifest or permissions API, as in unit tests). */
function readNeededOrigins(): string[] | null {
  try {
    return browser.permissions ? neededOrigins(browser.runtime.getManifest() as ManifestHosts) : null;
  } catch {
    return null;
  }
}

export function useHostAccess(): HostAccess {
  const [missing, setMissing] = useState(false);
  const [origins] = useState(readNeededOrigins);

  const check = useCallback(() => {
    if (!origins) return;
    // Chrome lists content-script hosts in getAll() but answers contains() false for them;
    // Firefox writes getAll()'s origins without their paths but answers contains() right.
    // So only origins getAll() does not list are asked about, and missing only if contains() says so.
    browser.permissions
      .getAll()
      .then((granted) => {
        const unlisted = missingOrigins(origins, granted.origins);
        return unlisted.length === 0 ? true : browser.permissions.contains({ origins: unlisted });
      })
      .then(
        (granted) => setMissing(!granted),
        () => setMissing(false),
      );
  }, [origins]);

  useEffect(() => {
    if (!origins) return undefined;
    check();
    // The person may grant or withdraw access in the add-ons manager while the popup is open.
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, [origins, check]);

  const grant = useCallback(() => {
    if (origins) browser.permissions.request({ origins }).then(check, check);
  }, [origins, check]);

  return { missing, grant };
}
