/**
 * "PL", "SPL", "VL", "ADV", "R&D", "EJE"… (title-word-stats.ts ABBREVIATIONS): abbreviations
 * boards write for words the ROME spells out, read as those words are.
 */
import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '@/utils/matching/criteria/title-word-stats';
import { normalize } from '@/utils/matching/normalize';
import { stemWord } from '@/utils/matching/stem';
import { formTokens } from '@/utils/matching/title';
import { loadCommunes } from '../../../scripts/data/load-assets';
import { engineTitleStatus } from '../../../scripts/lib/eval-title';
import { evidenceOf, lexicon } from './held-out-evidence';

const statusOf = engineTitleStatus(lexicon, loadCommunes());
const stems = (text: string) => formTokens(normalize(text)).map(stemWord);

describe('abbreviations in titles', () => {
  it('stand for the stems of the words the ROME writes', () => {
    const spelled: Record<string, string> = {
      pl: 'poids lourds',
      spl: 'super poids lourd',
      vl: 'véhicules légers',
      adv: 'administration des ventes',
      rd: 'recherche développement',
      be: "bureau d'études",
      eje: 'éducateur de jeunes enfants',
      advf: 'assistant de vie aux familles',
      amp: 'aide médico-psychologique',
      raf: 'responsable administratif et financier',
      dpo: 'délégué à la protection des données',
    };
    expect(ABBREVIATIONS.map(([abbreviation]) => abbreviation).sort()).toEqual(Object.keys(spelled).sort());
    for (const [abbreviation, words] of ABBREVIATIONS) {
      expect(words, abbreviation).toEqual(stems(spelled[abbreviation] ?? ''));
      expect(stems(abbreviation.toUpperCase()), abbreviation).toEqual([abbreviation]);
    }
  });

  it('weigh for the fiches whose appellations spell them out', () => {
    expect(evidenceOf(lexicon, 'N4101').words.pl).toBeGreaterThan(0); // Conducteur de poids lourd
    expect(evidenceOf(lexicon, 'N4111').words.spl).toBeGreaterThan(0); // Conducteur super poids lourd de l'armée
    expect(evidenceOf(lexicon, 'D1401').words.adv).toBeGreaterThan(0); // Assistant administration des ventes
    expect(evidenceOf(lexicon, 'H1224').words.rd).toBeGreaterThan(0); // Technicien en recherche-développement
  });

  it('read a title as its spelled-out words', () => {
    for (const code of ['N4101', 'N4103', 'N4105', 'N4102'])
      expect(statusOf('Chauffeur PL H/F', code), code).toBe(statusOf('Chauffeur poids lourd H/F', code));
    expect(statusOf('Chauffeur PL H/F', 'N4101')).toBe('ok');
    expect(statusOf('Assistant ADV H/F', 'D1401')).toBe('ok');
    // No fiche took these before.
    expect(statusOf('EJE H/F', 'K1202')).toBe('ok'); // Educateur de jeunes enfants
    expect(statusOf('ADVF H/F', 'K1311')).toBe('ok'); // Assistant de vie aux familles
    expect(statusOf('AMP de nuit H/F', 'K1306')).toBe('ok'); // Aide médico-psychologique
    expect(statusOf('DPO H/F', 'K1906')).toBe('ok'); // Délégué à la protection des données
    expect(statusOf('RAF H/F', 'M1223')).toBe('ok'); // Responsable administratif et financier
    // Technicien de bureau d'études bâtiment, … de l'industrie.
    expect(statusOf('Technicien BE H/F', 'F1110')).toBe('ok');
    expect(statusOf('Technicien BE H/F', 'H1235')).toBe('ok');
  });

  it('keep a title from the drivers of other vehicles', () => {
    // An unknown "PL" let the weak rule give the title to every driver fiche (bus, VTC, hearse…).
    expect(statusOf('Chauffeur PL H/F', 'N4103')).not.toBe('ok'); // bus
    expect(statusOf('Chauffeur PL H/F', 'N4112')).not.toBe('ok'); // VTC
    expect(statusOf('Chauffeur VL H/F', 'N4101')).not.toBe('ok'); // heavy goods vehicles
    expect(statusOf('Conducteur PL (H/F)', 'F1302')).not.toBe('ok'); // construction machines
  });

  it('keep "R&D" from the insurers, whose "RD" is "Risques Divers"', () => {
    expect(statusOf('Ingénieur R&D H/F', 'H1206')).toBe('ok');
    expect(statusOf('Ingénieur R&D H/F', 'C1109')).not.toBe('ok'); // Gestionnaire en assurances
    expect(statusOf('Ingénieur R&D H/F', 'I1324')).not.toBe('ok'); // Technicien d'installation d'équipements industriels
  });
});
