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
  // Before, the ending was a word of its own: "principal e des douanes", "diplome e d etat" (whose "e d"
  // read as an acronym "ed"), "polyvalent e".
  it('spells a bracketed ending out: without it in the masculine, with it in the feminine', () => {
    expect(genderForms("Agent / Agente d'administration principal(e) des douanes")).toEqual([
      'agent d administration principal des douanes',
      'agente d administration principale des douanes',
    ]);
    expect(genderForms("Infirmier / Infirmière de bloc opératoire Diplômé(e) d'Etat - IBODE")).toEqual([
      'infirmier de bloc operatoire diplome d etat ibode',
      'infirmiere de bloc operatoire diplomee d etat ibode',
    ]);
    expect(genderForms('Ingénieur / Ingénieure technico-commercial(e) IT')).toEqual([
      'ingenieur technico commercial it',
      'ingenieure technico commerciale it',
    ]);
  });
  it('drops a bracketed plural', () => {
    expect(genderForms("Directeur / Directrice de site(s) d'entreposage")).toEqual([
      'directeur de site d entreposage',
      'directrice de site d entreposage',
    ]);
    expect(genderForms("Mandataire d'intermédiaire(s) en assurance")).toEqual([
      'mandataire d intermediaire en assurance',
    ]);
  });
});
