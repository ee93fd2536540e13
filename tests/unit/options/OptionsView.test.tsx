// @vitest-environment happy-dom
/**
 * The options page in each state: signed out (typed profile form), typed
 * profile saved, demo, signed in (France Travail read-only + additions),
 * error; axe-core finds no violation in any (colour contrast needs layout:
 * left to the end-to-end run), and each state shows what it should.
 */
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView, type OptionsViewProps } from '../../../entrypoints/options/OptionsView';
import { type Adjustments, NO_ADJUSTMENTS } from '../../../utils/adjustments';
import { resolveFranceTravailConfig } from '../../../utils/francetravail/config';
import type { AppState } from '../../../utils/messaging';
import { manualProfile } from '../../../utils/profile/manual';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { BOARD_ADAPTERS } from '../../../utils/sites/registry';
import { keptTyped, offline, signedIn, signedOut, twoMetiers } from '../popup/popup-states';
import { click, mount, referenceData, type } from './render';

afterEach(() => {
  document.body.innerHTML = '';
});

const typed: AppState = {
  ...signedOut,
  profile: manualProfile(
    {
      metiers: [
        {
          appellation: { code: '11573', label: 'Boulanger / Boulangère' },
          places: [{ kind: 'departement', code: '69', label: 'Rhône (69)' }],
          contracts: ['CDI'],
          workTime: 'full',
        },
      ],
    },
    new Date('2026-11-29T09:00:00Z'),
  ),
};
const production = resolveFranceTravailConfig({});
const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
const demo: AppState = { ...signedOut, profile: { ...twoMetiers, source: 'demo' } };
const adjusted: Adjustments = {
  keywords: ['viennoiserie'],
  excludedKeywords: ['alternance'],
  excludedCompanies: ['Intérim Express'],
  minSalary: { amount: 2000, unit: 'M', unitLabel: 'Mensuel' },
};

function advanced(overrides: Partial<OptionsViewProps['advanced']> = {}): OptionsViewProps['advanced'] {
  return {
    override: null,
    defaults: production,
    redirectUri: REDIRECT,
    status: null,
    busy: false,
    onSave: vi.fn(),
    onReset: vi.fn(),
    ...overrides,
  };
}

function view(state: AppState | null, overrides: Partial<OptionsViewProps> = {}) {
  const props: OptionsViewProps = {
    state,
    unreachable: false,
    data: referenceData(),
    adjustments: NO_ADJUSTMENTS,
    settings: { ...DEFAULT_SETTINGS, disabledSites: ['indeed'] },
    boards: BOARD_ADAPTERS.map(({ id, name }) => ({ id, name })),
    customSites: ['emploi.example.fr'],
    busy: false,
    notice: null,
    onSaveManual: vi.fn(),
    onUseDemo: vi.fn(),
    onAdjustments: vi.fn(),
    onSettings: vi.fn(),
    onToggleSite: vi.fn(),
    onRemoveCustomSite: vi.fn(),
    onExport: vi.fn(),
    onDeleteEverything: vi.fn(),
    advanced: advanced(),
    ...overrides,
  };
  return { ...mount(<OptionsView {...props} />), props };
}

