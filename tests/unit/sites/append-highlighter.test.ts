// @vitest-environment happy-dom
/**
 * The boards' append readers in the content script's highlighter: cards a page adds after a pass are
 * read alone (no whole pass), and the counts stay those of a whole pass.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHighlighter } from '@/utils/highlight/highlighter';
import { compileMatchProfile } from '@/utils/matching/score';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { ALL_ADAPTERS } from '@/utils/sites/registry';
import { FRENCH_LABELS } from '../highlight/labels-fr';
import { developerProfile, loadIntoDocument } from '../highlight/page';
import { FIXTURE_CASES } from './fixture-cases';

const compiled = compileMatchProfile(developerProfile);

afterEach(() => vi.restoreAllMocks());

describe.each([
  { adapter: 'linkedin', file: 'guest-listing-stage-france-2026-02.html' },
  { adapter: 'cadremploi', file: 'synthetic-listing-2026.html' },
  { adapter: 'indeed', file: 'synthetic-fr-listing-mosaic-2026.html' },
])('$adapter on $file', ({ adapter: id, file }) => {
  it('marks cards put back after a pass without a whole pass, and counts as a whole pass', () => {
    const fixture = FIXTURE_CASES.find((c) => c.adapter === id && c.file === file);
    const adapter = ALL_ADAPTERS.find((a) => a.id === id);
    if (!fixture || !adapter) throw new Error('no case');
    loadIntoDocument(`${id}/${file}`, fixture.url);
    const url = new URL(fixture.url);
    const highlighter = createHighlighter(document, adapter, compiled, DEFAULT_SETTINGS, FRENCH_LABELS);
    expect(highlighter.pass().offers).toBe(fixture.count);
    const last = adapter.extract(document, url).at(-1)?.element;
    const item = last?.closest('li') ?? last;
    const place = item?.parentNode;
    if (!item || !place) throw new Error('fixture changed');
    const next = item.nextSibling;
    item.remove();
    expect(highlighter.pass().offers).toBe(fixture.count - 1);
    place.insertBefore(item, next);
    const whole = vi.spyOn(adapter, 'extract');
    const counts = highlighter.pass();
    expect(whole).not.toHaveBeenCalled();
    whole.mockRestore();
    expect(counts.offers).toBe(fixture.count);
    expect(counts.offers).toBe(adapter.extract(document, url).length);
  });
});
