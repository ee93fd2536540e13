import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing';
import { pageStatusKey } from '@/entrypoints/background/content-messages';
import { createMatchProfileSource } from '@/entrypoints/background/match-profile';
import { type OptionsMessageDeps, registerOptionsMessages } from '@/entrypoints/background/options-messages';
import { readAdjustments } from '@/utils/db/adjustments-store';
import { openDatabase, type RepereDatabase } from '@/utils/db/database';
import {
  readKeptTypedProfile,
  saveDemoProfile,
  saveFranceTravailProfile,
} from '@/utils/db/kept-profile-store';
import { readProfile, saveProfile } from '@/utils/db/profile-store';
import { CONFIG_OVERRIDE_KEY, saveConfigOverride } from '@/utils/francetravail/config-store';
import { type AppState, type ExportedData, parseOptionsRequest } from '@/utils/messaging';
import { DEMO_METIERS_RECHERCHES, demoProfile } from '@/utils/profile/demo';
import { profileFromApi } from '@/utils/profile/from-api';
import type { ManualProfileInput } from '@/utils/profile/manual-schema';
import { SETTINGS_KEY } from '@/utils/settings';
import { typedBoulanger } from '../support/typed-profile';

const NOW = new Date('2026-11-29T09:00:00Z');
const BOULANGER: ManualProfileInput = { metiers: [typedBoulanger] };

let db: RepereDatabase;
let counter = 0;
let connected: boolean;
let signOut: ReturnType<typeof vi.fn<() => Promise<void>>>;

const pageSender = (path = '/options.html'): Runtime.MessageSender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL(path as '/'),
});
const contentSender: Runtime.MessageSender = {
  id: fakeBrowser.runtime.id,
  url: 'https://www.hellowork.com/fr-fr/emploi/recherche.html',
  tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
};

async function send(message: unknown, sender: Runtime.MessageSender = pageSender()): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return answers.find((answer: unknown) => answer !== undefined);
}

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] });
  vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([]);
  db = openDatabase(`test-options-messages-${++counter}`);
  connected = false;
  signOut = vi.fn(async () => {});
  const deps: OptionsMessageDeps = {
    db,
    isConnected: async () => connected,
    signOut,
    broadcast: async (): Promise<AppState> => ({
      signedIn: connected,
      profile: await readProfile(db),
      lastSyncAt: null,
      lastError: null,
      syncing: false,
      keptTypedProfile: await readKeptTypedProfile(db),
    }),
    now: () => NOW,
  };
  registerOptionsMessages(deps);
});

