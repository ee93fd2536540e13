// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TranslateContext } from '../../../components/translate-context';
import { PopupView, type PopupViewProps } from '../../../entrypoints/popup/PopupView';
import { type AppState, SYNC_ERROR_CODES } from '../../../utils/messaging';
import { summarizeMetier, type Translate } from '../../../utils/profile/describe';
import { plainSpaces, translator } from '../locales-translator';
import { asem, boulanger } from '../profile/describe-metiers';
import {
  emptyProfile,
  keptTyped,
  networkError,
  offline,
  signedIn,
  signedOut,
  syncing,
  twoMetiers,
} from './popup-states';

const fr = translator('fr');
const en = translator('en');

beforeAll(() => {
  // Dates are shown in the reader's time zone; pin one so expectations are exact.
  process.env.TZ = 'Europe/Paris';
});

afterEach(() => {
  document.body.innerHTML = '';
});

interface Shown {
  root: HTMLElement;
  handlers: { onSignIn: () => void; onSignOut: () => void; onRefresh: () => void; onUseDemo: () => void };
  text: (testId: string) => string;
  all: (testId: string) => HTMLElement[];
  one: (testId: string) => HTMLElement;
}

function show(props: Partial<PopupViewProps> & { state: AppState | null }, t: Translate = fr): Shown {
  const handlers = { onSignIn: vi.fn(), onSignOut: vi.fn(), onRefresh: vi.fn(), onUseDemo: vi.fn() };
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(
      <TranslateContext.Provider value={t}>
        <PopupView {...handlers} {...props} />
      </TranslateContext.Provider>,
      root,
    );
  });
  const all = (testId: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
  const one = (testId: string) => {
    const found = all(testId);
    if (found.length !== 1) throw new Error(`expected one ${testId}, found ${found.length}`);
    return found[0] as HTMLElement;
  };
  return { root, handlers, all, one, text: (testId) => plainSpaces(one(testId).textContent ?? '') };
}

function click(element: HTMLElement) {
  act(() => element.click());
}

describe('PopupView, signed out', () => {
  it('says what the extension does and offers France Travail sign-in', () => {
    const { root, one, all, handlers } = show({ state: signedOut });
    expect(root.querySelector('main h1')?.textContent).toBe('Repère Emploi');
    expect(root.querySelector('.tagline')?.textContent).toContain('sites d');
    const signIn = one('sign-in');
    expect(signIn.tagName).toBe('BUTTON');
    expect(signIn.textContent).toBe('Se connecter avec France Travail');
    expect(all('metier-card')).toHaveLength(0);
    expect(all('last-sync')).toHaveLength(0);
    expect(all('sign-out')).toHaveLength(0);
    click(signIn);
    expect(handlers.onSignIn).toHaveBeenCalledTimes(1);
    expect(handlers.onRefresh).not.toHaveBeenCalled();
  });

  it('shows the sign-in in progress and takes no second click', () => {
    const { one, handlers } = show({ state: signedOut, pending: 'signIn' });
    const signIn = one('sign-in') as HTMLButtonElement;
    expect(signIn.disabled).toBe(true);
    expect(signIn.textContent).toBe('Connexion en cours…');
    click(signIn);
    expect(handlers.onSignIn).not.toHaveBeenCalled();
  });

  it('explains a cancelled sign-in without offering the cached-profile sentence', () => {
    const cancelled = {
      code: 'cancelled' as const,
      detail: 'The user did not approve access.',
      at: networkError.at,
    };
    const { text, all } = show({ state: { ...signedOut, lastError: cancelled } });
    expect(text('error')).toContain('La connexion a été annulée');
    expect(all('cached-notice')).toHaveLength(0);
    expect(all('sign-in-again')).toHaveLength(0);
    expect(all('sign-in')).toHaveLength(1);
  });
});

