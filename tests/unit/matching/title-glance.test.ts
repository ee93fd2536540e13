/**
 * glanceTitle() promises that every token a full reading of the title gives
 * is among the words it saw, and that a title it calls `sure` is read as
 * some word. The title screen (criteria/title-screen.ts, parse-offer.ts)
 * settles offers on that promise, when none of the offer's names is among
 * those words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureOffers } from '../../../scripts/lib/fixture-offers';
import { defaultNoise, glanceTitle, titleTokenSet } from '../../../utils/matching/title';
import { offresTitlesAndLabels } from './real-titles';

const noise = defaultNoise();
const never = () => false;

/** The real board titles, the Offres v2 titles and the ROME labels of the sample. */
function realTitles(): string[] {
  const boards = fixtureOffers().flatMap((offer) => (offer.title === undefined ? [] : [offer.title]));
  return [...new Set([...boards, ...offresTitlesAndLabels()])];
}

/** What breaks the promise, if anything: a token outside the glance's words, or a `sure` title read as no word. */
function broken(title: string): string | undefined {
  const glance = glanceTitle(title, noise, never);
  if (!glance) return undefined;
  const words = new Set(glance.words);
  const tokens = titleTokenSet(title, noise);
  if (glance.sure && tokens.size === 0) return `${title}: sure, read as no word`;
  for (const token of tokens) if (!words.has(token)) return `${title}: "${token}" not among ${glance.words}`;
  return undefined;
}

describe('glanceTitle', () => {
  it('keeps its promise on every real title, and glances at most of them', () => {
    const titles = realTitles();
    expect(titles.length).toBeGreaterThan(1_500);
    expect(titles.map(broken).filter((b) => b !== undefined)).toEqual([]);
    // The screen has something to settle: most real titles are glanced at, and sure.
    const sure = titles.filter((title) => glanceTitle(title, noise, never)?.sure).length;
    expect(sure).toBeGreaterThan(titles.length * 0.6);
  });

  it('keeps its promise on random text made of title pieces', () => {
    const pieces = [
      'Vendeur',
      'Vendeuse',
      '(se)',
      '(e)',
      '.e',
      '·ère',
      '/ne',
      '-euse',
      ' / ',
      ' - ',
      'H/F',
      'R&D',
      'r',
      'd',
      'e',
      'E-commerce',
      '3 D',
      'de',
      'l’',
      'CDI',
      'Stage',
      'Bac+2',
      '6 mois',
      '35h',
      '2026',
      'temps partiel',
      'recherche un',
      'Recrutement :',
      '[CDI]',
      'Conseiller',
      'vente',
      'Developer',
      'Garçon',
      'Fille',
      'Boulanger',
      'Metz',
    ];
    const spaced = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(' '));
    const glued = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(spaced, glued, fc.string({ maxLength: 40 })), (title) => {
        expect(broken(title)).toBeUndefined();
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads inline feminines, and leaves to a full reading what makes words of its own', () => {
    expect(glanceTitle('Vendeur(se) H/F', noise, never)?.words).toEqual(['vendeur', 'vendeuse']);
    expect(glanceTitle('Technicien R&D', noise, never)).toBeUndefined();
    expect(glanceTitle('Chargé E-commerce', noise, never)).toBeUndefined();
    expect(glanceTitle('Conseiller de vente', noise, never)).toBeUndefined();
    expect(glanceTitle('PHP Developer', noise, never)).toBeUndefined();
    expect(glanceTitle('Boulangerie Dupont recherche un vendeur', noise, never)).toBeUndefined();
    expect(glanceTitle('Serveur · Serveuse', noise, never)).toBeUndefined();
  });

  it('is sure only of a word no rule drops', () => {
    expect(glanceTitle('CDI - Urgent (H/F)', noise, never)?.sure).toBe(false);
    expect(glanceTitle('Stage 6 mois - Temps partiel', noise, never)?.sure).toBe(false);
    expect(glanceTitle("Chef d'équipe", noise, never)?.sure).toBe(true);
  });
});
