/**
 * The options page's link to the France Travail override: load, watch, save
 * (after asking for the hosts it needs) and reset. The background reads the
 * override at each use and signs the person out when the client changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { listCustomSites } from '@/utils/custom-sites';
import { buildConfig } from '@/utils/francetravail/build-config';
import { hostPermissionsFor } from '@/utils/francetravail/config';
import {
  type ConfigOverride,
  configOverrideSchema,
  mergeConfig,
} from '@/utils/francetravail/config-override';
import {
  CONFIG_OVERRIDE_KEY,
  clearConfigOverride,
  loadConfigOverride,
  saveConfigOverride,
} from '@/utils/francetravail/config-store';
import type { AdvancedSettingsProps, AdvancedStatus, OverrideDraft } from './AdvancedSettings';

/** The hosts `override` needs beyond those the manifest grants for good. */
function extraOrigins(override: ConfigOverride): string[] {
  const granted = new Set(browser.runtime.getManifest().host_permissions ?? []);
  return hostPermissionsFor(mergeConfig(buildConfig, override)).filter((origin) => !granted.has(origin));
}

/** The form's strings as an override candidate: empty optional fields left out. */
function candidate(draft: OverrideDraft): Record<string, string> {
  return Object.fromEntries(
    Object.entries(draft)
      .map(([field, value]) => [field, value.trim()] as const)
      .filter(([field, value]) => field === 'clientId' || value !== ''),
  );
}

export function useAdvancedSettings(): AdvancedSettingsProps {
  const [override, setOverride] = useState<ConfigOverride | null>(null);
  const [status, setStatus] = useState<AdvancedStatus>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadConfigOverride().then(setOverride);
    // Also changed by "delete everything" (in the background).
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && CONFIG_OVERRIDE_KEY in changes) void loadConfigOverride().then(setOverride);
    };
    browser.storage.onChanged.addListener(onStorage);
    return () => browser.storage.onChanged.removeListener(onStorage);
  }, []);

  const finish = async (action: () => Promise<AdvancedStatus>) => {
    setBusy(true);
    try {
      setStatus(await action());
    } catch {
      setStatus('failed');
    } finally {
      setBusy(false);
    }
  };

  return {
    override,
    defaults: buildConfig,
    redirectUri: browser.identity.getRedirectURL(),
    status,
    busy,
    onSave: (draft) => {
      const parsed = configOverrideSchema.safeParse(candidate(draft));
      if (!parsed.success) {
        setStatus('invalid');
        return;
      }
      const origins = extraOrigins(parsed.data);
      // Asked before any other await: the browser grants hosts only during the click's user gesture.
      const permitted = origins.length > 0 ? browser.permissions.request({ origins }) : Promise.resolve(true);
      void finish(async () => {
        if (!(await permitted)) return 'refused';
        setOverride(await saveConfigOverride(parsed.data));
        return 'saved';
      });
    },
    onReset: () =>
      void finish(async () => {
        const extra = override ? extraOrigins(override) : [];
        await clearConfigOverride();
        setOverride(null);
        // Give back the hosts only the override needed; a site enabled by hand keeps its own.
        const kept = new Set((await listCustomSites()).map((host) => `https://${host}/*`));
        const released = extra.filter((origin) => !kept.has(origin));
        if (released.length > 0) await browser.permissions.remove({ origins: released }).catch(() => false);
        return 'reset';
      }),
  };
}
