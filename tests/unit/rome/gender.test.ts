import { describe, expect, it } from 'vitest';
import { genderForms } from '../../../utils/rome/gender';

// Labels copied from ROME 4.0 v460 (unix_referentiel_appellation_v460_utf8.csv) and ROME v3.
describe('genderForms', () => {
  it('splits a simple pair', () => {
    expect(genderForms('Boulanger / Boulangère')).toEqual(['boulanger', 'boulangere']);
  });
  it('spells a shared tail out in both genders', () => {
    expect(genderForms('Agent spécialisé / Agente spécialisée des écoles maternelles -ASEM-')).toEqual([
      'agent specialise des ecoles maternelles asem',
      'agente specialisee des ecoles maternelles asem',
    ]);
    expect(genderForms("Chef / Cheffe d'équipe en plastique/caoutchouc")).toEqual([
      'chef d equipe en plastique caoutchouc',
      'cheffe d equipe en plastique caoutchouc',
    ]);
  });
  it('spells a shared head out in both genders (ROME v3 style)', () => {
    expect(genderForms('Aide jardinier / jardinière')).toEqual(['aide jardinier', 'aide jardiniere']);
  });
  it('pairs several changing words', () => {
    expect(
      genderForms(
        'Accompagnateur formateur / Accompagnatrice formatrice technique en insertion professionnelle',
      ),
    ).toEqual([
      'accompagnateur formateur technique en insertion professionnelle',
      'accompagnatrice formatrice technique en insertion professionnelle',
    ]);
  });
  it('keeps a label without pair as one form', () => {
    expect(genderForms('Accessoiriste de plateau')).toEqual(['accessoiriste de plateau']);
  });
  it('handles several separators', () => {
    expect(genderForms('Vendeur / Vendeuse / Conseiller').sort()).toEqual([
      'conseiller',
      'vendeur',
      'vendeuse',
    ]);
  });
});
