import { describe, expect, it } from 'vitest';
import { HOST_TAG } from '@/utils/highlight/badge';
import { createHighlighter } from '@/utils/highlight/highlighter';
import { compileMatchProfile } from '@/utils/matching/score';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { hellowork } from '@/utils/sites/hellowork';
import { loadPage } from '../sites/load-page';
import { FRENCH_LABELS } from './labels-fr';
import { developerProfile, HELLOWORK_LISTING, HELLOWORK_URL } from './page';

const RTL_TITLE = '\u202eruetpoleveD\u202c \u200fمطور ويب\u200f Développeur';

/** Every element of the page, counted by tag (what decorating may add: only our hosts). */
function tagCounts(document: Document): Map<string, number> {
  const counts = new Map<string, number>();
  for (const element of document.querySelectorAll('*')) {
    counts.set(element.tagName, (counts.get(element.tagName) ?? 0) + 1);
  }
  return counts;
}

const host = (inside: Element) => inside.closest('[data-cy="offerTitle"]')?.querySelector(HOST_TAG);

describe('hostile pages', () => {
  // linkedom, not happy-dom: happy-dom needs ~15 KB per element and runs out of memory long
  // before 10,000 real cards; linkedom has closed shadow roots too (host.shadowRoot stays null).
  it('inserts no element from page text, whatever the titles hold, and handles 10,000 cards', () => {
    const document = loadPage(HELLOWORK_LISTING);
    const titles = [...document.querySelectorAll('[data-cy="offerTitle"] h3 p:first-child')];
    const [markup, long, rtl] = titles;
    if (!markup || !long || !rtl) throw new Error('fixture changed');
    // Escaped markup: text that looks like tags; the badge must keep it text.
    markup.textContent =
      'Développeur <img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>';
    long.textContent = `Développeur ${'A'.repeat(200_000)}`;
    rtl.textContent = RTL_TITLE;
    const item = document.querySelector('li[data-id-storage-item-id]');
    const list = item?.parentElement;
    if (!item || !list) throw new Error('fixture changed');
    for (let i = 0; i < 10_000; i++) list.appendChild(item.cloneNode(true));
    const before = tagCounts(document);

    const counts = createHighlighter(
      document,
      hellowork,
      compileMatchProfile(developerProfile),
      DEFAULT_SETTINGS,
      FRENCH_LABELS,
      () => HELLOWORK_URL,
    ).pass();

    expect(counts.offers).toBe(30 + 10_000);
    const after = tagCounts(document);
    const hosts = after.get(HOST_TAG.toUpperCase()) ?? 0;
    expect(hosts).toBe(counts.matches);
    after.delete(HOST_TAG.toUpperCase());
    expect(after).toEqual(before);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    expect(markup.closest('[data-cy="offerTitle"]')?.querySelector(HOST_TAG)).not.toBeNull();
    expect(host(markup)?.shadowRoot).toBeNull();
  }, 120_000); // 10,000 cards in linkedom on a 2-core CI machine: seconds, not a speed check
});
