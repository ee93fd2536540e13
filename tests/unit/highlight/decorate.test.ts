// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG, SCORE_ATTRIBUTE, VERDICT_ATTRIBUTE } from '@/utils/highlight/badge';
import { createHighlighter } from '@/utils/highlight/highlighter';
import { toOfferInput } from '@/utils/highlight/to-offer-input';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { DEFAULT_SETTINGS, type DisplaySettings } from '@/utils/settings';
import { hellowork } from '@/utils/sites/hellowork';
import { FRENCH_LABELS } from './labels-fr';
import { developerProfile, HELLOWORK_LISTING, HELLOWORK_URL, loadIntoDocument } from './page';

const compiled = compileMatchProfile(developerProfile);

/** The highlighter of the HelloWork listing with these settings. */
const highlighterWith = (display: DisplaySettings) =>
  createHighlighter(document, hellowork, compiled, display, FRENCH_LABELS);
const settings = (change: Partial<DisplaySettings> = {}): DisplaySettings => ({
  ...DEFAULT_SETTINGS,
  ...change,
});
const hosts = () => [...document.querySelectorAll(HOST_TAG)] as HTMLElement[];

/** The verdicts the pure pipeline gives the page's offers (what the marks must show). */
function expectedResults() {
  return hellowork
    .extract(document, new URL(HELLOWORK_URL))
    .map((offer) => ({ card: offer.element, result: scoreOffer(toOfferInput(offer), compiled) }));
}

beforeEach(() => loadIntoDocument(HELLOWORK_LISTING, HELLOWORK_URL));

describe('decorate', () => {
  it('marks every matching offer with its verdict and score, and no other', () => {
    const expected = expectedResults();
    const matching = expected.filter(({ result }) => result.verdict !== 'no');
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.length).toBeLessThan(expected.length);
    const counts = highlighterWith(settings()).pass();
    expect(counts).toMatchObject({
      adapterId: 'hellowork',
      offers: expected.length,
      matches: matching.length,
    });
    expect(hosts()).toHaveLength(matching.length);
    for (const { card, result } of expected) {
      const host = card.querySelector(HOST_TAG);
      if (result.verdict === 'no') expect(host).toBeNull();
      else {
        expect(host?.getAttribute(VERDICT_ATTRIBUTE)).toBe(result.verdict);
        expect(host?.getAttribute(SCORE_ATTRIBUTE)).toBe(String(result.score));
      }
    }
  });

  it('puts the badge at the end of the card title', () => {
    highlighterWith(settings()).pass();
    const host = hosts()[0];
    expect(host?.parentElement?.closest('[data-cy="offerTitle"]')).not.toBeNull();
  });

  it('is idempotent: a second and third pass add nothing and change nothing', () => {
    const highlighter = highlighterWith(settings());
    highlighter.pass();
    const before = document.body.innerHTML;
    const firstHosts = hosts();
    highlighter.pass();
    highlighter.pass();
    expect(document.body.innerHTML).toBe(before);
    expect(hosts()).toEqual(firstHosts);
  });

  it('undecorates back to the exact page it found', () => {
    const pristine = document.body.innerHTML;
    for (const mode of ['mark', 'dim', 'hide'] as const) {
      const highlighter = highlighterWith(settings({ mode }));
      highlighter.pass();
      expect(document.body.innerHTML).not.toBe(pristine);
      highlighter.clear();
      expect(document.body.innerHTML).toBe(pristine);
    }
  });

  it('keeps its content in a closed shadow root the page cannot read', () => {
    const buttonsBefore = document.querySelectorAll('button').length;
    highlighterWith(settings()).pass();
    const host = hosts()[0];
    expect(host?.shadowRoot).toBeNull();
    expect(document.querySelectorAll('button').length).toBe(buttonsBefore);
    expect(host?.textContent).toBe('');
  });

  it('re-adds a badge the page removed from a card that is still there', () => {
    const highlighter = highlighterWith(settings());
    highlighter.pass();
    const count = hosts().length;
    hosts()[0]?.remove();
    hosts()[1]?.remove();
    expect(hosts()).toHaveLength(count - 2);
    highlighter.pass();
    expect(hosts()).toHaveLength(count);
  });

  it('marks a card the page replaced by a new element', () => {
    const highlighter = highlighterWith(settings());
    highlighter.pass();
    const [first] = expectedResults().filter(({ result }) => result.verdict !== 'no');
    if (!first) throw new Error('fixture changed');
    // The clone carries an empty copy of the host (shadow roots are not cloned).
    const fresh = first.card.cloneNode(true) as Element;
    first.card.replaceWith(fresh);
    expect(fresh.querySelectorAll(HOST_TAG)).toHaveLength(1);
    highlighter.pass();
    expect(fresh.querySelectorAll(HOST_TAG)).toHaveLength(1);
  });
  it('drops a copy of its host the page writes into a card it already marked, keeping its own', () => {
    const highlighter = highlighterWith(settings());
    highlighter.pass();
    const own = hosts()[0];
    const title = own?.parentElement;
    if (!own || !title) throw new Error('fixture changed');
    // A framework re-rendering the title from its markup, which now holds our host's outer HTML.
    const markup = title.innerHTML;
    title.innerHTML = markup;
    const copy = title.querySelector(HOST_TAG);
    expect(copy).not.toBe(own);
    highlighter.pass();
    expect(copy?.isConnected).toBe(false);
    expect(title.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(title.querySelector(HOST_TAG)).toBe(own);
  });

  it('on a page that came with hosts not its own (left by an earlier script), drops them after the first pass', async () => {
    const expected = expectedResults();
    const matching = expected.find(({ result }) => result.verdict !== 'no');
    const other = expected.find(({ result }) => result.verdict === 'no');
    if (!matching || !other) throw new Error('fixture changed');
    const strays = [matching.card, other.card].map((card) => {
      const stray = document.createElement(HOST_TAG);
      card.querySelector('h3')?.append(stray);
      return stray;
    });
    expect(strays.every((stray) => stray.isConnected)).toBe(true);
    highlighterWith(settings()).pass();
    // Not during the pass the person waits for: once the page is idle.
    expect(strays.every((stray) => stray.isConnected)).toBe(true);
    await vi.waitFor(() => expect(strays.some((stray) => stray.isConnected)).toBe(false));
    expect(matching.card.querySelectorAll(HOST_TAG)).toHaveLength(1);
    expect(other.card.querySelector(HOST_TAG)).toBeNull();
    expect(hosts()).toHaveLength(expected.filter(({ result }) => result.verdict !== 'no').length);
  });

  it('re-scores a card whose text the page changed, and gives two cards that read the same the same mark', () => {
    const highlighter = highlighterWith(settings());
    highlighter.pass();
    const results = expectedResults();
    const matching = results.find(({ result }) => result.verdict !== 'no');
    const other = results.find(({ result }) => result.verdict === 'no');
    if (!matching || !other) throw new Error('fixture changed');
    // The non-matching card now reads as the matching one (title, place, contract, salary, link).
    const copy = matching.card.cloneNode(true) as Element;
    for (const stray of copy.querySelectorAll(HOST_TAG)) stray.remove();
    other.card.replaceChildren(...copy.childNodes);
    highlighter.pass();
    expect(other.card.querySelector(HOST_TAG)?.getAttribute(SCORE_ATTRIBUTE)).toBe(
      String(matching.result.score),
    );
    // And back: the mark goes with the text that earned it.
    other.card.replaceChildren();
    const counts = highlighter.pass();
    expect(other.card.querySelector(HOST_TAG)).toBeNull();
    expect(counts.matches).toBe(results.filter(({ result }) => result.verdict !== 'no').length);
  });
});

