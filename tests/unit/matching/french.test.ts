import { describe, expect, it } from 'vitest';
import { queName, withPreposition } from '@/utils/matching/french';
import type { MatchMetier } from '@/utils/matching/match-profile';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { loadCommunes, loadLexicon } from '../../../scripts/data/load-assets';
import { matchProfileOf } from './match-profile-of';

describe('the little words before a name in a reason', () => {
  it('elide before a vowel or a mute h, and contract with Le and Les', () => {
    expect(withPreposition('de', 'Lyon')).toBe('de Lyon');
    expect(withPreposition('de', 'Annecy')).toBe("d'Annecy");
    expect(withPreposition('de', 'Évry-Courcouronnes')).toBe("d'Évry-Courcouronnes");
    expect(withPreposition('de', 'Hyères')).toBe("d'Hyères");
    expect(withPreposition('de', 'Le Mans')).toBe('du Mans');
    expect(withPreposition('de', 'Les Ulis')).toBe('des Ulis');
    expect(withPreposition('de', 'La Rochelle')).toBe('de La Rochelle');
    expect(withPreposition('de', "L'Isle-Adam")).toBe("de L'Isle-Adam");
    // "Lens" and "Lesparre-Médoc" hold no article.
    expect(withPreposition('de', 'Lens')).toBe('de Lens');
    expect(withPreposition('de', 'Lesparre-Médoc')).toBe('de Lesparre-Médoc');
    expect(withPreposition('à', 'Le Mans')).toBe('au Mans');
    expect(withPreposition('à', 'Les Ulis')).toBe('aux Ulis');
    expect(withPreposition('à', 'Annecy')).toBe('à Annecy');
    expect(queName('Boulanger / Boulangère')).toBe('que Boulanger / Boulangère');
    expect(queName('Employé / Employée de rayon')).toBe("qu'Employé / Employée de rayon");
  });

  it('elide before every commune and appellation that starts with a vowel or an h (the accented ones too)', () => {
    const names = [
      ...loadCommunes().communes.map((c) => c.name),
      ...loadLexicon().appellations.map((a) => a.label),
      ...loadLexicon().fiches.map((f) => f.label),
    ];
    // A name whose first letter, its accent taken off, is a vowel or an h.
    const vowelFirst = names.filter((name) => /^[aeiouyh]/i.test(name.normalize('NFD')));
    expect(vowelFirst.length).toBeGreaterThan(1000);
    expect(
      vowelFirst.filter((name) => !withPreposition('de', name).startsWith("d'") && !/^Les? /.test(name)),
    ).toEqual([]);
    expect(
      names.filter(
        (name) => /^[^aeiouyh]/i.test(name.normalize('NFD')) && withPreposition('de', name).startsWith("d'"),
      ),
    ).toEqual([]);
  });

  it('are what the place and title reasons say', () => {
    const metier: MatchMetier = {
      label: 'Agent / Agente de propreté urbaine',
      titleForms: ['agent de proprete urbaine'],
      relatedForms: ['agent de nettoyage'],
      zone: {
        communes: [
          { name: 'le mans', departement: '72', postalCodes: ['72000'], km: 0, near: 'Le Mans' },
          { name: 'allonnes', departement: '72', postalCodes: ['72700'], km: 6.2, near: 'Le Mans' },
          { name: 'ancinnes', departement: '72', postalCodes: ['72610'], km: 3, near: 'Alençon' },
        ],
        departements: [],
        regions: [],
        centers: [],
        unrestricted: false,
      },
      contracts: [],
      workTimes: [],
    };
    const profile = compileMatchProfile(matchProfileOf([metier]));
    const score = (title: string, location: string) => scoreOffer({ title, location }, profile).criteria;
    expect(score('Agent de propreté urbaine', 'Le Mans (72)').place.reason).toBe('au Mans');
    expect(score('Agent de propreté urbaine', 'Allonnes (72)').place.reason).toBe('6,2 km du Mans');
    expect(score('Agent de propreté urbaine', 'Ancinnes (72)').place.reason).toBe("3 km d'Alençon");
    expect(score('Agent de nettoyage', 'Le Mans (72)').title.reason).toBe(
      "métier proche d'Agent / Agente de propreté urbaine",
    );
    expect(score('Développeur web', 'Le Mans (72)').title.reason).toBe(
      "autre métier qu'Agent / Agente de propreté urbaine",
    );
  });
});
