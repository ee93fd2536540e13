import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scripting } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing';
import {
  CONTENT_SCRIPT_FILE,
  disableSite,
  enableSite,
  listCustomSites,
  SCRIPT_ID_PREFIX,
  siteHost,
  syncCustomSites,
} from '@/utils/custom-sites';

/** In-memory permissions and scripting (fakeBrowser leaves them unimplemented). */
function fakePermissionsAndScripting(answer: { grant: boolean }) {
  const origins = new Set<string>();
  const scripts = new Map<string, Scripting.RegisteredContentScript>();
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async (request) => {
    if (answer.grant) for (const origin of request.origins ?? []) origins.add(origin);
    return answer.grant;
  });
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async (request) => {
    for (const origin of request.origins ?? []) origins.delete(origin);
    return true;
  });
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...origins] }));
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => [
    ...scripts.values(),
  ]);
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (list) => {
    for (const script of list) {
      if (scripts.has(script.id)) throw new Error(`duplicate id ${script.id}`);
      scripts.set(script.id, script);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
  });
  return { origins, scripts };
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('siteHost', () => {
  it('takes the host of an https origin or page, and refuses anything else', () => {
    expect(siteHost('https://emploi.exemple.fr')).toBe('emploi.exemple.fr');
    expect(siteHost('https://Emploi.Exemple.fr/offres/12?x=1')).toBe('emploi.exemple.fr');
    expect(siteHost('http://emploi.exemple.fr')).toBeNull();
    expect(siteHost('chrome://extensions')).toBeNull();
    expect(siteHost('not a url')).toBeNull();
  });
});

describe('enableSite / disableSite', () => {
  it('asks for that one host, registers the generic content script there, persistently', async () => {
    const fake = fakePermissionsAndScripting({ grant: true });
    expect(await enableSite('https://emploi.exemple.fr/offres/12')).toBe(true);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({
      origins: ['https://emploi.exemple.fr/*'],
    });
    expect([...fake.scripts.values()]).toEqual([
      {
        id: `${SCRIPT_ID_PREFIX}emploi.exemple.fr`,
        matches: ['https://emploi.exemple.fr/*'],
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect(await listCustomSites()).toEqual(['emploi.exemple.fr']);
    expect(await enableSite('https://emploi.exemple.fr')).toBe(true);
    expect(fake.scripts.size).toBe(1);
  });

  it('leaves nothing behind when the person refuses', async () => {
    const fake = fakePermissionsAndScripting({ grant: false });
    expect(await enableSite('https://emploi.exemple.fr')).toBe(false);
    expect(fake.scripts.size).toBe(0);
    expect(await listCustomSites()).toEqual([]);
  });

  it('removes the script, the host from the list and the permission', async () => {
    const fake = fakePermissionsAndScripting({ grant: true });
    await enableSite('https://a.exemple.fr');
    await enableSite('https://b.exemple.fr');
    await disableSite('https://a.exemple.fr/page');
    expect([...fake.scripts.keys()]).toEqual([`${SCRIPT_ID_PREFIX}b.exemple.fr`]);
    expect([...fake.origins]).toEqual(['https://b.exemple.fr/*']);
    expect(await listCustomSites()).toEqual(['b.exemple.fr']);
  });

  it('unregisters a site whose permission was taken back in the browser settings', async () => {
    const fake = fakePermissionsAndScripting({ grant: true });
    await enableSite('https://a.exemple.fr');
    fake.origins.clear();
    await syncCustomSites();
    expect(fake.scripts.size).toBe(0);
  });

  it('refuses a non-https origin without asking anything', async () => {
    fakePermissionsAndScripting({ grant: true });
    expect(await enableSite('http://a.exemple.fr')).toBe(false);
    expect(fakeBrowser.permissions.request).not.toHaveBeenCalled();
  });
});

describe('listCustomSites', () => {
  it('reads the stored hosts, and nothing from a damaged value', async () => {
    await fakeBrowser.storage.local.set({ customSites: ['a.exemple.fr', 'b.exemple.fr'] });
    expect(await listCustomSites()).toEqual(['a.exemple.fr', 'b.exemple.fr']);
    for (const damaged of ['a.exemple.fr', ['a.exemple.fr', 3], { 0: 'a.exemple.fr' }, null]) {
      await fakeBrowser.storage.local.set({ customSites: damaged });
      expect(await listCustomSites()).toEqual([]);
    }
  });
});
