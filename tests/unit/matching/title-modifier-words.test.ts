/**
 * "Polyvalent", "terrain", "de nuit", "itinérant", "sédentaire"
 * (modifier-words.ts): how, when or where a job is done,
 * never which job, so no family's evidence.
 */
import { describe, expect, it } from 'vitest';
import { loadCommunes } from '../../../scripts/data/load-assets';
import { engineTitleStatus } from '../../../scripts/lib/eval-title';
import { MODIFIER_WORDS } from '../../../utils/matching/criteria/modifier-words';
import {
  compileEvidence,
  emptyScores,
  titleEvidenceScores,
} from '../../../utils/matching/criteria/title-evidence-score';
import { normalize } from '../../../utils/matching/normalize';
import { stemWord } from '../../../utils/matching/stem';
import { defaultNoise, formTokens, titleTokenSet } from '../../../utils/matching/title';
import { evidenceOf, lexicon } from './held-out-evidence';

const statusOf = engineTitleStatus(lexicon, loadCommunes());

describe('modifier words in titles', () => {
  it('are the stems titles give them', () => {
    const written = ['Polyvalente', 'polyvalents', 'NUIT', 'terrain', 'itinérante', 'sédentaires'];
    const stems = written.flatMap((word) => formTokens(normalize(word)).map(stemWord));
    for (const stem of stems) expect(MODIFIER_WORDS, stem).toContain(stem);
  });

  it('weigh nothing for the families whose appellations use them', () => {
    // "Ouvrier agricole polyvalent" (A1419), "Veilleur de nuit" (K2503), "Enquêteur terrain" (M1401),
    // "Commercial sédentaire" (D1410), "Technicien itinérant de maintenance industrielle" (I1304).
    for (const code of ['A1419', 'K2503', 'M1401', 'D1410', 'I1304']) {
      const evidence = evidenceOf(lexicon, code);
      for (const word of MODIFIER_WORDS)
        expect(Object.hasOwn(evidence.words, word), `${code} ${word}`).toBe(false);
    }
  });

  it('no longer take a title for the few fiches that use them', () => {
    // Each was a match before: the modifier alone carried it.
    expect(statusOf('Vendeur polyvalent H/F', 'A1411')).not.toBe('ok'); // pig breeders
    expect(statusOf('Vendeur polyvalent H/F', 'C1109')).not.toBe('ok'); // insurance managers
    expect(statusOf('Ouvrier polyvalent (H/F)', 'N3102')).not.toBe('ok'); // sailors
    expect(statusOf('Technicien terrain H/F', 'F1105')).not.toBe('ok'); // geologists
    expect(statusOf('Commercial terrain H/F', 'H2709')).not.toBe('ok'); // incineration plant operators
    expect(statusOf('Aide-soignant de nuit (H/F)', 'G1703')).not.toBe('ok'); // receptionists
    expect(statusOf('Technicien de maintenance polyvalent', 'K2205')).not.toBe('ok'); // office cleaners
  });

  it('count as generic words: with only those beside them, a title is a near métier at most', () => {
    expect(evidenceOf(lexicon, 'G1502').generic).toContain('polyvalent');
    // "Employé polyvalent" says no more than "Employé": no longer the hotel or family employees' offer.
    expect(statusOf('Employé polyvalent (H/F)', 'G1502')).not.toBe('ok');
    expect(statusOf('Employé polyvalent (H/F)', 'K1304')).not.toBe('ok');
    // Nor the nuclear test technicians' (H2707), on "technicien" and "maintenance" alone.
    expect(statusOf('Technicien de maintenance terrain H/F', 'H2707')).not.toBe('ok');
  });

  it("cost nothing beside the family's own words, and a full miss beside another unexplained word", () => {
    const sellers = compileEvidence(evidenceOf(lexicon, 'D1214'));
    const scores = (title: string) => ({
      ...titleEvidenceScores(titleTokenSet(title, defaultNoise()), sellers, emptyScores()),
    });
    const polyvalent = scores('Vendeur polyvalent');
    const bare = scores('Vendeur');
    // Scored as "Vendeur", still an unexplained word for the rules that bound them (criteria/title.ts).
    expect(polyvalent.strict).toBe(bare.strict);
    expect(polyvalent.misses).toBe(bare.misses + 1);
    // Beside another word the family lacks, the modifier is paid for as that word is…
    expect(scores('Prêt-à-porter polyvalent magasin').strict).toBeLessThan(
      scores('Prêt-à-porter magasin').strict,
    );
    // …unless a head of the family heads the title: then its qualifiers vary freely, both of them.
    expect(scores('Vendeur polyvalent magasin').strict).toBe(scores('Vendeur magasin').strict);
    // So the trades find their own titles again, as full misses they were no fiche's match.
    expect(statusOf('Technicien de maintenance terrain H/F', 'I1304')).toBe('ok');
    expect(statusOf('Technicien de maintenance itinérant H/F', 'I1304')).toBe('ok');
    expect(statusOf('Vendeur polyvalent H/F', 'D1214')).toBe(statusOf('Vendeur H/F', 'D1214'));
    // And the hotel directors, whose "résidence" weighs much, do not take this one.
    expect(statusOf('Agent Polyvalent en Résidence Autonomie (H/F)', 'G1411')).toBe('ko');
  });

  it('are paid for when they make the head another trade', () => {
    // "Gardien de nuit" is the night watchmen's and the caretakers', "Équipier polyvalent" the fast-food crews'.
    expect(statusOf('Gardien de nuit H/F', 'A1511')).not.toBe('ok');
    expect(statusOf('Gardien de nuit H/F', 'K2501')).toBe('ok');
    expect(statusOf('Équipier polyvalent H/F', 'K1701')).not.toBe('ok');
    expect(statusOf('Équipier polyvalent H/F', 'G1603')).toBe('ok');
  });

  it('leave the title to its other words', () => {
    expect(statusOf('Aide-soignant de nuit (H/F)', 'J1501')).toBe('ok');
    expect(statusOf('Veilleur de nuit H/F', 'K2503')).toBe('ok');
    expect(statusOf('Réceptionniste de nuit H/F', 'G1703')).toBe('ok');
    expect(statusOf('Boulanger de nuit H/F', 'D1102')).toBe('ok');
    expect(statusOf('Employé polyvalent de restauration H/F', 'G1603')).toBe('ok');
    expect(statusOf("Agent d'entretien polyvalent H/F", 'I1203')).toBe('ok');
    expect(statusOf('Enquêteur terrain', 'M1401')).toBe('ok');
  });
});
