// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HOST_TAG } from '@/utils/highlight/badge';
import { createHighlighter } from '@/utils/highlight/highlighter';
import { createPassScheduler, observePage } from '@/utils/highlight/observer';
import { compileMatchProfile } from '@/utils/matching/score';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { hellowork } from '@/utils/sites/hellowork';
import { FRENCH_LABELS } from './labels-fr';
import { developerProfile, HELLOWORK_LISTING, HELLOWORK_URL, loadIntoDocument } from './page';

/** A hand-cranked requestAnimationFrame: frames run when the test says so. */
function fakeFrames() {
  const queue: Array<() => void> = [];
  return {
    request: (callback: () => void) => queue.push(callback),
    pending: () => queue.length,
    runFrame() {
      for (const callback of queue.splice(0)) callback();
    },
  };
}

/** Lets happy-dom deliver pending MutationObserver records. */
const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createPassScheduler', () => {
  it('runs many requests in one frame as one pass', () => {
    const frames = fakeFrames();
    let passes = 0;
    const scheduler = createPassScheduler(() => passes++, frames.request);
    for (let i = 0; i < 50; i++) scheduler.schedule();
    expect(frames.pending()).toBe(1);
    expect(passes).toBe(0);
    frames.runFrame();
    expect(passes).toBe(1);
    scheduler.schedule();
    frames.runFrame();
    expect(passes).toBe(2);
  });

  it('runs nothing after stop', () => {
    const frames = fakeFrames();
    let passes = 0;
    const scheduler = createPassScheduler(() => passes++, frames.request);
    scheduler.schedule();
    scheduler.stop();
    frames.runFrame();
    scheduler.schedule();
    frames.runFrame();
    expect(passes).toBe(0);
  });
});

describe('observePage', () => {
  function setUp() {
    loadIntoDocument(HELLOWORK_LISTING, HELLOWORK_URL);
    const frames = fakeFrames();
    const highlighter = createHighlighter(
      document,
      hellowork,
      compileMatchProfile(developerProfile),
      DEFAULT_SETTINGS,
      FRENCH_LABELS,
    );
    const counts = [highlighter.pass()];
    const scheduler = createPassScheduler(() => counts.push(highlighter.pass()), frames.request);
    const stop = observePage(document, scheduler, highlighter.onPageChange);
    return { frames, counts, stop };
  }

  it('coalesces several page mutations into one pass, and marks appended cards', async () => {
    const { frames, counts, stop } = setUp();
    const list = document.querySelector('li[data-id-storage-item-id]')?.parentElement;
    const card = list?.querySelector('li[data-id-storage-item-id]');
    if (!list || !card) throw new Error('fixture changed');
    const hostsBefore = document.querySelectorAll(HOST_TAG).length;
    for (let i = 0; i < 5; i++) {
      const copy = card.cloneNode(true) as Element;
      for (const host of copy.querySelectorAll(HOST_TAG)) host.remove();
      list.append(copy);
    }
    await mutationsDelivered();
    expect(frames.pending()).toBe(1);
    frames.runFrame();
    expect(counts).toHaveLength(2);
    expect(counts[1]?.offers).toBe((counts[0]?.offers ?? 0) + 5);
    expect(document.querySelectorAll(HOST_TAG).length).toBe(hostsBefore + 5);
    stop();
  });

  it('ignores the mutations of its own badges (no pass loop)', async () => {
    const { frames, counts, stop } = setUp();
    await mutationsDelivered();
    expect(frames.pending()).toBe(0);
    document.querySelector(HOST_TAG)?.remove();
    await mutationsDelivered();
    expect(frames.pending()).toBe(0);
    expect(counts).toHaveLength(1);
    stop();
  });

  it('re-scans after a single-page navigation', async () => {
    const { frames, counts, stop } = setUp();
    history.pushState({}, '', '/fr-fr/emploi/recherche.html?k=java&l=Montpellier');
    const list = document.querySelector('li[data-id-storage-item-id]')?.parentElement;
    const cards = [...(list?.querySelectorAll('li[data-id-storage-item-id]') ?? [])];
    for (const card of cards.slice(10)) card.remove();
    await mutationsDelivered();
    frames.runFrame();
    expect(counts.at(-1)?.url).toContain('k=java');
    expect(counts.at(-1)?.offers).toBe(10);
    stop();
  });

  it('watches the page with one MutationObserver, which both forgets changed cards and asks for passes', async () => {
    const View = window.MutationObserver;
    let made = 0;
    window.MutationObserver = class extends View {
      constructor(callback: MutationCallback) {
        super(callback);
        made++;
      }
    };
    try {
      const { frames, counts, stop } = setUp();
      expect(made).toBe(1);
      // A change inside a card asks for a pass, and that pass reads the card again.
      const matching = [...document.querySelectorAll(HOST_TAG)][0]?.closest('li');
      const title = matching?.querySelector('[data-cy="offerTitle"] h3 p')?.firstChild;
      if (!matching || title?.nodeType !== 3) throw new Error('fixture changed');
      (title as Text).data = 'Chef de rayon boucherie H/F';
      await mutationsDelivered();
      expect(frames.pending()).toBe(1);
      frames.runFrame();
      expect(matching.querySelector(HOST_TAG)).toBeNull();
      expect(counts.at(-1)?.matches).toBe((counts[0]?.matches ?? 0) - 1);
      stop();
    } finally {
      window.MutationObserver = View;
    }
  });

  it('starts watching at the end of the first pass: its own badges make no records, a change after it does', async () => {
    const View = window.MutationObserver;
    const delivered: MutationRecord[] = [];
    window.MutationObserver = class extends View {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          delivered.push(...records);
          callback(records, observer);
        });
      }
    };
    try {
      const { frames, counts, stop } = setUp();
      expect(counts[0]?.matches).toBeGreaterThan(0);
      await mutationsDelivered();
      expect(delivered).toHaveLength(0);
      const card = document.querySelector('li[data-id-storage-item-id]');
      card?.parentElement?.append(card.cloneNode(true));
      await mutationsDelivered();
      expect(delivered.length).toBeGreaterThan(0);
      expect(frames.pending()).toBe(1);
      stop();
    } finally {
      window.MutationObserver = View;
    }
  });

  it('asks for no pass when only an attribute changed (pages toggle classes all the time)', async () => {
    const { frames, stop } = setUp();
    document.querySelector('li[data-id-storage-item-id]')?.setAttribute('class', 'hovered');
    await mutationsDelivered();
    expect(frames.pending()).toBe(0);
    stop();
  });
});
