// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createHighlighter } from '@/utils/highlight/highlighter';
import { compileMatchProfile } from '@/utils/matching/score';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { jsonld } from '@/utils/sites/jsonld';
import { FRENCH_LABELS } from './labels-fr';
import { developerProfile } from './page';

/** An offer page of any site: one JobPosting the generic reader finds. */
function loadPosting(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Développeur web H/F',
    jobLocation: { '@type': 'Place', address: { addressLocality: 'Montpellier', postalCode: '34000' } },
  };
  document.documentElement.innerHTML = `<head><script type="application/ld+json">${JSON.stringify(posting)}</script></head><body><main><h1>Développeur web H/F</h1></main></body>`;
}

/** How many offers the generic reader's pass finds at `url` with these sites switched off. */
function offersWithSitesOff(url: string, disabledSites: string[]): number {
  loadPosting(url);
  const settings = { ...DEFAULT_SETTINGS, disabledSites };
  const highlighter = createHighlighter(
    document,
    jsonld,
    compileMatchProfile(developerProfile),
    settings,
    FRENCH_LABELS,
  );
  return highlighter.pass().offers;
}

// A board's script reads its adapter's id: tests/unit/sites/boards.test.ts checks that the adapter
// whose patterns cover a page has the id of the board the popup names there.
describe('the switch a site is turned off by', () => {
  it('is the host for the generic reader on a site enabled by hand', () => {
    const url = 'https://emplois.example.org/offre/1';
    expect(offersWithSitesOff(url, [])).toBe(1);
    expect(offersWithSitesOff(url, ['example.org'])).toBe(1);
    expect(offersWithSitesOff(url, ['emplois.example.org'])).toBe(0);
  });

  // The popup names the switch of a board page after the board (entrypoints/popup/tab-model.ts):
  // the generic reader enabled by hand on www.linkedin.com follows LinkedIn's switch on its job pages.
  it("is the board's for the generic reader on a board's page", () => {
    const url = 'https://www.linkedin.com/jobs/view/1/';
    expect(offersWithSitesOff(url, ['www.linkedin.com'])).toBe(1);
    expect(offersWithSitesOff(url, ['linkedin'])).toBe(0);
    expect(offersWithSitesOff('https://www.linkedin.com/feed/', ['www.linkedin.com'])).toBe(0);
  });
});
