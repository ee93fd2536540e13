/**
 * Where the run-time France Travail override lives: `storage.local`, one key
 * (CONFIG_OVERRIDE_KEY). Nothing secret: a client id is public, and the
 * extension is a public client. Read by the background at each use, so a
 * change applies without a restart.
 */
import { watchLocalKey } from '../watch-local-key';
import { buildConfig } from './build-config';
import type { FranceTravailConfig } from './config';
import {
  type ConfigOverride,
  configOverrideSchema,
  mergeConfig,
  parseConfigOverride,
} from './config-override';

export const CONFIG_OVERRIDE_KEY = 'franceTravail.override';

/** The stored override, or null when none (or an invalid one) is stored. */
export async function loadConfigOverride(): Promise<ConfigOverride | null> {
  const stored = await browser.storage.local.get(CONFIG_OVERRIDE_KEY);
  return parseConfigOverride(stored[CONFIG_OVERRIDE_KEY]);
}

/** Validates and stores an override; throws (zod) when it is not valid. */
export async function saveConfigOverride(value: unknown): Promise<ConfigOverride> {
  const override = configOverrideSchema.parse(value);
  await browser.storage.local.set({ [CONFIG_OVERRIDE_KEY]: override });
  return override;
}

/** Back to the build's values. */
export async function clearConfigOverride(): Promise<void> {
  await browser.storage.local.remove(CONFIG_OVERRIDE_KEY);
}

/** The configuration in force: the build's, with the stored override on top. */
export async function currentConfig(): Promise<FranceTravailConfig> {
  return mergeConfig(buildConfig, await loadConfigOverride());
}

/** Calls `onChange(before, after)` with the merged configurations whenever the stored override changes. */
export function watchConfig(
  onChange: (before: FranceTravailConfig, after: FranceTravailConfig) => void,
): () => void {
  return watchLocalKey(CONFIG_OVERRIDE_KEY, (change) =>
    onChange(
      mergeConfig(buildConfig, parseConfigOverride(change.oldValue)),
      mergeConfig(buildConfig, parseConfigOverride(change.newValue)),
    ),
  );
}