describe('PopupView, signed out with a profile', () => {
  it('offers a demo profile when there is none', () => {
    const { one, handlers } = show({ state: signedOut });
    const demo = one('use-demo');
    expect(demo.textContent).toBe('Essayer avec un profil de démonstration');
    click(demo);
    expect(handlers.onUseDemo).toHaveBeenCalledTimes(1);
    expect(handlers.onSignIn).not.toHaveBeenCalled();
  });

  it('does not offer the demo when no handler is given', () => {
    const { all } = show({ state: signedOut, onUseDemo: undefined });
    expect(all('use-demo')).toHaveLength(0);
  });

  it('shows the demo profile as such, with the way to sign in', () => {
    const { all, text } = show({ state: { ...signedOut, profile: { ...twoMetiers, source: 'demo' } } });
    expect(text('demo-note')).toBe('Profil de démonstration : connectez-vous pour voir le vôtre.');
    expect(all('metier-card')).toHaveLength(2);
    expect(all('sign-in')).toHaveLength(1);
    expect(all('use-demo')).toHaveLength(0);
    expect(all('sign-out')).toHaveLength(0);
  });

  it('keeps a France Travail profile on screen after the session ended', () => {
    const expired = { ...networkError, code: 'signInRequired' as const };
    const { all, text } = show({ state: { ...offline, signedIn: false, lastError: expired } });
    expect(all('metier-card')).toHaveLength(2);
    expect(all('demo-note')).toHaveLength(0);
    expect(text('error')).toContain('Votre session France Travail a expiré');
    expect(text('cached-notice')).toBe(
      'Le profil affiché est le dernier enregistré, le 29 novembre 2026 à 10:42.',
    );
    // the main sign-in button is the way back; no second one in the notice
    expect(all('sign-in-again')).toHaveLength(0);
    expect(all('sign-in')).toHaveLength(1);
  });
});

