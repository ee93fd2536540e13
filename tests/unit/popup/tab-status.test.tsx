// @vitest-environment happy-dom
/** The popup's word on the current tab: the model from status + URL, and its rendering and switch. */
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TranslateContext } from '../../../components/translate-context';
import { PopupView } from '../../../entrypoints/popup/PopupView';
import { type TabModel, tabModel } from '../../../entrypoints/popup/tab-model';
import type { PageStatus } from '../../../utils/messaging';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { translator } from '../locales-translator';
import { signedOut, twoMetiers } from './popup-states';

const LISTING = 'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=boulanger';
const status = (extra: Partial<PageStatus> = {}): PageStatus => ({
  adapterId: 'hellowork',
  offers: 30,
  matches: 4,
  listingWithoutOffers: false,
  url: LISTING,
  ...extra,
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('tab model', () => {
  it('a board page that reported: its counts, on unless switched off', () => {
    expect(tabModel(status(), undefined, DEFAULT_SETTINGS, [])).toEqual({
      kind: 'site',
      name: 'HelloWork',
      siteKey: 'hellowork',
      enabled: true,
      offers: 30,
      matches: 4,
      changed: false,
    });
    const off = tabModel(status(), undefined, { ...DEFAULT_SETTINGS, disabledSites: ['hellowork'] }, []);
    expect(off.kind === 'site' && off.enabled).toBe(false);
    const changed = tabModel(
      status({ offers: 0, matches: 0, listingWithoutOffers: true }),
      undefined,
      DEFAULT_SETTINGS,
      [],
    );
    expect(changed.kind === 'site' && changed.changed).toBe(true);
  });

  it('another https site: offer to turn it on; a site enabled by hand is keyed by host', () => {
    expect(tabModel(null, 'https://emploi.example.fr/offres?id=3', DEFAULT_SETTINGS, [])).toEqual({
      kind: 'other',
      origin: 'https://emploi.example.fr',
      host: 'emploi.example.fr',
    });
    const custom = tabModel(null, 'https://emploi.example.fr/offres', DEFAULT_SETTINGS, [
      'emploi.example.fr',
    ]);
    expect(custom).toMatchObject({ kind: 'site', siteKey: 'emploi.example.fr', offers: null });
  });

  it('nothing known (no URL without permission, or not a web page): nothing said', () => {
    expect(tabModel(null, undefined, DEFAULT_SETTINGS, [])).toEqual({ kind: 'unknown' });
    expect(tabModel(null, 'chrome://extensions/', DEFAULT_SETTINGS, [])).toEqual({ kind: 'unknown' });
  });
});

function popup(tab: TabModel) {
  const onToggleSite = vi.fn();
  const onEnableSite = vi.fn();
  const onOpenOptions = vi.fn();
  const root = document.createElement('div');
  document.body.append(root);
  document.documentElement.lang = 'fr-FR';
  document.title = 'Repère Emploi';
  act(() => {
    render(
      <TranslateContext.Provider value={translator('fr')}>
        <PopupView
          state={{ ...signedOut, profile: { ...twoMetiers, source: 'manual' } }}
          onSignIn={() => {}}
          onSignOut={() => {}}
          onRefresh={() => {}}
          adjustments={{ keywords: [], excludedKeywords: ['alternance'], excludedCompanies: [] }}
          tab={tab}
          onToggleSite={onToggleSite}
          onEnableSite={onEnableSite}
          onOpenOptions={onOpenOptions}
        />
      </TranslateContext.Provider>,
      root,
    );
  });
  const get = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { get, onToggleSite, onEnableSite, onOpenOptions };
}

describe('popup: source, additions, tab', () => {
  it("shows the source, the person's additions, the counts, and switches the site off", async () => {
    const { get, onToggleSite, onOpenOptions } = popup(tabModel(status(), undefined, DEFAULT_SETTINGS, []));
    expect(get('profile-source')?.textContent).toBe('Profil saisi par vous');
    expect(get('adjustments-summary')?.textContent).toContain('alternance');
    expect(get('tab-matches')?.textContent).toBe('4 offre(s) repérée(s) sur 30 sur cette page.');
    expect(get('site-changed')).toBeNull();
    act(() => get('site-switch')?.click());
    expect(onToggleSite).toHaveBeenCalledWith('hellowork', false);
    act(() => get('open-options')?.click());
    expect(onOpenOptions).toHaveBeenCalledOnce();
    const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('says a site seems to have changed', () => {
    const { get } = popup(
      tabModel(
        status({ offers: 0, matches: 0, listingWithoutOffers: true }),
        undefined,
        DEFAULT_SETTINGS,
        [],
      ),
    );
    expect(get('site-changed')?.textContent).toContain('Ce site semble avoir changé');
  });

  it('offers "Activer sur ce site" elsewhere, with the page origin', async () => {
    const { get, onEnableSite } = popup(
      tabModel(null, 'https://emploi.example.fr/offres', DEFAULT_SETTINGS, []),
    );
    expect(get('enable-site')?.textContent).toBe('Activer sur ce site');
    act(() => get('enable-site')?.click());
    expect(onEnableSite).toHaveBeenCalledWith('https://emploi.example.fr');
    const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
