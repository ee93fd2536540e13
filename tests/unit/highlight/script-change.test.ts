// @vitest-environment happy-dom
/**
 * A page that rewrites the data a reader takes offers from (a JSON-LD script,
 * Indeed's mosaic data) in the same batch as it adds nodes: the next pass
 * must read the page again, not only the added nodes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createHighlighter } from '@/utils/highlight/highlighter';
import { compileMatchProfile } from '@/utils/matching/score';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { jsonld } from '@/utils/sites/jsonld';
import { FRENCH_LABELS } from './labels-fr';
import { developerProfile } from './page';

const compiled = compileMatchProfile(developerProfile);

const posting = (title: string) =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title,
    employmentType: 'FULL_TIME',
    jobLocation: { '@type': 'Place', address: { addressLocality: 'Montpellier', postalCode: '34000' } },
  });

beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(
    'https://emplois.example.org/offre/42',
  );
  document.documentElement.innerHTML = `<head><script type="application/ld+json">${posting(
    'Développeur web (H/F)',
  )}</script></head><body><main><h1>Développeur web (H/F)</h1></main></body>`;
});

describe('a pass after the page rewrote a data script', () => {
  it('reads the page again when the script changed in the same batch as an append', () => {
    const highlighter = createHighlighter(document, jsonld, compiled, DEFAULT_SETTINGS, FRENCH_LABELS);
    expect(highlighter.pass()).toMatchObject({ adapterId: 'jsonld', offers: 1, matches: 1 });
    const script = document.querySelector('script') as HTMLScriptElement;
    script.textContent = posting('Boulanger (H/F)');
    document.body.append(document.createElement('div'));
    expect(highlighter.pass()).toMatchObject({ offers: 1, matches: 0 });
  });
});