describe('PopupView, signed in with two métiers', () => {
  it('shows each métier as a card with every field in plain French', () => {
    const { root, all } = show({ state: signedIn });
    const cards = all('metier-card');
    expect(cards).toHaveLength(2);
    expect(root.querySelectorAll('ul.metier-list > li > [data-testid="metier-card"]')).toHaveLength(2);
    expect(cards.map((c) => c.querySelector('h3')?.textContent)).toEqual([
      'Boulanger / Boulangère (D1102)',
      'Agent spécialisé / Agente spécialisée des écoles maternelles -ASEM- (K1303)',
    ]);
    const fields = (card: HTMLElement) =>
      [...card.querySelectorAll('dd')].map((dd) => plainSpaces(dd.textContent ?? '')).join(' · ');
    expect(fields(cards[0] as HTMLElement)).toBe(
      "3 ans d'expérience · CDI, CDD · temps plein · 1 900 € brut/mois minimum · Lyon + 30 km, Rhône (69)",
    );
    // the card says exactly what the formatter says
    expect(`${cards[1]?.querySelector('h3')?.textContent} · ${fields(cards[1] as HTMLElement)}`).toBe(
      plainSpaces(summarizeMetier(asem, fr)),
    );
    expect([...(cards[1] as HTMLElement).querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual([
      'Expérience',
      'Contrats',
      'Temps de travail',
      'Salaire',
      'Lieux',
      'Trajet',
    ]);
  });

  it('dates the last sync and wires refresh and sign-out', () => {
    const { text, one, all, handlers } = show({ state: signedIn });
    expect(text('last-sync')).toBe('Mis à jour le 29 novembre 2026 à 10:42');
    expect(all('error')).toHaveLength(0);
    const refresh = one('refresh') as HTMLButtonElement;
    expect(refresh.textContent).toBe('Actualiser');
    expect(refresh.disabled).toBe(false);
    click(refresh);
    expect(handlers.onRefresh).toHaveBeenCalledTimes(1);
    const signOut = one('sign-out');
    expect(signOut.textContent).toBe('Se déconnecter');
    click(signOut);
    expect(handlers.onSignOut).toHaveBeenCalledTimes(1);
    expect(handlers.onSignIn).not.toHaveBeenCalled();
  });

  it('speaks English with the English messages', () => {
    const { one, all, text } = show({ state: signedIn }, en);
    expect(one('refresh').textContent).toBe('Refresh');
    expect(one('sign-out').textContent).toBe('Sign out');
    expect(text('last-sync')).toBe('Updated on 29 November 2026 at 10:42');
    expect(all('metier-card')[0]?.textContent).toContain('€1,900 gross/month minimum');
    expect(plainSpaces(all('metier-card')[0]?.textContent ?? '')).toContain(
      summarizeMetier(boulanger, en).split(' · ')[1] ?? 'missing',
    );
  });

  it('asks for a refresh when signed in but no profile was read yet', () => {
    const { root, all, text } = show({ state: { ...signedIn, profile: null, lastSyncAt: null } });
    expect(plainSpaces(root.querySelector('.metiers p')?.textContent ?? '')).toBe(
      "Votre profil n'a pas encore été lu. Cliquez sur « Actualiser ».",
    );
    expect(all('empty-profile')).toHaveLength(0);
    expect(text('last-sync')).toBe('Jamais mis à jour');
  });

  it('says when the profile was never synced', () => {
    const { text } = show({ state: { ...signedIn, lastSyncAt: null } });
    expect(text('last-sync')).toBe('Jamais mis à jour');
  });
});

describe('PopupView, empty profile', () => {
  it('explains how to add métiers recherchés on francetravail.fr', () => {
    const { one, all, text } = show({ state: emptyProfile });
    expect(all('metier-card')).toHaveLength(0);
    expect(text('empty-profile')).toContain('« Mon profil » puis « Mes métiers recherchés »');
    const link = one('francetravail-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://candidat.francetravail.fr/');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    expect(all('refresh')).toHaveLength(1);
  });
});

describe('PopupView, errors', () => {
  it('keeps the cached profile on screen and says how old it is', () => {
    const { one, all, text } = show({ state: offline });
    expect(text('error')).toContain(
      'France Travail ne répond pas. Vérifiez votre connexion internet puis réessayez.',
    );
    expect(text('cached-notice')).toBe(
      'Le profil affiché est le dernier enregistré, le 29 novembre 2026 à 10:42.',
    );
    expect(all('metier-card')).toHaveLength(2);
    // announced: the error sits in the live region
    expect(one('error').closest('[aria-live]')).toBe(one('status'));
  });

  it('puts the technical detail one click away', () => {
    const { one } = show({ state: offline });
    const details = one('error-details') as HTMLDetailsElement;
    expect(details.tagName).toBe('DETAILS');
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Détails techniques');
    expect(details.textContent).toContain(networkError.detail);
    expect(plainSpaces(details.textContent ?? '')).toContain('Code : network');
    expect(plainSpaces(details.textContent ?? '')).toContain('Le 30 novembre 2026 à 08:15');
  });

  it('has its own sentence for every error code, in both languages', () => {
    for (const t of [fr, en]) {
      const sentences = SYNC_ERROR_CODES.map((code) => {
        const { text } = show({ state: { ...offline, lastError: { ...networkError, code } } }, t);
        const sentence = text('error').split(t('error_details'))[0] ?? '';
        document.body.innerHTML = '';
        return sentence;
      });
      expect(new Set(sentences).size).toBe(SYNC_ERROR_CODES.length);
      for (const sentence of sentences) expect(sentence).not.toMatch(/error_/);
    }
  });

  it('offers to sign in again when the session expired', () => {
    const expired = { ...offline, lastError: { ...networkError, code: 'signInRequired' as const } };
    const { one, text, handlers } = show({ state: expired });
    expect(text('error')).toContain('Votre session France Travail a expiré');
    click(one('sign-in-again'));
    expect(handlers.onSignIn).toHaveBeenCalledTimes(1);
  });

  it('shows the error without a cached-profile sentence when nothing was saved', () => {
    const { all, root } = show({ state: { ...offline, profile: null, lastSyncAt: null } });
    expect(all('error')).toHaveLength(1);
    expect(all('cached-notice')).toHaveLength(0);
    expect(root.textContent).not.toContain("Votre profil n'a pas encore été lu");
  });

  it('says so when the background does not answer', () => {
    const { text, all } = show({ state: null, unreachable: true });
    expect(text('unreachable')).toBe("L'extension ne répond pas. Fermez cette fenêtre puis rouvrez-la.");
    expect(all('sign-in')).toHaveLength(0);
  });
});

describe('PopupView, syncing', () => {
  it('disables refresh with a spinner text while syncing', () => {
    const { one, all, handlers, root } = show({ state: { ...syncing, lastError: networkError } });
    const refresh = one('refresh') as HTMLButtonElement;
    expect(refresh.disabled).toBe(true);
    expect(refresh.textContent).toBe('Actualisation…');
    expect(refresh.querySelector('.spinner')?.getAttribute('aria-hidden')).toBe('true');
    click(refresh);
    expect(handlers.onRefresh).not.toHaveBeenCalled();
    expect(all('metier-card')).toHaveLength(2);
    // the old error gives way to the new attempt
    expect(all('error')).toHaveLength(0);
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
    expect(one('status').textContent).toContain('Actualisation…');
  });

  it('treats a refresh sent but not answered as syncing', () => {
    const { one } = show({ state: signedIn, pending: 'refresh' });
    expect((one('refresh') as HTMLButtonElement).disabled).toBe(true);
  });

  it('says the profile is being read on the first sync', () => {
    const { one, all } = show({ state: { ...signedIn, profile: null, lastSyncAt: null, syncing: true } });
    expect(one('status').textContent).toBe('Lecture de votre profil France Travail…');
    expect(all('empty-profile')).toHaveLength(0);
    expect(all('metier-card')).toHaveLength(0);
  });

  it('shows a loading line before the background answers', () => {
    const { one, root } = show({ state: null });
    expect(one('status').textContent).toBe('Chargement…');
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('true');
  });
});

describe('PopupView, typed profile kept aside', () => {
  it("says France Travail's profile is in use and names the typed one that comes back at sign-out", () => {
    const { text, all, one } = show({ state: { ...signedIn, keptTypedProfile: keptTyped } });
    expect(one('profile-source').getAttribute('data-source')).toBe('francetravail');
    expect(text('kept-typed-profile')).toBe(
      'Votre profil saisi (Aide-soignant / Aide-soignante (J1501)) est gardé de côté : il revient quand vous vous déconnectez de France Travail.',
    );
    // The cards are France Travail's, not the kept profile's.
    expect(all('metier-card').map((card) => card.textContent)).not.toContain(
      expect.stringContaining('Aide-soignant'),
    );
  });

  it('says it in English too, and says nothing when no typed profile is kept', () => {
    expect(
      show({ state: { ...signedIn, keptTypedProfile: keptTyped } }, en).text('kept-typed-profile'),
    ).toContain('Your typed profile (Aide-soignant / Aide-soignante (J1501)) is kept aside');
    document.body.innerHTML = '';
    expect(show({ state: signedIn }).all('kept-typed-profile')).toHaveLength(0);
  });

  it('signed out with the demo in use, says the typed profile is kept aside until taken back in the options', () => {
    const demo = {
      ...signedOut,
      profile: { ...twoMetiers, source: 'demo' as const },
      keptTypedProfile: keptTyped,
    };
    const { text, one } = show({ state: demo });
    expect(one('profile-source').getAttribute('data-source')).toBe('demo');
    expect(text('kept-typed-profile')).toContain(
      'Votre profil saisi (Aide-soignant / Aide-soignante (J1501))',
    );
    expect(text('kept-typed-profile')).toContain('dans les options');
    expect(text('kept-typed-profile')).not.toContain('déconnectez');
    document.body.innerHTML = '';
    expect(show({ state: demo }, en).text('kept-typed-profile')).toContain('while you try the demo profile');
  });
});
