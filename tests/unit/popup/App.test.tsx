// @vitest-environment happy-dom
/**
 * The popup wired to a stand-in background on WXT's fake browser: what it
 * sends, and how it follows the answers and the stateChanged broadcasts.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { TranslateContext } from '../../../components/translate-context';
import { App } from '../../../entrypoints/popup/App';
import { askStateEarly } from '../../../entrypoints/popup/useAppState';
import { APP_STATE_SNAPSHOT_KEY } from '../../../utils/app-state-snapshot';
import { type AppState, parseRequest, type StateChanged } from '../../../utils/messaging';
import { translator } from '../locales-translator';
import { keptTyped, signedIn, signedOut, syncing, twoMetiers } from './popup-states';

const fr = translator('fr');

/** Lets pending promises (message answers) settle and Preact re-render. */
async function settle() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** A background that records the popup's state requests and answers with the state its handler gives. */
function fakeBackground(answer: (type: string) => AppState | Promise<AppState>) {
  const received: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const type = (message as { type?: string }).type;
    // The popup's other questions (adjustments, tab status) belong to the options protocol.
    if (type === 'stateChanged' || parseRequest(message) === null) return undefined;
    received.push(message);
    return Promise.resolve(answer(type ?? ''));
  });
  return received;
}

/** A background that answers with `state` 100 ms after each question. */
const answeringLate = (state: AppState) =>
  fakeBackground(() => new Promise<AppState>((resolve) => setTimeout(() => resolve(state), 100)));

/** Waits past a late answer, and for Preact to render it. */
async function afterLateAnswer() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 150));
  });
  await settle();
}

const cardsIn = (root: Element) => root.querySelectorAll('[data-testid="metier-card"]').length;

/** The popup rendered, before any answer could arrive (its first render only). */
function renderOnce() {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => {
    render(
      <TranslateContext.Provider value={fr}>
        <App />
      </TranslateContext.Provider>,
      root,
    );
  });
  return root;
}

/** The popup rendered, once the answers it asked for have come. */
async function mount() {
  const root = renderOnce();
  await settle();
  const get = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  return { root, get };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  act(() => render(null, document.body.firstElementChild ?? document.body));
  document.body.innerHTML = '';
});

