import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseContract, parseTitleContract } from '../../../utils/matching/contract';

const offresV2 = JSON.parse(
  readFileSync(
    new URL('../../fixtures/matching/offres-v2-search-response-2024-07.json', import.meta.url),
    'utf8',
  ),
) as {
  resultats: { typeContrat: string; typeContratLibelle: string }[];
  filtresPossibles: { filtre: string; agregation: { valeurPossible: string }[] }[];
};
const wttj = JSON.parse(
  readFileSync(new URL('../../fixtures/matching/wttj-algolia-search-2026-02.json', import.meta.url), 'utf8'),
) as { hits: { contract_type: string; name: string }[] };

const contractCode = z.enum([
  'CDI',
  'CDD',
  'MIS',
  'SAI',
  'ALT',
  'STG',
  'LIB',
  'FRA',
  'REP',
  'CCE',
  'TTI',
  'DDI',
  'DIN',
]);
const parsedContractSchema = z
  .object({
    codes: z.array(contractCode).refine((codes) => new Set(codes).size === codes.length),
    durationMonths: z.number().positive().finite().optional(),
  })
  .strict();

describe('parseContract on the contracts of the brief', () => {
  it.each([
    ['CDI', { codes: ['CDI'] }],
    ['CDD de 6 mois', { codes: ['CDD'], durationMonths: 6 }],
    ['Contrat à durée indéterminée', { codes: ['CDI'] }],
    ['Contrat à durée déterminée - 12 mois', { codes: ['CDD'], durationMonths: 12 }],
    ['Intérim', { codes: ['MIS'] }],
    ['Mission intérimaire - 3 Mois', { codes: ['MIS'], durationMonths: 3 }],
    ['Saisonnier', { codes: ['SAI'] }],
    ['Alternance', { codes: ['ALT'] }],
    ['Apprentissage', { codes: ['ALT'] }],
    ['Contrat de professionnalisation', { codes: ['ALT'] }],
    ['Stage', { codes: ['STG'] }],
    ['Freelance', { codes: ['LIB'] }],
    ['Indépendant', { codes: ['LIB'] }],
    ['Franchise', { codes: ['FRA'] }],
    ["Reprise d'entreprise", { codes: ['REP'] }],
    ['CDI intérimaire', { codes: ['DIN'] }],
    ['CDD d’insertion', { codes: ['DDI'] }],
    ['Stage ou Alternance', { codes: ['STG', 'ALT'] }],
    ['CDI - 2 ans', { codes: ['CDI'] }],
    ['Selon profil', { codes: [] }],
  ])('%s', (text, expected) => {
    expect(parseContract(text)).toEqual(expected);
  });
});

describe('parseContract on JSON-LD employmentType', () => {
  it.each([
    ['FULL_TIME', []],
    ['PART_TIME', []],
    ['CONTRACTOR', ['LIB']],
    ['TEMPORARY', ['CDD', 'MIS']],
    ['INTERN', ['STG']],
    ['PER_DIEM', ['CDD']],
    ['VOLUNTEER', []],
    ['OTHER', []],
  ])('%s', (type, codes) => {
    expect(parseContract(type).codes).toEqual(codes);
  });

  it('reads arrays of types', () => {
    expect(parseContract(['FULL_TIME', 'TEMPORARY', 'INTERN'])).toEqual({ codes: ['CDD', 'MIS', 'STG'] });
    expect(parseContract([])).toEqual({ codes: [] });
    expect(parseContract(undefined)).toEqual({ codes: [] });
  });
});

