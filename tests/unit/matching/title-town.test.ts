/**
 * The offer's own town, département or région named in its title ("Agent
 * d'exploitation à Metz", "Conseiller de vente - Bordeaux", "Commercial
 * Île-de-France") is no word of its métier (title.ts withoutNames,
 * parse-offer.ts).
 */
import { describe, expect, it } from 'vitest';
import type { OfferInput } from '@/utils/matching/offer';
import { titleNamesItsOffer } from '@/utils/matching/parse-offer';
import { PARSE_TABLES } from '@/utils/matching/parse-tables';
import { titleTokens } from '@/utils/matching/title';
import { codeTitleStatus, offerTokens as tokensOf } from './code-status';

describe("the offer's town in its title", () => {
  it('is left out of the title words, with the word before it', () => {
    expect(tokensOf({ title: "Agent d'exploitation à metz (H/F)", location: '57 - Metz' })).toEqual([
      'agent',
      'exploitation',
    ]);
    expect(tokensOf({ title: 'Infirmier - Saint-Étienne', location: '42 - Saint-Étienne' })).toEqual([
      'infirmier',
    ]);
    // An arrondissement's city ("Paris 15e Arrondissement" is Paris's).
    expect(tokensOf({ title: 'Data Analyst - Paris', location: '75 - Paris 15e Arrondissement' })).toEqual([
      'data',
      'analyst',
    ]);
    expect(
      tokensOf({ title: 'Développeur IA Générative - Montpellier H/F', location: 'Montpellier - 34' }),
    ).toEqual(['developpeur', 'ia', 'generative']);
  });

  it('is left out with its département or région', () => {
    expect(tokensOf({ title: 'Commercial Île-de-France H/F', location: '75 - Paris' })).toEqual([
      'commercial',
    ]);
    expect(tokensOf({ title: 'Infirmier - Haute-Savoie', location: '74 - Annecy' })).toEqual(['infirmier']);
    expect(tokensOf({ title: 'Technicien de maintenance Bretagne', location: '35 - Rennes' })).toEqual([
      'technicien',
      'maintenance',
    ]);
    // The last word of a name alone is not the name ("Seine-Maritime").
    expect(tokensOf({ title: 'Agent maritime', location: '76 - Le Havre' })).toEqual(['agent', 'maritime']);
  });

  it('is kept when the title is nothing else, or names another town', () => {
    expect(tokensOf({ title: 'Metz', location: 'Metz (57)' })).toEqual(['metz']);
    expect(tokensOf({ title: 'Vendeur - Metz', location: 'Nancy (54)' })).toEqual(['vendeur', 'metz']);
    expect(tokensOf({ title: 'Vendeur - Metz' })).toEqual(['vendeur', 'metz']);
    // A word of the town alone is not the town ("Saint" of Saint-Étienne).
    expect(tokensOf({ title: 'Agent saint', location: '42 - Saint-Étienne' })).toEqual(['agent', 'saint']);
  });

  it('does not reach the same title at another place (titles are cached)', () => {
    const title = 'Comptable fournisseurs - Nantes';
    expect(tokensOf({ title, location: '44000 Nantes' })).toEqual(['comptable', 'fournisseurs']);
    expect(tokensOf({ title, location: 'Rennes (35)' })).toEqual(['comptable', 'fournisseurs', 'nantes']);
    expect(tokensOf({ title, location: '44000 Nantes' })).toEqual(['comptable', 'fournisseurs']);
    expect(titleTokens(title)).toEqual(['comptable', 'fournisseurs', 'nantes']);
  });

  it("lets the title be read as its trade's", () => {
    // The town was an unexplained word: no appellation of the operators' fiche took the title.
    const exploitation = { title: "Agent d'exploitation à metz (H/F)", location: '57 - Metz' };
    expect(codeTitleStatus({ title: exploitation.title }, 'K2507')).not.toBe('ok');
    expect(codeTitleStatus(exploitation, 'K2507')).toBe('ok');
    // "Conseiller de vente" is read as the sellers' "Vendeur conseil" only when it is the whole title.
    const seller = { title: 'Conseiller de vente - Bordeaux', location: 'Bordeaux (33)' };
    expect(codeTitleStatus({ title: seller.title }, 'D1211')).not.toBe('ok');
    expect(codeTitleStatus(seller, 'D1211')).toBe('ok');
    // "Data Analyst - Paris" was the sports performance analysts' too (G1211), and not the data scientists' (M1405).
    const analyst = { title: 'Data Analyst - Paris', location: '75 - Paris 15e Arrondissement' };
    expect(codeTitleStatus({ title: analyst.title }, 'G1211')).toBe('ok');
    expect(codeTitleStatus(analyst, 'G1211')).not.toBe('ok');
    expect(codeTitleStatus(analyst, 'M1405')).toBe('ok');
    // "Technicien de maintenance Bretagne" was nobody's match; "Commercial Île-de-France" the architects'.
    const maintenance = { title: 'Technicien de maintenance Bretagne', location: '35 - Rennes' };
    expect(codeTitleStatus({ title: maintenance.title }, 'I1304')).not.toBe('ok');
    expect(codeTitleStatus(maintenance, 'I1304')).toBe('ok');
    const commercial = { title: 'Commercial Île-de-France H/F', location: '75 - Paris' };
    expect(codeTitleStatus({ title: commercial.title }, 'F1101')).toBe('ok');
    expect(codeTitleStatus(commercial, 'F1101')).not.toBe('ok');
    expect(codeTitleStatus(commercial, 'D1401')).toBe('ok');
  });
});

describe('titleNamesItsOffer: what the page reads a card whole for, though its title alone fits nothing', () => {
  const names = (offer: OfferInput) => titleNamesItsOffer(offer, PARSE_TABLES);

  it('is true for a title that names its own town, département or région, or opens with its company', () => {
    expect(names({ title: "Agent d'exploitation à metz (H/F)", location: '57 - Metz' })).toBe(true);
    expect(names({ title: 'Data Analyst - Paris', location: '75 - Paris 15e Arrondissement' })).toBe(true);
    expect(names({ title: 'Commercial Île-de-France', location: 'Île-de-France' })).toBe(true);
    expect(names({ title: 'SAINT LAURENT - Retail Operations Assistant', company: 'Saint Laurent' })).toBe(
      true,
    );
    // Read as English, the job noun first: the name no longer opens the reading, it is still found.
    expect(names({ title: 'SAINT LAURENT Stage HR Assistant H/F', company: 'Saint Laurent' })).toBe(true);
  });

  it("is true for a title holding its company's first word anywhere, which the reading again leaves as it was", () => {
    expect(names({ title: 'Vendeur - Boulanger', company: 'Boulanger' })).toBe(true);
    expect(tokensOf({ title: 'Vendeur - Boulanger', company: 'Boulanger' })).toEqual([
      'vendeur',
      'boulanger',
    ]);
  });

  it('is false for a title that names neither, or another town', () => {
    expect(names({ title: 'Data Analyst', location: 'Paris', company: 'Saint Laurent' })).toBe(false);
    expect(names({ title: 'Data Analyst - Lyon', location: 'Paris' })).toBe(false);
    expect(names({ title: 'Data Analyst - Paris' })).toBe(false);
  });
});
