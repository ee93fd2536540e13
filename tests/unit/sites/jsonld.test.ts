import { describe, expect, it } from 'vitest';
import { findJobPostings } from '../../../utils/sites/jsonld';
import { genericAdapter } from '../../../utils/sites/registry';
import { loadPage, parseDocument } from './load-page';

describe('generic JobPosting reader on real offer pages of boards', () => {
  it.each([
    [
      'hellowork/detail-employe-fruits-legumes-2025-05.html',
      'https://www.hellowork.com/fr-fr/emplois/65789313.html',
      'Employe Fruits et Legumes H/F',
      'H1',
    ],
    // No h1 on this WTTJ page: the heading that reads the offer title stands for it.
    [
      'wttj/detail-lille-2025-06.html',
      'https://www.welcometothejungle.com/fr/companies/vaduo-fr/jobs/x',
      'Développeur Fullstack Java-JS confirmé H/F',
      'H2',
    ],
  ])('%s', (file, url, title, tag) => {
    const offers = genericAdapter.extract(loadPage(file), new URL(url));
    expect(offers).toHaveLength(1);
    expect(offers[0]?.title).toBe(title);
    expect(offers[0]?.element.tagName.toUpperCase()).toBe(tag);
  });

  it('finds no posting on the other real pages (breadcrumbs, organisations, FAQ are not offers)', () => {
    for (const file of [
      'hellowork/listing-developpeur-montpellier-2026-03.html',
      'linkedin/guest-listing-stage-france-2026-02.html',
      'francetravail/error-404-2026-02.html',
    ]) {
      expect(findJobPostings(loadPage(file)), file).toEqual([]);
    }
  });
});

describe('JSON-LD shapes', () => {
  const page = (json: string) =>
    parseDocument(
      `<html><body><h1>Offre</h1><script type="application/ld+json">${json}</script></body></html>`,
    );
  const titles = (json: string) => findJobPostings(page(json)).map((p) => p.reading.fields.title);

  it('reads a top-level object, a top-level array, a @graph and an ItemList', () => {
    expect(titles('{"@type":"JobPosting","title":"Maçon"}')).toEqual(['Maçon']);
    expect(titles('[{"@type":"WebSite"},{"@type":"JobPosting","title":"Maçon"}]')).toEqual(['Maçon']);
    expect(titles('{"@graph":[{"@type":"Organization"},{"@type":"JobPosting","title":"Maçon"}]}')).toEqual([
      'Maçon',
    ]);
    expect(
      titles(
        '{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"JobPosting","title":"Maçon"}},{"@type":"ListItem","item":{"@type":"JobPosting","title":"Plombier"}}]}',
      ),
    ).toEqual(['Maçon', 'Plombier']);
  });

  it('accepts @type as an array or a full schema.org IRI', () => {
    expect(titles('{"@type":["Thing","JobPosting"],"title":"Maçon"}')).toEqual(['Maçon']);
    expect(titles('{"@type":"http://schema.org/JobPosting","title":"Maçon"}')).toEqual(['Maçon']);
    expect(titles('{"@type":"JobPostingDraft","title":"Maçon"}')).toEqual([]);
  });

  it('skips malformed scripts and keeps reading the others', () => {
    const doc = parseDocument(
      '<script type="application/ld+json">{"@type":"JobPosting",</script><script type="application/ld+json">{"@type":"JobPosting","title":"Couvreur"}</script>',
    );
    expect(findJobPostings(doc).map((p) => p.reading.fields.title)).toEqual(['Couvreur']);
  });

  it('reads salaries given as a single value, a range, or an hourly rate', () => {
    const salary = (value: string) =>
      findJobPostings(
        page(`{"@type":"JobPosting","title":"x","baseSalary":{"currency":"EUR","value":${value}}}`),
      )[0]?.reading.fields.salary;
    expect(salary('{"minValue":1800,"maxValue":2100,"unitText":"MONTH"}')).toBe('1800 - 2100 € / mois');
    expect(salary('{"value":12.5,"unitText":"HOUR"}')).toBe('12.5 € / heure');
    expect(salary('32000')).toBe('32000 €');
    expect(salary('{"unitText":"YEAR"}')).toBeUndefined();
  });

  it('reads a job done from home all the time (TELECOMMUTE) as such, remote from the country its applicants must live in', () => {
    const location = (extra: string) =>
      findJobPostings(
        page(
          `{"@type":"JobPosting","title":"x","jobLocation":{"address":{"addressLocality":"Paris","postalCode":"75002"}}${extra}}`,
        ),
      )[0]?.reading.fields.location;
    expect(location('')).toBe('Paris (75002)');
    expect(location(',"jobLocationType":"TELECOMMUTE"')).toBe('Télétravail complet ; Paris (75002)');
    expect(
      location(
        ',"jobLocationType":["TELECOMMUTE"],"applicantLocationRequirements":[{"@type":"Country","name":"FR"},{"@type":"Country","name":"BE"}]',
      ),
    ).toBe('Télétravail complet ; Paris (75002)');
    expect(
      location(
        ',"jobLocationType":"TELECOMMUTE","applicantLocationRequirements":{"@type":"Country","name":"US"}',
      ),
    ).toBe('Télétravail ; pays US ; Paris (75002)');
    expect(
      findJobPostings(page('{"@type":"JobPosting","title":"x","jobLocationType":"TELECOMMUTE"}'))[0]?.reading
        .fields.location,
    ).toBe('Télétravail complet');
  });

  it('writes a country outside France after the place, a code after "pays", with no postal code', () => {
    const read = (address: string) =>
      findJobPostings(page(`{"@type":"JobPosting","title":"x","jobLocation":{"address":${address}}}`))[0]
        ?.reading;
    const place = (address: string) => read(address)?.fields.location;
    expect(place('{"addressLocality":"Lyon","postalCode":"69001","addressCountry":"FR"}')).toBe(
      'Lyon (69001)',
    );
    expect(place('{"addressLocality":"Lyon","addressCountry":{"@type":"Country","name":"France"}}')).toBe(
      'Lyon',
    );
    expect(place('{"addressLocality":"Valence","postalCode":"46001","addressCountry":"ES"}')).toBe(
      'Valence, pays ES',
    );
    expect(place('{"addressLocality":"Genève","addressCountry":{"@type":"Country","name":"CHE"}}')).toBe(
      'Genève, pays CHE',
    );
    expect(place('{"addressLocality":"Köln","postalCode":"50667","addressCountry":"Deutschland"}')).toBe(
      'Köln, Deutschland',
    );
    expect(place('{"addressCountry":"BE"}')).toBe('pays BE');
    // A foreign postal code is no French one (50667: the Manche's).
    expect(read('{"addressLocality":"Köln","postalCode":"50667","addressCountry":"DE"}')?.structured).toEqual(
      {
        addressLocality: 'Köln',
        addressCountry: 'DE',
      },
    );
  });
});
