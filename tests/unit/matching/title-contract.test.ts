/**
 * The contract a title names, read when the card names none (parse-offer.ts
 * contractOfTitle): LinkedIn's cards never name one, and many real titles
 * say "Stage" in their title only.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayNameContract, parseContract, parseTitleContract } from '@/utils/matching/contract';
import type { MatchMetier } from '@/utils/matching/match-profile';
import { parseOffer } from '@/utils/matching/parse-offer';
import { PARSE_TABLES } from '@/utils/matching/parse-tables';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { fixtureOffers } from '../../../scripts/lib/fixture-offers';
import { matchProfileOf } from './match-profile-of';

const developer: MatchMetier = {
  label: 'Développeur / Développeuse web',
  titleForms: ['developpeur web', 'developpeur full stack', 'ingenieur logiciel'],
  relatedForms: [],
  zone: { communes: [], departements: [], regions: [], centers: [], unrestricted: true },
  contracts: ['CDI'],
  workTimes: [],
};
const profile = compileMatchProfile(matchProfileOf([developer]));
// A card read whole: its title, its company (a title alone is the page's first look at a card, see below).
const contractOf = (title: string, contract?: string) =>
  scoreOffer(
    contract === undefined ? { title, company: 'Inautalent' } : { title, company: 'Inautalent', contract },
    profile,
  ).criteria.contract;

describe('the contract of a title, for a card that names none', () => {
  it('is read from real titles of the fixtures (LinkedIn, WTTJ)', () => {
    expect(contractOf('Stage - Full-stack engineer')).toEqual({
      status: 'ko',
      reason: 'stage, vous cherchez : CDI',
    });
    expect(contractOf('Software Engineering (Full-Stack) Intern - in Sydney, Australia').status).toBe('ko');
    expect(contractOf('Alternance - Développeur IA - Bac+3 - Bac+4 H/F').reason).toBe(
      'alternance, vous cherchez : CDI',
    );
    expect(contractOf('Réceptionniste Tournant - CDD').reason).toBe('CDD, vous cherchez : CDI');
    expect(contractOf('Développeur web - CDI')).toEqual({ status: 'ok', reason: 'CDI' });
    expect(
      parseOffer({ title: 'Agent d’accueil - Stage 6 mois - H/F', location: 'Survilliers' }, PARSE_TABLES)
        .contract,
    ).toEqual({ codes: ['STG'], durationMonths: 6 });
  });

  it('is unknown for a title that names none, or only an employer\'s kind ("intérim", "franchise")', () => {
    expect(contractOf('Développeur web')).toEqual({ status: 'unknown', reason: 'contrat non indiqué' });
    expect(contractOf('Responsable d’agence intérim').status).toBe('unknown');
    expect(contractOf('Directeur de franchise').status).toBe('unknown');
  });

  it('gives way to the contract the card names', () => {
    expect(contractOf('Stage - Full-stack engineer', 'CDI')).toEqual({ status: 'ok', reason: 'CDI' });
  });

  it('is not looked for in a title alone, which the page scores for its title only (CardMemo.wantsRest)', () => {
    expect(parseOffer({ title: 'Stage - Full-stack engineer' }, PARSE_TABLES).contract.codes).toEqual([]);
  });

  it('is looked for in every title that names one: the one-look gate lets none through unread', () => {
    const titles = fixtureOffers().map((offer) => offer.title ?? '');
    expect(titles.filter((title) => parseTitleContract(title).codes.length > 0).length).toBeGreaterThan(80);
    expect(
      titles.filter((title) => parseTitleContract(title).codes.length > 0 && !mayNameContract(title)),
    ).toEqual([]);
    const piece = fc.constantFrom(
      'Vendeur',
      'Stage',
      'STAGIAIRE',
      'Alternance',
      'apprentie',
      'CDD 6 mois',
      'CDI',
      'Saisonnière',
      'Indépendant',
      'libéral',
      'Contrat de professionnalisation',
      'Auto-entrepreneur',
      'Freelance',
      'Intern',
      '(H/F)',
      ' - ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 6 }), (pieces) => {
        const title = pieces.join(' ');
        if (parseTitleContract(title).codes.length > 0) expect(mayNameContract(title)).toBe(true);
      }),
    );
  });

  it('never contradicts the card, on the real offers whose card and title both name one', () => {
    const both = fixtureOffers().filter(
      (offer) => offer.contract !== undefined && parseContract(offer.title ?? '').codes.length > 0,
    );
    expect(both.length).toBeGreaterThan(30);
    for (const offer of both) {
      const card = parseOffer(offer, PARSE_TABLES).contract.codes;
      const title = parseOffer({ title: offer.title ?? '', company: 'x' }, PARSE_TABLES).contract.codes;
      expect(
        title.filter((code) => card.includes(code)),
        offer.title,
      ).not.toEqual([]);
    }
  });
});
