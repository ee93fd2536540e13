// @vitest-environment happy-dom
/** The badge's words come from _locales, in French and in English, translated in the background. */
import { describe, expect, it } from 'vitest';
import { summary } from '@/utils/highlight/badge';
import { badgeLabels, badgeWords } from '@/utils/highlight/labels';
import { CRITERIA } from '@/utils/matching/result';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { translator } from '../locales-translator';
import { developerProfile } from './page';

// A real HelloWork card's fields (tests/fixtures/pages/hellowork listing).
const result = scoreOffer(
  { title: 'Développeur Java H/F', location: 'Montpellier - 34', contract: 'CDD' },
  compileMatchProfile(developerProfile),
);

describe('badge labels', () => {
  it('reads every word through the translator once, with the score and the reason lines filled in', () => {
    const asked: string[] = [];
    const fr = translator('fr');
    const words = badgeWords((key, substitutions) => {
      asked.push(key);
      return fr(key, substitutions);
    });
    // Each message once, in the background: the content script gets plain strings (as a message carries them).
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked.filter((key) => key.startsWith('highlight_'))).toHaveLength(17);
    const labels = badgeLabels(structuredClone(words));
    expect(labels.verdict.partial).toBe('Correspond en partie');
    expect(labels.scoreOutOf(72)).toBe('72 sur 100');
    expect(labels.reasonLine('Contrat', 'non', 'CDD')).toBe('Contrat : non, CDD');
    expect(labels.reasonLine('Salaire', 'oui', '2 100 €/mois ($1)')).toBe('Salaire : oui, 2 100 €/mois ($1)');
    expect(labels.excluded).toBe('Exclu');
    expect(labels.excludedBecause('mot exclu : java')).toBe('Offre exclue par vos choix : mot exclu : java');
    expect(asked.filter((key) => key.startsWith('highlight_'))).toHaveLength(17);
  });

  it('speaks English with the English messages, the reasons staying as the engine wrote them', () => {
    const english = summary(result, badgeLabels(badgeWords(translator('en'))));
    expect(english).toContain(`Partly matches, ${result.score} out of 100`);
    expect(english).toContain(`Contract: no, ${result.criteria.contract.reason}`);
    const french = summary(result, badgeLabels(badgeWords(translator('fr'))));
    expect(french).toContain(`Correspond en partie, ${result.score} sur 100`);
    expect(french).toContain(`Contrat : non, ${result.criteria.contract.reason}`);
  });

  it('says the product, the verdict, the score and the métier, then every criterion in order', () => {
    const labels = badgeLabels(badgeWords(translator('fr')));
    const lines = CRITERIA.map((name) => {
      const { status, reason } = result.criteria[name];
      return `${labels.criterion[name]} : ${labels.status[status]}, ${reason}`;
    });
    expect(result.metier).toBeTruthy();
    expect(summary(result, labels)).toBe(
      `${labels.product}, Correspond en partie, ${result.score} sur 100, ${result.metier}. ${lines.join(' ; ')}`,
    );
  });
});
