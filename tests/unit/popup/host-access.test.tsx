// @vitest-environment happy-dom
/**
 * The popup's request for host access (Firefox lets the person withdraw it):
 * which origins it needs, and the notice with its button.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TranslateContext } from '../../../components/translate-context';
import { PopupView } from '../../../entrypoints/popup/PopupView';
import { missingOrigins, neededOrigins } from '../../../entrypoints/popup/useHostAccess';
import type { Translate } from '../../../utils/profile/describe';
import { plainSpaces, translator } from '../locales-translator';
import { signedIn, signedOut } from './popup-states';

afterEach(() => {
  document.body.innerHTML = '';
});

function show(onGrantHostAccess: (() => void) | undefined, t: Translate, state = signedOut) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(
      <TranslateContext.Provider value={t}>
        <PopupView
          state={state}
          onSignIn={vi.fn()}
          onSignOut={vi.fn()}
          onRefresh={vi.fn()}
          onGrantHostAccess={onGrantHostAccess}
        />
      </TranslateContext.Provider>,
      root,
    );
  });
  return root;
}

describe('missingOrigins', () => {
  it('compares with what the browser lists as granted, content-script hosts included', () => {
    const needed = ['https://api.francetravail.io/*', 'https://www.hellowork.com/fr-fr/*'];
    expect(missingOrigins(needed, [...needed, 'https://fr.indeed.com/*'])).toEqual([]);
    expect(missingOrigins(needed, ['https://api.francetravail.io/*'])).toEqual([
      'https://www.hellowork.com/fr-fr/*',
    ]);
    expect(missingOrigins(needed, undefined)).toEqual(needed);
  });
});

describe('neededOrigins', () => {
  it('takes the France Travail hosts and every job board of the content scripts, once each', () => {
    const origins = neededOrigins({
      host_permissions: [
        'https://api.francetravail.io/*',
        'https://authentification-candidat.francetravail.fr/*',
      ],
      content_scripts: [
        { matches: ['https://www.hellowork.com/fr-fr/*', 'https://candidat.francetravail.fr/offres/*'] },
        { matches: ['https://www.hellowork.com/fr-fr/*'] },
        {},
      ],
    });
    expect(origins).toEqual([
      'https://api.francetravail.io/*',
      'https://authentification-candidat.francetravail.fr/*',
      'https://www.hellowork.com/fr-fr/*',
      'https://candidat.francetravail.fr/offres/*',
    ]);
  });

  it('is empty for a manifest that needs no host', () => {
    expect(neededOrigins({})).toEqual([]);
  });
});

describe('host access notice', () => {
  it('says what is missing and asks for it in a click, signed in or not', () => {
    for (const state of [signedOut, signedIn]) {
      const onGrant = vi.fn();
      const root = show(onGrant, translator('fr'), state);
      const notice = root.querySelector<HTMLElement>('[data-testid="host-access"]');
      expect(plainSpaces(notice?.textContent ?? '')).toContain('France Travail');
      const button = root.querySelector<HTMLButtonElement>('[data-testid="grant-host-access"]');
      expect(button?.textContent).toBe("Autoriser l'accès");
      act(() => button?.click());
      expect(onGrant).toHaveBeenCalledTimes(1);
      document.body.innerHTML = '';
    }
  });

  it('speaks English too', () => {
    const root = show(vi.fn(), translator('en'));
    expect(root.querySelector('[data-testid="grant-host-access"]')?.textContent).toBe('Allow access');
  });

  it('is absent when nothing is missing', () => {
    const root = show(undefined, translator('fr'));
    expect(root.querySelector('[data-testid="host-access"]')).toBeNull();
    expect(root.querySelector('[data-testid="sign-in"]')).not.toBeNull();
  });
});
