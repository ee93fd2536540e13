/**
 * A memo's `wantsRest` (CardMemo): a card whose title it turns down is read
 * for its title alone, as a partial offer; any other card is read exactly as
 * without it. Checked on every saved page of the card boards, against the
 * same page read whole.
 */
import { describe, expect, it } from 'vitest';
import { ALL_ADAPTERS } from '../../../utils/sites/registry';
import type { CardMemo, ExtractedOffer, SiteAdapter } from '../../../utils/sites/types';
import { FIXTURE_CASES } from './fixture-cases';
import { CARD_BOARDS, loadPage } from './load-page';

function adapterOf(id: string): SiteAdapter {
  const adapter = ALL_ADAPTERS.find((a) => a.id === id);
  if (!adapter) throw new Error(`no adapter ${id}`);
  return adapter;
}

/** A memo that keeps nothing and wants the rest of every other title it is asked about, noting each. */
function choosyMemo(): CardMemo & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    get: () => undefined,
    set: () => undefined,
    wantsRest(title) {
      asked.push(title);
      return asked.length % 2 === 0;
    },
  };
}

const withoutElements = ({ element: _card, titleElement: _title, ...rest }: ExtractedOffer) => rest;

describe('reading with wantsRest', () => {
  const pages = FIXTURE_CASES.filter((c) => CARD_BOARDS.includes(c.adapter));
  it.each(pages)('$adapter/$file', (fixture) => {
    const page = `${fixture.adapter}/${fixture.file}`;
    const adapter = adapterOf(fixture.adapter);
    const url = new URL(fixture.url);
    const whole = adapter.extract(loadPage(page), url);
    const memo = choosyMemo();
    const chosen = adapter.extract(loadPage(page), url, memo);
    expect(chosen).toHaveLength(whole.length);
    let partial = 0;
    for (const [i, offer] of chosen.entries()) {
      const full = whole[i] as ExtractedOffer;
      const at = `${page}, offer ${i}`;
      expect(offer.element.outerHTML, at).toBe(full.element.outerHTML);
      expect(offer.titleElement?.outerHTML, at).toBe(full.titleElement?.outerHTML);
      if (!offer.partial) {
        expect(withoutElements(offer), at).toStrictEqual(withoutElements(full));
        continue;
      }
      partial++;
      // Turned down when asked, and read no further than its title.
      expect(offer.title, at).toBe(full.title);
      expect(memo.asked, at).toContain(full.title);
      expect(offer.structured, at).toBeUndefined();
      for (const field of ['company', 'location', 'contract', 'salary', 'url'] as const)
        expect(offer[field], at).toBeUndefined();
    }
    // At most the titles turned down (an adapter may drop a card after reading it: Indeed's decoy).
    expect(partial).toBeLessThanOrEqual(Math.ceil(memo.asked.length / 2));
  });

  it('turns cards into partial offers on the real pages of every board that has a title selector', () => {
    const boards = new Set<string>();
    for (const fixture of FIXTURE_CASES.filter((c) => CARD_BOARDS.includes(c.adapter))) {
      const memo = choosyMemo();
      const offers = adapterOf(fixture.adapter).extract(
        loadPage(`${fixture.adapter}/${fixture.file}`),
        new URL(fixture.url),
        memo,
      );
      if (offers.some((o) => o.partial)) boards.add(fixture.adapter);
    }
    expect([...boards].sort()).toEqual(
      ['apec', 'francetravail', 'hellowork', 'indeed', 'linkedin', 'meteojob', 'wttj'].sort(),
    );
  });
});