describe('display modes', () => {
  const cards = () => expectedResults();

  it('dims the offers that do not match, and restores them', () => {
    const highlighter = highlighterWith(settings({ mode: 'dim' }));
    highlighter.pass();
    for (const { card, result } of cards()) {
      const opacity = (card as HTMLElement).style.opacity;
      expect(opacity).toBe(result.verdict === 'no' ? '0.35' : '');
    }
    highlighter.clear();
    for (const { card } of cards()) expect((card as HTMLElement).style.opacity).toBe('');
  });

  it('hides the offers that do not match, and restores them', () => {
    const highlighter = highlighterWith(settings({ mode: 'hide' }));
    highlighter.pass();
    const hidden = cards().filter(({ card }) => (card as HTMLElement).style.display === 'none');
    expect(hidden.map(({ result }) => result.verdict)).toEqual(
      cards()
        .filter(({ result }) => result.verdict === 'no')
        .map(() => 'no'),
    );
    highlighter.clear();
    expect(cards().filter(({ card }) => (card as HTMLElement).style.display === 'none')).toHaveLength(0);
  });

  it('keeps the style a card had before being hidden', () => {
    const target = cards().find(({ result }) => result.verdict === 'no')?.card as HTMLElement | undefined;
    if (!target) throw new Error('fixture changed');
    target.style.display = 'grid';
    const highlighter = highlighterWith(settings({ mode: 'hide' }));
    highlighter.pass();
    expect(target.style.display).toBe('none');
    highlighter.clear();
    expect(target.style.display).toBe('grid');
  });

  it('counts offers under the minimum score as not matching, and switches live', () => {
    const scores = cards()
      .filter(({ result }) => result.verdict !== 'no')
      .map(({ result }) => result.score);
    const threshold = Math.max(...scores);
    expect(Math.min(...scores)).toBeLessThan(threshold);
    const above = scores.filter((score) => score >= threshold).length;
    const highlighter = highlighterWith(settings());
    expect(highlighter.pass().matches).toBe(scores.length);
    highlighter.setSettings(settings({ minScore: threshold, mode: 'hide' }));
    expect(highlighter.pass().matches).toBe(above);
    expect(hosts()).toHaveLength(above);
    const hiddenCount = cards().filter(({ card }) => (card as HTMLElement).style.display === 'none').length;
    expect(hiddenCount).toBe(cards().length - above);
  });

  it('does nothing on a site switched off, and removes marks when it is switched off', () => {
    const pristine = document.body.innerHTML;
    const highlighter = highlighterWith(settings());
    highlighter.pass();
    highlighter.setSettings(settings({ disabledSites: ['hellowork'] }));
    expect(highlighter.pass()).toMatchObject({ offers: 0, matches: 0 });
    expect(document.body.innerHTML).toBe(pristine);
  });
});
