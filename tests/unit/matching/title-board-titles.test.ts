/**
 * Whole titles boards write for a trade the ROME never spells that way, read
 * as the title that trade's appellations make (title.ts BOARD_TITLES).
 */
import { describe, expect, it } from 'vitest';
import { BOARD_TITLES, titleForms } from '@/utils/matching/title';
import { loadCommunes } from '../../../scripts/data/load-assets';
import { engineTitleStatus } from '../../../scripts/lib/eval-title';
import { lexicon } from './held-out-evidence';

const statusOf = engineTitleStatus(lexicon, loadCommunes());

describe('titles boards write for a trade', () => {
  it('are read as the title its appellations make, in both genders', () => {
    expect(titleForms('Conseiller de vente H/F')).toEqual(['vendeur conseil']);
    expect(titleForms('CONSEILLÈRE DE VENTE (H/F)')).toEqual(['vendeuse conseil']);
    expect(titleForms('Conseiller(ère) de vente - CDI')).toEqual(['vendeur conseil', 'vendeuse conseil']);
  });

  it('make a shop seller\'s title of "Conseiller de vente"', () => {
    for (const code of ['D1106', 'D1211', 'D1212', 'D1214'])
      expect(statusOf('Conseiller de vente H/F', code)).toBe('ok');
    expect(statusOf('Conseiller de vente H/F', 'C1504')).not.toBe('ok');
  });

  it('make a cashier\'s title of "Employé de caisse"', () => {
    expect(titleForms('Employé(e) de caisse H/F')).toEqual(['caissier', 'caissiere']);
    expect(statusOf('Employé de caisse H/F', 'D1505')).toBe('ok');
    // The crate makers ("Caissier de l'emballage industriel") took it by the root of their "caissier".
    expect(statusOf('Employé de caisse H/F', 'H2215')).not.toBe('ok');
  });

  it('make a warehouse worker\'s title of "Agent d\'entrepôt", a warehouse manager\'s of "Chef d\'entrepôt"', () => {
    expect(titleForms("Agent(e) d'entrepôt H/F")).toEqual([
      'operateur logistique entrepot',
      'operatrice logistique entrepot',
    ]);
    expect(titleForms("CHEF D'ENTREPOT (H/F)")).toEqual(['responsable entrepot']);
    expect(statusOf("Agent d'entrepôt H/F", 'N1115')).toBe('ok');
    expect(statusOf("Chef d'entrepôt H/F", 'N1301')).toBe('ok');
    // "entrepôt" counted part of the plumbers', foresters' and film producers' "entreprise" by its first letters.
    for (const code of ['F1603', 'A1205', 'L1302']) {
      expect(statusOf("Agent d'entrepôt H/F", code)).not.toBe('ok');
      expect(statusOf("Chef d'entrepôt H/F", code)).not.toBe('ok');
    }
  });

  it('leave a longer title as written', () => {
    expect(titleForms('Conseiller de vente en immobilier')).toEqual(['conseiller de vente en immobilier']);
    expect(statusOf('Conseiller de vente en immobilier H/F', 'C1504')).toBe('ok');
    expect(statusOf('Conseiller de vente en immobilier H/F', 'D1214')).not.toBe('ok');
  });

  it('are titles of three words (the only length looked up) no ROME appellation reads as', () => {
    for (const title of BOARD_TITLES.keys()) expect(title.split(' ')).toHaveLength(3);
    const read = new Set(lexicon.appellations.flatMap((appellation) => appellation.forms));
    // The forms are read as titles are: the estate agents' longer one is there.
    expect(read.has('conseiller de vente en immobilier')).toBe(true);
    for (const title of BOARD_TITLES.keys()) expect(read.has(title)).toBe(false);
  });
});
