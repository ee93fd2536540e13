/**
 * Display settings of the highlighting on job-board pages.
 *
 * Stored in `storage.local` under one key (SETTINGS_KEY) because content
 * scripts must read them and can read `storage.local`. Nothing secret ever
 * goes there: tokens stay in the background (storage.session / memory), and
 * these settings are only how marks look. A stored value that does not parse
 * falls back to the defaults field by field, so an old or damaged value never
 * stops the highlighting.
 */
import { watchLocalKey } from './watch-local-key';

export const SETTINGS_KEY = 'displaySettings';

export const DISPLAY_MODES = ['mark', 'dim', 'hide'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

export interface DisplaySettings {
  /** mark: badges only; dim: non-matching offers faded; hide: non-matching offers hidden. */
  mode: DisplayMode;
  /** Offers scoring below this (0–100) count as non-matching. */
  minScore: number;
  /** Site keys (adapter id, or host name for a site enabled by hand) where highlighting is off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: DisplaySettings = { mode: 'mark', minScore: 0, disabledSites: [] };

const MAX_SITES = 1000;
const MAX_SITE_KEY_LENGTH = 300;

function isDisplayMode(value: unknown): value is DisplayMode {
  return (DISPLAY_MODES as readonly unknown[]).includes(value);
}

function isMinScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
}

function isSiteList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= MAX_SITES &&
    value.every((key) => typeof key === 'string' && key.length <= MAX_SITE_KEY_LENGTH)
  );
}

// Hand-written rather than zod: this module runs in the content script, which must stay small.
/** Reads a stored value: anything unreadable becomes the default of its field. */
export function parseSettings(stored: unknown): DisplaySettings {
  const fields: Record<string, unknown> =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : {};
  const { mode, minScore, disabledSites } = fields;
  return {
    mode: isDisplayMode(mode) ? mode : DEFAULT_SETTINGS.mode,
    minScore: isMinScore(minScore) ? minScore : DEFAULT_SETTINGS.minScore,
    disabledSites: isSiteList(disabledSites) ? [...disabledSites] : [],
  };
}

/** True when highlighting is on for this site key. */
export function isSiteEnabled(settings: DisplaySettings, siteKey: string): boolean {
  return !settings.disabledSites.includes(siteKey);
}

/** The settings stored in storage.local (defaults when none). */
export async function loadSettings(): Promise<DisplaySettings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Stores a change to the settings, keeping the other fields. */
export async function saveSettings(change: Partial<DisplaySettings>): Promise<DisplaySettings> {
  const next = parseSettings({ ...(await loadSettings()), ...change });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Turns highlighting on or off for one site key. */
export async function setSiteEnabled(siteKey: string, enabled: boolean): Promise<DisplaySettings> {
  const { disabledSites } = await loadSettings();
  const others = disabledSites.filter((key) => key !== siteKey);
  return saveSettings({ disabledSites: enabled ? others : [...others, siteKey] });
}

/** Calls `onChange` with the new settings whenever they change; returns the unsubscribe function. */
export function watchSettings(onChange: (settings: DisplaySettings) => void): () => void {
  return watchLocalKey(SETTINGS_KEY, (change) => onChange(parseSettings(change.newValue)));
}
