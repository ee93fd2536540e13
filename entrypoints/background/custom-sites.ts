/**
 * Keeps the content scripts of sites enabled by hand registered: at start-up
 * and whenever a host permission is granted or taken back (also from the
 * browser's own extension settings).
 */
import { syncCustomSites } from '@/utils/custom-sites';

/** Syncs now and on every permission change. */
export function watchCustomSites(): void {
  const sync = () => void syncCustomSites().catch(() => {});
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}
