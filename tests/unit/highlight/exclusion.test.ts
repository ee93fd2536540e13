// @vitest-environment happy-dom
/** Offers the person's exclusions rule out: a grey "Exclu" badge that says why, never counted as matching. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG, SCORE_ATTRIBUTE, VERDICT_ATTRIBUTE } from '@/utils/highlight/badge';
import { createHighlighter } from '@/utils/highlight/highlighter';
import { toOfferInput } from '@/utils/highlight/to-offer-input';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { DEFAULT_SETTINGS, type DisplayMode } from '@/utils/settings';
import { hellowork } from '@/utils/sites/hellowork';
import { FRENCH_LABELS } from './labels-fr';
import { developerProfile, HELLOWORK_LISTING, HELLOWORK_URL, loadIntoDocument } from './page';

const compiled = compileMatchProfile({ ...developerProfile, excludedKeywords: ['java'] });
const hostOf = (card: Element) => card.querySelector<HTMLElement>(HOST_TAG);

/** The page's offers with what the pure pipeline says of them under the exclusion. */
function results() {
  return hellowork.extract(document, new URL(HELLOWORK_URL)).map((offer) => ({
    card: offer.element as HTMLElement,
    result: scoreOffer(toOfferInput(offer), compiled),
  }));
}

const run = (mode: DisplayMode) =>
  createHighlighter(document, hellowork, compiled, { ...DEFAULT_SETTINGS, mode }, FRENCH_LABELS).pass();

beforeEach(() => loadIntoDocument(HELLOWORK_LISTING, HELLOWORK_URL));
afterEach(() => vi.restoreAllMocks());

describe('excluded offers on the page', () => {
  it('get an "excluded" mark with score 0, and are not counted as matching', () => {
    const all = results();
    const excluded = all.filter(({ result }) => result.excluded !== undefined);
    const matching = all.filter(({ result }) => result.verdict !== 'no');
    // The fixture has Java offers that would match, and other offers that still do.
    expect(excluded.length).toBeGreaterThan(0);
    expect(matching.length).toBeGreaterThan(0);
    const counts = run('mark');
    expect(counts.matches).toBe(matching.length);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(matching.length + excluded.length);
    for (const { card } of excluded) {
      expect(hostOf(card)?.getAttribute(VERDICT_ATTRIBUTE)).toBe('excluded');
      expect(hostOf(card)?.getAttribute(SCORE_ATTRIBUTE)).toBe('0');
    }
    for (const { card, result } of all.filter(({ result }) => result.verdict === 'no' && !result.excluded)) {
      expect(hostOf(card), result.criteria.title.reason).toBeNull();
    }
  });

  it('says why, to the eye and to a screen reader', () => {
    const attach = vi.spyOn(Element.prototype, 'attachShadow');
    run('mark');
    const target = results().find(({ result }) => result.excluded !== undefined);
    if (!target) throw new Error('fixture changed');
    const index = [...document.querySelectorAll(HOST_TAG)].indexOf(hostOf(target.card) as HTMLElement);
    const root = attach.mock.results[index]?.value as ShadowRoot;
    const button = root.querySelector('button') as HTMLButtonElement;
    expect(button.className).toBe('badge no');
    expect(button.textContent).toBe('Exclu');
    expect(button.getAttribute('aria-label')).toBe(
      'Repère Emploi, Exclu. Offre exclue par vos choix : mot exclu : java',
    );
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    const items = [...root.querySelectorAll('.pop li')].map((li) => li.textContent);
    expect(items).toEqual(['✗ExcluOffre exclue par vos choix : mot exclu : java']);
  });

  it('are dimmed with their badge in dim mode, hidden without one in hide mode', () => {
    const excluded = results().filter(({ result }) => result.excluded !== undefined);
    run('dim');
    for (const { card } of excluded) {
      expect(card.style.opacity).toBe('0.35');
      expect(hostOf(card)?.getAttribute(VERDICT_ATTRIBUTE)).toBe('excluded');
    }
    loadIntoDocument(HELLOWORK_LISTING, HELLOWORK_URL);
    const again = results().filter(({ result }) => result.excluded !== undefined);
    run('hide');
    for (const { card } of again) {
      expect(card.style.display).toBe('none');
      expect(hostOf(card)).toBeNull();
    }
  });
});