async function violations(): Promise<string[]> {
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('options page accessibility', () => {
  it.each([
    ['loading', null],
    ['signed out', signedOut],
    ['typed profile', typed],
    ['demo profile', demo],
    ['signed in', signedIn],
    ['error', offline],
  ] as const)('%s has no axe violation', async (_, state) => {
    view(state, { adjustments: adjusted });
    expect(await violations()).toEqual([]);
  });

  it('signed in with a typed profile kept aside has no axe violation', async () => {
    view({ ...signedIn, keptTypedProfile: keptTyped }, { onRestoreTyped: vi.fn() });
    expect(await violations()).toEqual([]);
  });

  it('demo with a typed profile kept aside has no axe violation', async () => {
    view({ ...demo, keptTypedProfile: keptTyped }, { onRestoreTyped: vi.fn() });
    expect(await violations()).toEqual([]);
  });

  it('has no axe violation with the suggestions open and the deletion being confirmed', async () => {
    const { get } = view(signedOut);
    type(get<HTMLInputElement>('#metier0-title'), 'dev back');
    click(get('[data-testid="delete-everything"]'));
    expect(await violations()).toEqual([]);
  });
});

describe('options page, advanced settings', () => {
  const own = { clientId: 'PAR_monappli_4f2a', apiBase: 'https://api.example.fr' };

  it('has no axe violation with an override in force and a refusal shown', async () => {
    const { get } = view(signedIn, {
      advanced: advanced({ override: own, status: 'refused' }),
    });
    expect(get('[data-testid="advanced-status"]').textContent).toContain('rien n');
    expect(await violations()).toEqual([]);
  });

  it('shows the redirect URI, the values in force and the build defaults', () => {
    const { get, props } = view(signedOut);
    expect(get('[data-testid="redirect-uri"]').textContent).toBe(REDIRECT);
    expect(get('[data-testid="advanced-in-use"]').textContent).not.toContain(production.clientId);
    expect(get('#ft-clientId-default').textContent).toContain(production.clientId);
    expect(get('#ft-apiBase-default').textContent).toContain(production.apiBase);
    expect(get<HTMLButtonElement>('[data-testid="reset-advanced"]').disabled).toBe(true);
    expect(props.advanced.onReset).not.toHaveBeenCalled();
  });

  it('fills the form from the stored override and sends what is typed, or the reset', () => {
    const onSave = vi.fn();
    const onReset = vi.fn();
    const { get } = view(signedOut, { advanced: advanced({ override: own, onSave, onReset }) });
    expect(get('[data-testid="advanced-in-use"]').textContent).toContain(own.clientId);
    expect(get<HTMLInputElement>('#ft-apiBase').value).toBe(own.apiBase);
    type(get<HTMLInputElement>('#ft-clientId'), 'PAR_autre');
    type(get<HTMLInputElement>('#ft-tokenUrl'), 'https://auth.example.fr/token');
    click(get('[data-testid="save-advanced"]'));
    expect(onSave).toHaveBeenCalledWith({
      clientId: 'PAR_autre',
      authorizeUrl: '',
      tokenUrl: 'https://auth.example.fr/token',
      logoutUrl: '',
      apiBase: own.apiBase,
    });
    click(get('[data-testid="reset-advanced"]'));
    expect(onReset).toHaveBeenCalledOnce();
  });
});

describe('options page', () => {
  it('signed in: France Travail profile read-only, additions instead of the typed form', () => {
    const { root } = view(signedIn, { adjustments: adjusted });
    expect(root.querySelector('[data-testid="profile-source"]')?.getAttribute('data-source')).toBe(
      'francetravail',
    );
    expect(root.querySelector('[data-testid="manual-profile"]')).toBeNull();
    expect(root.querySelectorAll('[data-testid="metier-card"]')).toHaveLength(2);
    expect(root.querySelector('[data-testid="adjustments"]')?.textContent).toContain('viennoiserie');
  });

  it('signed in with a typed profile kept aside: says which is in use, and brings the typed one back on request', () => {
    const onRestoreTyped = vi.fn();
    const { get } = view({ ...signedIn, keptTypedProfile: keptTyped }, { onRestoreTyped });
    expect(get('[data-testid="profile-source"]').textContent).toBe('Profil venu de France Travail');
    expect(get('[data-testid="kept-typed-profile"]').textContent).toContain(
      'Votre profil saisi (Aide-soignant / Aide-soignante (J1501)) est gardé de côté',
    );
    click(get('[data-testid="restore-typed"]'));
    expect(onRestoreTyped).toHaveBeenCalledOnce();
  });

  it('demo with a typed profile kept aside: says the demo is in use, names the typed one, and brings it back on request', () => {
    const onRestoreTyped = vi.fn();
    const { get } = view({ ...demo, keptTypedProfile: keptTyped }, { onRestoreTyped });
    expect(get('[data-testid="profile-source"]').textContent).toBe('Profil de démonstration');
    const note = get('[data-testid="kept-typed-profile"]').textContent;
    expect(note).toContain('Votre profil saisi (Aide-soignant / Aide-soignante (J1501)) est gardé de côté');
    expect(note).toContain('démonstration');
    expect(note).not.toContain('déconnectez');
    const restore = get('[data-testid="restore-typed"]');
    expect(restore.textContent).toBe('Reprendre mon profil saisi');
    click(restore);
    expect(onRestoreTyped).toHaveBeenCalledOnce();
  });

  it('demo without a kept profile: no such note nor button', () => {
    const { root } = view(demo, { onRestoreTyped: vi.fn() });
    expect(root.querySelector('[data-testid="kept-typed-profile"]')).toBeNull();
    expect(root.querySelector('[data-testid="restore-typed"]')).toBeNull();
  });

  it('signed in without a kept profile: no such note nor button', () => {
    const { root } = view(signedIn, { onRestoreTyped: vi.fn() });
    expect(root.querySelector('[data-testid="kept-typed-profile"]')).toBeNull();
    expect(root.querySelector('[data-testid="restore-typed"]')).toBeNull();
  });

  it('signed out with a typed profile: the form holds the saved métier', () => {
    const { root, get } = view(typed);
    expect(get('[data-testid="profile-source"]').textContent).toBe('Profil saisi par vous');
    expect(get<HTMLInputElement>('#metier0-title').value).toBe('Boulanger / Boulangère');
    expect(root.querySelector('.place-item')?.textContent).toContain('Rhône (69)');
  });

  it('sends each control to its handler', () => {
    const { get, props } = view(signedOut, { adjustments: adjusted });
    type(get<HTMLInputElement>('#excluded-keywords'), 'stage');
    click(get('[data-testid="excluded-keywords-add"]'));
    expect(props.onAdjustments).toHaveBeenCalledWith({
      ...adjusted,
      excludedKeywords: ['alternance', 'stage'],
    });
    click(get('[data-testid="site-indeed"]'));
    expect(props.onToggleSite).toHaveBeenCalledWith('indeed', true);
    click(get('[data-testid="mode-dim"]'));
    expect(props.onSettings).toHaveBeenCalledWith({ mode: 'dim' });
    click(get('[data-testid="use-demo"]'));
    expect(props.onUseDemo).toHaveBeenCalledOnce();
    click(get('[data-testid="export"]'));
    expect(props.onExport).toHaveBeenCalledOnce();
    click(get('[data-testid="delete-everything"]'));
    expect(props.onDeleteEverything).not.toHaveBeenCalled();
    click(get('[data-testid="confirm-delete"]'));
    expect(props.onDeleteEverything).toHaveBeenCalledOnce();
  });
});