describe('App', () => {
  it('asks for the state on open and renders it', async () => {
    const received = fakeBackground(() => signedOut);
    const { get } = await mount();
    expect(received).toEqual([{ type: 'getState' }]);
    expect(get('sign-in')?.textContent).toBe('Se connecter avec France Travail');
  });

  it('sends signIn and shows the state it answers with', async () => {
    let next: AppState = signedOut;
    const received = fakeBackground(() => next);
    const { get, root } = await mount();
    next = signedIn;
    act(() => get('sign-in')?.click());
    await settle();
    expect(received).toEqual([{ type: 'getState' }, { type: 'signIn' }]);
    expect(root.querySelectorAll('[data-testid="metier-card"]')).toHaveLength(2);
  });

  it('sends refresh and signOut', async () => {
    let next: AppState = signedIn;
    const received = fakeBackground(() => next);
    const { get } = await mount();
    act(() => get('refresh')?.click());
    await settle();
    next = signedOut;
    act(() => get('sign-out')?.click());
    await settle();
    expect(received).toEqual([{ type: 'getState' }, { type: 'refresh' }, { type: 'signOut' }]);
    expect(get('sign-in')).not.toBeNull();
  });

  it('asks for the demo profile', async () => {
    let next: AppState = signedOut;
    const received = fakeBackground(() => next);
    const { get, root } = await mount();
    next = { ...signedOut, profile: { ...twoMetiers, source: 'demo' } };
    act(() => get('use-demo')?.click());
    await settle();
    expect(received).toEqual([{ type: 'getState' }, { type: 'useDemoProfile' }]);
    expect(get('demo-note')).not.toBeNull();
    expect(root.querySelectorAll('[data-testid="metier-card"]')).toHaveLength(2);
  });

  it('follows stateChanged broadcasts', async () => {
    fakeBackground(() => signedIn);
    const { get } = await mount();
    const broadcast: StateChanged = { type: 'stateChanged', state: syncing };
    await act(async () => {
      await fakeBrowser.runtime.onMessage.trigger(broadcast, {});
    });
    expect((get('refresh') as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {
      await fakeBrowser.runtime.onMessage.trigger({ type: 'stateChanged', state: signedIn }, {});
    });
    expect((get('refresh') as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the typed profile kept aside that the state carries, and drops it when a broadcast has none', async () => {
    fakeBackground(() => ({ ...signedIn, keptTypedProfile: keptTyped }));
    const { get } = await mount();
    expect(get('kept-typed-profile')?.textContent).toContain('Aide-soignant / Aide-soignante');
    const restored = { ...signedOut, profile: keptTyped, keptTypedProfile: null };
    await act(async () => {
      await fakeBrowser.runtime.onMessage.trigger({ type: 'stateChanged', state: restored }, {});
    });
    expect(get('kept-typed-profile')).toBeNull();
    expect(get('profile-source')?.getAttribute('data-source')).toBe('manual');
  });

  it('ignores messages that are not a state', async () => {
    fakeBackground(() => signedIn);
    const { root } = await mount();
    await act(async () => {
      await fakeBrowser.runtime.onMessage.trigger({ type: 'stateChanged', state: { signedIn: 'yes' } }, {});
    });
    expect(root.querySelectorAll('[data-testid="metier-card"]')).toHaveLength(2);
  });

  it('renders the state asked for before its first render at once, and asks again once it listens', async () => {
    const received = fakeBackground(() => signedIn);
    await askStateEarly(1000);
    const root = renderOnce();
    expect(root.querySelectorAll('[data-testid="metier-card"]')).toHaveLength(2);
    await settle();
    expect(received).toEqual([{ type: 'getState' }, { type: 'getState' }]);
    expect(root.querySelectorAll('[data-testid="metier-card"]')).toHaveLength(2);
  });

  it.each([
    ['nothing kept', undefined],
    ['what is kept not a state', { ...signedIn, signedIn: 'yes' }],
  ])(
    'renders without the early state when the background answers late (%s), then with it',
    async (_, kept) => {
      if (kept) await fakeBrowser.storage.session.set({ [APP_STATE_SNAPSHOT_KEY]: kept });
      answeringLate(signedIn);
      await askStateEarly(10);
      const root = renderOnce();
      expect(cardsIn(root)).toBe(0);
      await afterLateAnswer();
      expect(cardsIn(root)).toBe(2);
    },
  );

  it('renders the last state the background sent out while its answer is on its way, then the answer', async () => {
    await fakeBrowser.storage.session.set({ [APP_STATE_SNAPSHOT_KEY]: signedIn });
    answeringLate(signedOut);
    await askStateEarly(1000);
    const root = renderOnce();
    expect(cardsIn(root)).toBe(2);
    await afterLateAnswer();
    expect(cardsIn(root)).toBe(0);
    expect(root.querySelector('[data-testid="sign-in"]')).not.toBeNull();
  });

  it('takes the early state once: a later popup asks afresh', async () => {
    let next: AppState = signedIn;
    fakeBackground(() => next);
    await askStateEarly(1000);
    next = signedOut;
    act(() => render(null, renderOnce()));
    const root = renderOnce();
    expect(root.querySelectorAll('[data-testid="metier-card"]')).toHaveLength(0);
    await settle();
    expect(root.querySelector('[data-testid="sign-in"]')).not.toBeNull();
  });

  it('says so when no background answers', async () => {
    const { get } = await mount();
    expect(get('unreachable')?.textContent).toBe(
      "L'extension ne répond pas. Fermez cette fenêtre puis rouvrez-la.",
    );
  });
});
