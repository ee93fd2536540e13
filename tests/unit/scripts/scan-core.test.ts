import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offresAnswerSchema, offresOfferInput, offresOfferUrl } from '../../../scripts/lib/offres-v2';
import { parseScanArgs, UsageError } from '../../../scripts/lib/scan-args';
import { parseOffer } from '../../../utils/matching/parse-offer';
import { PARSE_TABLES } from '../../../utils/matching/parse-tables';

const OFFRES = join(import.meta.dirname, '../../fixtures/matching/offres-v2-search-response-2024-07.json');
const answer = offresAnswerSchema.parse(JSON.parse(readFileSync(OFFRES, 'utf8')));

describe('Offres v2 offers as engine input', () => {
  it('reads every offer of the real answer', () => {
    expect(answer.resultats.length).toBeGreaterThan(0);
  });

  it("gives the engine no trace of France Travail's ROME classification", () => {
    for (const offer of answer.resultats) {
      const input = JSON.stringify(offresOfferInput(offer));
      expect(offer.romeCode).toBeTruthy();
      expect(input).not.toContain(offer.romeCode);
      if (offer.appellationlibelle && offer.appellationlibelle !== offer.intitule)
        expect(input).not.toContain(offer.appellationlibelle);
    }
  });

  it('maps the structured fields: title, company, place with coordinates, contract, salary, working time, experience', () => {
    for (const offer of answer.resultats) {
      const input = offresOfferInput(offer);
      expect(input.title).toBe(offer.intitule);
      expect(input.company).toBe(offer.entreprise?.nom);
      expect(input.location).toBe(offer.lieuTravail?.libelle);
      expect(input.postalCode).toBe(offer.lieuTravail?.codePostal);
      expect(input.coordinates).toEqual({
        lat: offer.lieuTravail?.latitude,
        lon: offer.lieuTravail?.longitude,
      });
      expect(input.salary).toBe(offer.salaire?.libelle);
      const parsed = parseOffer(input, PARSE_TABLES);
      expect(parsed.contract.codes).toContain(offer.typeContrat);
      expect(parsed.workTime.kind).not.toBe('unknown');
      expect(parsed.experience).toEqual(
        parseOffer(
          {
            experience: {
              experienceExige: offer.experienceExige,
              experienceLibelle: offer.experienceLibelle,
            },
          },
          PARSE_TABLES,
        ).experience,
      );
      expect(offresOfferUrl(offer)).toMatch(
        /^https:\/\/candidat\.francetravail\.fr\/offres\/recherche\/detail\//,
      );
    }
  });

  it('keeps the duration a CDD libellé gives', () => {
    const cdd = answer.resultats.find((o) => o.typeContrat === 'CDD');
    expect(cdd?.typeContratLibelle).toMatch(/\d+ Mois/);
    expect(parseOffer(offresOfferInput(cdd ?? {}), PARSE_TABLES).contract.durationMonths).toBe(
      Number(/(\d+) Mois/.exec(cdd?.typeContratLibelle ?? '')?.[1]),
    );
  });
});

describe('scan command line', () => {
  it('reads an Offres v2 scan and a page scan, with or without a profile', () => {
    expect(parseScanArgs(['--offres', 'a.json'])).toEqual({ source: { kind: 'offres', file: 'a.json' } });
    expect(
      parseScanArgs(['p.html', '--url', 'https://www.hellowork.com/fr-fr/x', '--profile', 'm.json']),
    ).toEqual({
      source: { kind: 'page', file: 'p.html', url: new URL('https://www.hellowork.com/fr-fr/x') },
      profileFile: 'm.json',
    });
  });

  it.each([
    [[], /nothing to scan/],
    [['p.html'], /needs --url/],
    [['p.html', '--url', 'not a url'], /not an absolute URL/],
    [['--offres'], /--offres needs a value/],
    [['--offres', 'a.json', 'p.html'], /no page/],
    [['--offers', 'a.json'], /unknown option --offers/],
    [['a.html', 'b.html', '--url', 'https://x.fr/'], /one page at a time/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseScanArgs(argv)).toThrow(UsageError);
    expect(() => parseScanArgs(argv)).toThrow(message);
  });
});
