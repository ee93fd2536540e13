import { describe, expect, it } from 'vitest';
import {
  ALL_ADAPTERS,
  adapterFor,
  BOARD_ADAPTERS,
  genericAdapter,
  matchesPattern,
} from '../../../utils/sites/registry';
import { FIXTURE_CASES } from './fixture-cases';
import { pagesOf } from './load-page';

describe('adapter registry', () => {
  it.each(ALL_ADAPTERS.map((a) => [a.id]))(
    '%s has saved pages, every one of them in the test table',
    (id) => {
      const pages = pagesOf(id);
      expect(pages.length, `tests/fixtures/pages/${id}/ must hold pages`).toBeGreaterThan(0);
      const covered = FIXTURE_CASES.filter((c) => c.adapter === id).map((c) => c.file);
      expect([...covered].sort()).toEqual([...pages].sort());
    },
  );

  it('has unique ids', () => {
    expect(new Set(ALL_ADAPTERS.map((a) => a.id)).size).toBe(ALL_ADAPTERS.length);
  });

  it('keeps the generic reader out of the board list and out of the manifest', () => {
    expect(BOARD_ADAPTERS).not.toContain(genericAdapter);
    expect(ALL_ADAPTERS).toContain(genericAdapter);
    expect(genericAdapter.matches).toEqual([]);
  });
});

describe('adapterFor', () => {
  it.each([
    ['https://candidat.francetravail.fr/offres/recherche?motsCles=boulanger&lieux=75056', 'francetravail'],
    ['https://candidat.francetravail.fr/offres/recherche/detail/184ABCD', 'francetravail'],
    ['https://fr.indeed.com/jobs?q=d%C3%A9veloppeur&l=Lyon', 'indeed'],
    ['https://fr.indeed.com/viewjob?jk=3f2a9c1d7e6b5a40', 'indeed'],
    ['https://www.hellowork.com/fr-fr/emploi/recherche.html?k=comptable&l=Nantes', 'hellowork'],
    ['https://www.hellowork.com/fr-fr/emplois/65789313.html', 'hellowork'],
    ['https://www.welcometothejungle.com/fr/jobs?query=data', 'wttj'],
    ['https://www.welcometothejungle.com/fr/companies/vaduo-fr/jobs/developpeur_lille', 'wttj'],
    ['https://www.apec.fr/candidat/recherche-emploi.html/emploi?motsCles=acheteur', 'apec'],
    ['https://www.linkedin.com/jobs/search/?keywords=comptable', 'linkedin'],
    ['https://www.linkedin.com/jobs/search-results/?keywords=vendeur', 'linkedin'],
    ['https://fr.linkedin.com/jobs/stage-emplois', 'linkedin'],
    ['https://www.linkedin.com/jobs/view/4367012345/', 'linkedin'],
    ['https://www.cadremploi.fr/emploi/liste_offres?motscles=juriste', 'cadremploi'],
    ['https://www.cadremploi.fr/emploi/detail_offre?offreId=158912347', 'cadremploi'],
    ['https://www.meteojob.com/jobs?what=cariste&where=Lille', 'meteojob'],
  ])('%s -> %s', (url, id) => {
    expect(adapterFor(new URL(url))?.id).toBe(id);
  });

  it.each([
    'https://www.google.com/search?q=emploi+lyon',
    'https://www.francetravail.fr/accueil/',
    'https://francetravail.io/data/api/offres-emploi',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com.evil.example/jobs/view/1/',
    'https://fr.indeed.com.evil.example/jobs?q=x',
    'https://evilindeed.com/jobs',
    'http://www.hellowork.com/fr-fr/emploi.html',
    'https://www.hellowork.com/en-gb/jobs.html',
    'https://www.apec.fr/recruteur.html',
  ])('%s -> no board adapter', (url) => {
    expect(adapterFor(new URL(url))).toBeNull();
  });
});

describe('matchesPattern', () => {
  it('follows the WebExtension rules for scheme, host wildcard and path', () => {
    expect(matchesPattern('https://*.linkedin.com/jobs/*', new URL('https://linkedin.com/jobs/x'))).toBe(
      true,
    );
    expect(matchesPattern('https://*.linkedin.com/jobs/*', new URL('https://a.b.linkedin.com/jobs/'))).toBe(
      true,
    );
    expect(matchesPattern('https://*.linkedin.com/jobs/*', new URL('https://notlinkedin.com/jobs/x'))).toBe(
      false,
    );
    expect(matchesPattern('https://*.linkedin.com/jobs/*', new URL('https://www.linkedin.com/job/x'))).toBe(
      false,
    );
    expect(matchesPattern('*://www.meteojob.com/*', new URL('http://www.meteojob.com/jobs'))).toBe(true);
    expect(matchesPattern('*://www.meteojob.com/*', new URL('ftp://www.meteojob.com/jobs'))).toBe(false);
    expect(matchesPattern('https://www.apec.fr/candidat/*', new URL('https://www.apec.fr/candidat'))).toBe(
      false,
    );
    expect(matchesPattern('not a pattern', new URL('https://www.apec.fr/'))).toBe(false);
  });
});