describe('parseContract on real fixtures', () => {
  it('reads every Offres v2 typeContrat code and its libellé alike', () => {
    const read = offresV2.resultats.map((o) => [
      parseContract(o.typeContrat),
      parseContract(o.typeContratLibelle),
    ]);
    expect(read).toEqual([
      [{ codes: ['CDI'] }, { codes: ['CDI'] }],
      [{ codes: ['MIS'] }, { codes: ['MIS'], durationMonths: 0.17 }],
      [{ codes: ['CDD'] }, { codes: ['CDD'], durationMonths: 4 }],
      [{ codes: ['CDI'] }, { codes: ['CDI'] }],
      [{ codes: ['CDI'] }, { codes: ['CDI'] }],
      [{ codes: ['CDI'] }, { codes: ['CDI'] }],
    ]);
  });

  it('knows every typeContrat code France Travail filters on', () => {
    const filter = offresV2.filtresPossibles.find((f) => f.filtre === 'typeContrat');
    const codes = filter?.agregation.map((a) => a.valeurPossible) ?? [];
    expect(codes.length).toBeGreaterThan(5);
    for (const code of codes) expect(parseContract(code).codes).toEqual([code]);
  });

  it('reads the WTTJ contract type and the contract words of its titles', () => {
    for (const hit of wttj.hits) {
      expect(parseContract(hit.contract_type).codes).toEqual(['STG']);
      expect(parseContract(hit.name).codes).toEqual(['STG']);
    }
  });

  // Contract chips of the HelloWork listing and contract words of LinkedIn titles.
  it.each([
    ['Indépendant', ['LIB']],
    ['Alternance', ['ALT']],
    ['Candidature spontanée stage/apprentissage 🎓 F/H', ['STG', 'ALT']],
    ['Réceptionniste Tournant - CDD', ['CDD']],
    ["Agent d'accueil logistique - Survilliers - Stage 6 mois- H/F", ['STG']],
  ])('%s', (text, codes) => {
    expect(parseContract(text).codes).toEqual(codes);
  });
});

const fragments = [
  'CDI',
  'CDD',
  'de',
  '6',
  'mois',
  'Intérim',
  '-',
  'Jour(s)',
  'Alternance',
  'Stage',
  'FULL_TIME',
  'TEMPORARY',
  '999',
  'an',
  ' ',
];

describe('parseContract on random input', () => {
  it('never throws and always gives known, distinct codes', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.constantFrom(...fragments), { maxLength: 20 }).map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(fc.oneof(text, fc.array(text, { maxLength: 5 })), (input) => {
        parsedContractSchema.parse(parseContract(input));
      }),
      { numRuns: 2_000 },
    );
  });

  it('handles very long text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 10_000, maxLength: 10_000 }), (raw) => {
        parsedContractSchema.parse(parseContract(raw));
      }),
      { numRuns: 20 },
    );
    parsedContractSchema.parse(parseContract('CDD de 6 mois '.repeat(1_000)));
  });
});

describe('parseContract on words that name Object.prototype properties', () => {
  it('reads "constructor" after a number as no unit of time', () => {
    // The duration was NaN (JSON null): "constructor" found Object.prototype.constructor as a unit.
    expect(parseContract('CDD 3 constructor')).toEqual({ codes: ['CDD'] });
    expect(parseContract('CDD 3 constructor 6 mois')).toEqual({ codes: ['CDD'], durationMonths: 6 });
  });

  it('looks for a phrase of several words wherever its first word is', () => {
    expect(parseContract('CDD de 3 mois, contrat pro')).toEqual({ codes: ['CDD', 'ALT'], durationMonths: 3 });
  });
});

describe('parseContract on the job types of English cards', () => {
  it.each([
    ['Permanent', ['CDI']],
    ['Permanent contract', ['CDI']],
    ['Fixed-term contract', ['CDD']],
    ['Fixed term', ['CDD']],
    ['Seasonal', ['SAI']],
    ['Full-time', []],
  ])('%s is %j', (text, codes) => {
    expect(parseContract(text).codes).toEqual(codes);
  });

  it('reads them as a whole job type only, never in a title', () => {
    expect(parseContract(['Full-time', 'Permanent']).codes).toEqual(['CDI']);
    expect(parseTitleContract('Maquilleuse maquillage permanent').codes).toEqual([]);
    expect(parseContract('Poste permanent à Lyon').codes).toEqual([]);
  });
});
