/**
 * A title of one generic word, modifiers aside ("Technicien", "Agent
 * polyvalent"): a near métier for the families using the word, never a
 * match (criteria/title.ts isOneGenericWord).
 */
import { describe, expect, it } from 'vitest';
import { loadCommunes } from '../../../scripts/data/load-assets';
import { engineTitleStatus } from '../../../scripts/lib/eval-title';
import { lexicon } from './held-out-evidence';

const statusOf = engineTitleStatus(lexicon, loadCommunes());

/** The fiches whose label opens with the word: those the titles below could be a match for. */
const headedBy = (word: string) => lexicon.fiches.filter((fiche) => fiche.label.startsWith(`${word} `));

/** The parent codes with a fiche headed by the title's word that calls the title ok. */
const parentsTaking = (title: string) =>
  new Set(
    headedBy(title.split(' ')[0] ?? '')
      .filter((fiche) => statusOf(title, fiche.code) === 'ok')
      .map((fiche) => lexicon.parentOf(fiche.code) ?? fiche.code),
  );

describe('a title of one generic word', () => {
  it('is a near métier for the families that use it', () => {
    expect(statusOf('Technicien H/F', 'I1304')).toBe('partial');
    expect(statusOf('Technicien terrain H/F', 'I1304')).toBe('partial');
    expect(statusOf('Agent polyvalent H/F', 'I1203')).toBe('partial');
    expect(statusOf('Vendeur polyvalent H/F', 'D1214')).toBe('partial');
  });

  it('is taken by no parent code as a match', () => {
    // "Technicien terrain" was a match for 15 parent codes, as "Technicien" was.
    expect(headedBy('Technicien').length).toBeGreaterThan(50);
    for (const title of ['Technicien H/F', 'Technicien terrain H/F', 'Technicien itinérant', 'Agent de nuit'])
      expect(parentsTaking(title).size, title).toBe(0);
  });

  it('leaves titles of two generic words, and the forms of a family, as they were', () => {
    expect(statusOf('Technicien de maintenance H/F', 'I1304')).toBe('ok');
    expect(statusOf('Technicien de maintenance terrain H/F', 'I1304')).toBe('ok');
    // "Employé de rayon": an appellation of D1507, both words generic.
    expect(statusOf('Employé de rayon H/F', 'D1507')).toBe('ok');
  });
});
