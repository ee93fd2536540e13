// @vitest-environment happy-dom
/**
 * Where the badge goes: at the end of the heading that shows the offer's title,
 * found from the element the adapter read the title from when it says which.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { titleAnchor } from '@/utils/highlight/decorate';
import { hellowork } from '@/utils/sites/hellowork';
import { HELLOWORK_LISTING, HELLOWORK_URL, loadIntoDocument } from './page';

beforeEach(() => loadIntoDocument(HELLOWORK_LISTING, HELLOWORK_URL));
afterEach(() => vi.restoreAllMocks());

const offers = () => hellowork.extract(document, new URL(HELLOWORK_URL));

describe('titleAnchor', () => {
  it('gets from HelloWork the element each title is read from', () => {
    const read = offers();
    expect(read.length).toBeGreaterThan(0);
    for (const offer of read) {
      expect(offer.titleElement?.textContent?.trim()).toBe(offer.title);
      expect(offer.element.contains(offer.titleElement as Element)).toBe(true);
    }
  });

  it('puts the badge in the heading around the title element, the same heading a search of the card finds', () => {
    for (const offer of offers()) {
      const searched = titleAnchor(offer.element, offer.title);
      const lookups = vi.spyOn(Element.prototype, 'querySelectorAll');
      expect(titleAnchor(offer.element, offer.title, offer.titleElement)).toBe(searched);
      expect(lookups).not.toHaveBeenCalled();
      lookups.mockRestore();
      expect(searched.tagName).toBe('H3');
    }
  });

  it('takes the title heading even when another heading comes first in the card', () => {
    const [offer] = offers();
    if (!offer?.titleElement) throw new Error('fixture changed');
    const other = document.createElement('h2');
    other.textContent = 'Entreprise qui recrute';
    offer.element.prepend(other);
    expect(titleAnchor(offer.element, offer.title, offer.titleElement)).toBe(
      offer.titleElement.closest('h3'),
    );
  });

  it('falls back to a search of the card when the title element is in no heading of the card', () => {
    const [offer] = offers();
    if (!offer) throw new Error('fixture changed');
    const outside = document.createElement('p');
    document.body.append(outside);
    expect(titleAnchor(offer.element, offer.title, outside)).toBe(titleAnchor(offer.element, offer.title));
  });
});