describe('options requests', () => {
  it('accepts well-formed requests only', () => {
    expect(parseOptionsRequest({ type: 'saveManualProfile', profile: BOULANGER })).not.toBeNull();
    const three = { metiers: [...BOULANGER.metiers, ...BOULANGER.metiers, ...BOULANGER.metiers] };
    expect(parseOptionsRequest({ type: 'saveManualProfile', profile: three })).toBeNull();
    expect(parseOptionsRequest({ type: 'saveManualProfile', profile: { metiers: [] } })).toBeNull();
    const badContract = { metiers: [{ ...BOULANGER.metiers[0], contracts: ['XYZ'] }] };
    expect(parseOptionsRequest({ type: 'saveManualProfile', profile: badContract })).toBeNull();
    expect(parseOptionsRequest({ type: 'getTabStatus', tabId: -1 })).toBeNull();
    expect(parseOptionsRequest({ type: 'getState' })).toBeNull();
    expect(parseOptionsRequest({ type: 'restoreTypedProfile' })).toEqual({ type: 'restoreTypedProfile' });
    expect(parseOptionsRequest({ type: 'restoreTypedProfile', profile: BOULANGER })).toEqual({
      type: 'restoreTypedProfile',
    });
  });

  it('signed out, brings the typed profile kept aside for the demo back', async () => {
    await send({ type: 'saveManualProfile', profile: BOULANGER });
    const typed = await readProfile(db);
    await saveDemoProfile(db, demoProfile(NOW));
    const state = (await send({ type: 'restoreTypedProfile' })) as AppState;
    expect(state.profile).toEqual(typed);
    expect(state.keptTypedProfile).toBeNull();
    expect(await readKeptTypedProfile(db)).toBeNull();
  });

  it('signed in, refuses to bring the typed profile back in place of France Travail’s (sign-out does)', async () => {
    await send({ type: 'saveManualProfile', profile: BOULANGER });
    connected = true;
    await saveFranceTravailProfile(db, profileFromApi(DEMO_METIERS_RECHERCHES, NOW));
    await expect(send({ type: 'restoreTypedProfile' })).rejects.toThrow(/sign out/);
    expect((await readProfile(db))?.source).toBe('francetravail');
    expect((await readKeptTypedProfile(db))?.source).toBe('manual');
    expect(await send({ type: 'restoreTypedProfile' }, contentSender)).toBeUndefined();
  });

  it('saves a typed profile as source "manual" when signed out', async () => {
    const state = (await send({ type: 'saveManualProfile', profile: BOULANGER })) as AppState;
    expect(state.profile?.source).toBe('manual');
    const stored = await readProfile(db);
    expect(stored?.updatedAt).toBe(NOW.toISOString());
    expect(stored?.metiers[0]?.appellation?.code).toBe('11573');
    expect(stored?.metiers[0]?.workTimes.map((w) => w.kind)).toEqual(['full']);
  });

  it('never replaces the France Travail profile while signed in', async () => {
    connected = true;
    const ft = { ...demoProfile(NOW), source: 'francetravail' as const };
    await saveProfile(db, ft);
    await expect(send({ type: 'saveManualProfile', profile: BOULANGER })).rejects.toThrow(/read-only/);
    expect((await readProfile(db))?.source).toBe('francetravail');
  });

  it('ignores requests from content scripts', async () => {
    expect(await send({ type: 'exportData' }, contentSender)).toBeUndefined();
    expect(await send({ type: 'saveManualProfile', profile: BOULANGER }, contentSender)).toBeUndefined();
    expect(await readProfile(db)).toBeNull();
  });

  it('answers a tab page status by tab id', async () => {
    const status = {
      adapterId: 'hellowork',
      offers: 30,
      matches: 4,
      listingWithoutOffers: false,
      url: 'https://x/',
    };
    await fakeBrowser.storage.session.set({ [pageStatusKey(7)]: status });
    expect(await send({ type: 'getTabStatus', tabId: 7 })).toEqual(status);
    expect(await send({ type: 'getTabStatus', tabId: 8 })).toBeNull();
  });

  it('exports the profile, adjustments, settings and sites, without tokens', async () => {
    await send({ type: 'saveManualProfile', profile: BOULANGER });
    const adjustments = { keywords: [], excludedKeywords: ['alternance'], excludedCompanies: ['Acme'] };
    await send({ type: 'saveAdjustments', adjustments });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { mode: 'dim', minScore: 40, disabledSites: [] } });
    await fakeBrowser.storage.session.set({ 'auth.tokens': { accessToken: 'secret-token' } });
    const exported = (await send({ type: 'exportData' })) as ExportedData;
    expect(exported.profile?.source).toBe('manual');
    expect(exported.adjustments).toEqual(adjustments);
    expect(exported.displaySettings.mode).toBe('dim');
    expect(exported.exportedAt).toBe(NOW.toISOString());
    expect(JSON.stringify(exported)).not.toContain('secret-token');
  });

  it('exports the typed profile kept aside and the France Travail override, still without tokens', async () => {
    await send({ type: 'saveManualProfile', profile: BOULANGER });
    await saveFranceTravailProfile(db, profileFromApi(DEMO_METIERS_RECHERCHES, NOW));
    const override = {
      clientId: 'PAR_monappli_0123abcd',
      authorizeUrl: 'https://authentification-candidat.francetravail.fr/connexion/oauth2/authorize',
      apiBase: 'https://api.francetravail.io',
    };
    await saveConfigOverride(override);
    await fakeBrowser.storage.session.set({
      'auth.tokens': { accessToken: 'secret-token', idToken: 'id.tok.en' },
    });
    const exported = (await send({ type: 'exportData' })) as ExportedData;
    expect(exported.profile?.source).toBe('francetravail');
    expect(exported.keptTypedProfile?.source).toBe('manual');
    expect(exported.keptTypedProfile?.metiers.map((m) => m.appellation?.label)).toEqual([
      'Boulanger / Boulangère',
    ]);
    expect(exported.franceTravailOverride).toEqual(override);
    const text = JSON.stringify(exported);
    expect(text).not.toContain('secret-token');
    expect(text).not.toContain('id.tok.en');
  });

  it("exports null for both when nothing is kept aside and the build's application is used", async () => {
    await send({ type: 'saveManualProfile', profile: BOULANGER });
    const exported = (await send({ type: 'exportData' })) as ExportedData;
    expect(exported.keptTypedProfile).toBeNull();
    expect(exported.franceTravailOverride).toBeNull();
    expect(Object.keys(exported)).toEqual(
      expect.arrayContaining(['keptTypedProfile', 'franceTravailOverride']),
    );
  });

  it('deletes everything, the typed profile kept aside too, and signs out', async () => {
    await send({ type: 'saveManualProfile', profile: BOULANGER });
    connected = true;
    await saveFranceTravailProfile(db, profileFromApi(DEMO_METIERS_RECHERCHES, NOW));
    expect(await readKeptTypedProfile(db)).not.toBeNull();
    await send({
      type: 'saveAdjustments',
      adjustments: { keywords: ['four'], excludedKeywords: [], excludedCompanies: [] },
    });
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { mode: 'hide', minScore: 10, disabledSites: [] },
    });
    await fakeBrowser.storage.local.set({ customSites: ['emploi.example.fr'] });
    await saveConfigOverride({ clientId: 'PAR_monappli_0123abcd' });
    const state = (await send({ type: 'deleteEverything' })) as AppState;
    expect(signOut).toHaveBeenCalledOnce();
    expect(state.profile).toBeNull();
    expect(await readKeptTypedProfile(db)).toBeNull();
    expect((await fakeBrowser.storage.local.get(CONFIG_OVERRIDE_KEY))[CONFIG_OVERRIDE_KEY]).toBeUndefined();
    expect((await readAdjustments(db)).keywords).toEqual([]);
    expect(await fakeBrowser.storage.local.get([SETTINGS_KEY, 'customSites'])).toEqual({ customSites: [] });
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: ['https://emploi.example.fr/*'] });
  });
});

describe('match profile with adjustments', () => {
  it('derives again when an exclusion is added, and carries it', async () => {
    vi.stubGlobal('fetch', async (url: string) => {
      const file = new URL(url).pathname.replace(/^\//, 'public/');
      return new Response(readFileSync(file, 'utf8'));
    });
    await saveProfile(db, demoProfile(NOW));
    const source = createMatchProfileSource(db);
    expect((await source())?.excludedKeywords).toEqual([]);
    await send({
      type: 'saveAdjustments',
      adjustments: { keywords: [], excludedKeywords: ['alternance'], excludedCompanies: ['Acme'] },
    });
    const adjusted = await source();
    expect(adjusted?.excludedKeywords).toEqual(['alternance']);
    expect(adjusted?.excludedCompanies).toEqual(['Acme']);
    vi.unstubAllGlobals();
  });
});
