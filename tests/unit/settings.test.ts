import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  isSiteEnabled,
  loadSettings,
  parseSettings,
  SETTINGS_KEY,
  saveSettings,
  setSiteEnabled,
  watchSettings,
} from '@/utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('display settings', () => {
  it('defaults to marks only, no minimum score, every site on', () => {
    expect(DEFAULT_SETTINGS).toEqual({ mode: 'mark', minScore: 0, disabledSites: [] });
    expect(isSiteEnabled(DEFAULT_SETTINGS, 'hellowork')).toBe(true);
  });

  it('falls back to the default of each field that does not parse, keeping the others', () => {
    expect(parseSettings({ mode: 'blink', minScore: 60, disabledSites: ['indeed'] })).toEqual({
      mode: 'mark',
      minScore: 60,
      disabledSites: ['indeed'],
    });
    expect(parseSettings({ mode: 'hide', minScore: 250, disabledSites: 'indeed' })).toEqual({
      mode: 'hide',
      minScore: 0,
      disabledSites: [],
    });
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(['hide'])).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses a minimum score that is not a whole number from 0 to 100, and an overlong site list', () => {
    expect(parseSettings({ minScore: 50.5 }).minScore).toBe(0);
    expect(parseSettings({ minScore: -1 }).minScore).toBe(0);
    expect(parseSettings({ minScore: '60' }).minScore).toBe(0);
    expect(parseSettings({ minScore: 100 }).minScore).toBe(100);
    expect(parseSettings({ disabledSites: ['x'.repeat(301)] }).disabledSites).toEqual([]);
    expect(parseSettings({ disabledSites: ['indeed', 3] }).disabledSites).toEqual([]);
    expect(parseSettings({ disabledSites: Array(1001).fill('indeed') }).disabledSites).toEqual([]);
    expect(parseSettings({ disabledSites: Array(1000).fill('indeed') }).disabledSites).toHaveLength(1000);
  });

  it('gives a fresh value each time, so changing one never changes the defaults', () => {
    const settings = parseSettings(undefined);
    settings.disabledSites.push('indeed');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });

  it('reads defaults from an empty storage.local, and a damaged value as defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { mode: 42 } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves changes under one key and tells watchers', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((settings) => seen.push(settings));
    await saveSettings({ mode: 'dim' });
    await setSiteEnabled('linkedin', false);
    expect(await loadSettings()).toEqual({ mode: 'dim', minScore: 0, disabledSites: ['linkedin'] });
    await setSiteEnabled('linkedin', true);
    expect((await loadSettings()).disabledSites).toEqual([]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([SETTINGS_KEY]);
    expect(seen).toHaveLength(3);
    stop();
    await saveSettings({ mode: 'hide' });
    expect(seen).toHaveLength(3);
  });
});
