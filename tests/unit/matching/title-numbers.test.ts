/**
 * Numbers in titles as boards write them: working hours ("35h", "24h/semaine"),
 * counts ("2 postes"), references ("Réf. 4521"), any number of two digits or
 * more. None names a job (title.ts dropNoise, wordTokens).
 */
import { describe, expect, it } from 'vitest';
import { formTokens, titleTokens } from '@/utils/matching/title';
import { codeTitleStatus } from './code-status';

describe('numbers in a title', () => {
  it('leaves out working hours, counts and references', () => {
    expect(titleTokens('Technicien de maintenance (Réf. 4521) - 35H')).toEqual(['technicien', 'maintenance']);
    expect(titleTokens('Vendeur 24h/semaine')).toEqual(['vendeur']);
    expect(titleTokens('Vendeur 35h par semaine')).toEqual(['vendeur']);
    expect(titleTokens('Vendeur 35 heures')).toEqual(['vendeur']);
    expect(titleTokens('Vendeuse - 39h30 hebdo')).toEqual(['vendeuse']);
    expect(titleTokens('Agent de sécurité 24h/24 7j/7')).toEqual(['agent', 'securite']);
    expect(titleTokens('Préparateur de commandes - 2 postes')).toEqual(['preparateur', 'commandes']);
    expect(titleTokens('Serveur - Réf 2024-118')).toEqual(['serveur']);
    expect(titleTokens('Serveur 12')).toEqual(['serveur']);
  });

  it('keeps the words numbers are part of', () => {
    expect(titleTokens('Graphiste 3 D')).toEqual(['graphiste', '3d']);
    expect(titleTokens('Animateur 2D')).toEqual(['animateur', '2d']);
    expect(titleTokens('Technicien implantation de pylônes 4G-5G')).toEqual([
      'technicien',
      'implantation',
      'pylones',
      '4g',
      '5g',
    ]);
    expect(titleTokens('Agent de sécurité SSIAP 1')).toEqual(['agent', 'securite', 'ssiap']);
    // A word after hours that is no "per week" stays; a reference without a code is a word.
    expect(titleTokens('Vendeur 35h boulangerie')).toEqual(['vendeur', 'boulangerie']);
    expect(titleTokens('Chargé de référence')).toEqual(['charge', 'reference']);
  });

  it('reads the forms of the ROME alike', () => {
    expect(formTokens('directeur technique en informatique 50 salaries ou plus')).toEqual([
      'directeur',
      'technique',
      'informatique',
      'salaries',
      'plus',
    ]);
    expect(
      codeTitleStatus('Directeur / Directrice technique en informatique (50 salariés ou plus)', 'M1803'),
    ).toBe('ok');
    expect(codeTitleStatus('Secrétaire général de mairie (80 000 habitants ou plus)', 'M1216')).toBe('ok');
  });

  it('no longer keeps a title from its trade, nor makes a near métier a match', () => {
    // Both were unexplained words: no maintenance technician's match with them.
    expect(codeTitleStatus('Technicien de maintenance (Réf. 4521)', 'I1304')).toBe('ok');
    expect(codeTitleStatus('Technicien de maintenance 35h', 'I1304')).toBe('ok');
    expect(codeTitleStatus('Technicien de maintenance - 2 postes', 'I1304')).toBe('ok');
    // "Vendeur" alone is a near métier of the general sellers (one generic word); a number made it a match.
    expect(codeTitleStatus('Vendeur', 'D1211')).toBe('partial');
    expect(codeTitleStatus('Vendeur 12', 'D1211')).toBe('partial');
    expect(codeTitleStatus('Vendeur 35h', 'D1211')).toBe('partial');
  });
});
