// @vitest-environment happy-dom
/**
 * axe-core over the popup in each state. happy-dom has no layout, so rules
 * that need rendering (colour contrast) are left to the end-to-end tests in a
 * real browser; the structure (names, roles, headings, lists, labels) is
 * checked here.
 */
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { TranslateContext } from '../../../components/translate-context';
import { PopupView } from '../../../entrypoints/popup/PopupView';
import type { AppState } from '../../../utils/messaging';
import { translator } from '../locales-translator';
import { emptyProfile, keptTyped, offline, signedIn, signedOut, syncing, twoMetiers } from './popup-states';

afterEach(() => {
  document.body.innerHTML = '';
});

async function violations(state: AppState): Promise<string[]> {
  document.documentElement.lang = 'fr-FR';
  document.title = 'Repère Emploi';
  const root = document.createElement('div');
  document.body.append(root);
  const noop = () => {};
  act(() => {
    render(
      <TranslateContext.Provider value={translator('fr')}>
        <PopupView state={state} onSignIn={noop} onSignOut={noop} onRefresh={noop} onUseDemo={noop} />
      </TranslateContext.Provider>,
      root,
    );
  });
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

describe('popup accessibility', () => {
  it.each([
    ['signed out', signedOut],
    ['signed in', signedIn],
    ['empty profile', emptyProfile],
    ['error with cached profile', offline],
    ['syncing', syncing],
    ['demo profile', { ...signedOut, profile: { ...twoMetiers, source: 'demo' } }],
  ] as const)('%s has no axe violation', async (_, state) => {
    expect(await violations(state)).toEqual([]);
  });

  it('signed in with a typed profile kept aside has no axe violation', async () => {
    expect(await violations({ ...signedIn, keptTypedProfile: keptTyped })).toEqual([]);
  });
});
