import { describe, expect, it } from 'vitest';
import { toOfferInput } from '@/utils/highlight/to-offer-input';
import { parseSalary } from '@/utils/matching/salary';
import { adapterFor, genericAdapter } from '@/utils/sites/registry';
import { loadPage } from '../sites/load-page';

function offersOf(path: string, url: string) {
  const page = new URL(url);
  return (adapterFor(page) ?? genericAdapter).extract(loadPage(path), page);
}

describe('toOfferInput', () => {
  it('maps a HelloWork card: text fields as read, nothing invented for what is missing', () => {
    const [first] = offersOf(
      'hellowork/listing-developpeur-montpellier-2026-03.html',
      'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=developpeur',
    );
    if (!first) throw new Error('fixture changed');
    expect(toOfferInput(first)).toEqual({
      title: 'Développeuse - Développeur Salesforce H/F',
      company: 'Capgemini',
      location: 'Montpellier - 34',
      contract: 'CDI',
      workTime: 'temps plein',
    });
  });

  it('prefers the structured salary, keeping its unit (yearly JSON-LD -> monthly bounds)', () => {
    const [offer] = offersOf(
      'cadremploi/synthetic-detail-2026.html',
      'https://www.cadremploi.fr/emploi/detail_offre?offreId=123',
    );
    if (!offer?.structured?.baseSalary) throw new Error('fixture changed');
    const salary = parseSalary(toOfferInput(offer).salary);
    const { min, max } = offer.structured.baseSalary;
    expect(salary.minMonthly).toBeCloseTo((min ?? 0) / 12, 0);
    expect(salary.maxMonthly).toBeCloseTo((max ?? 0) / 12, 0);
  });

  it('reads the microdata of a France Travail offer page: postal code, contract codes, months', () => {
    const [offer] = offersOf(
      'francetravail/synthetic-detail-2026.html',
      'https://candidat.francetravail.fr/offres/recherche/detail/184ABCD',
    );
    if (!offer) throw new Error('fixture changed');
    const input = toOfferInput(offer);
    expect(input.postalCode).toBe(offer.structured?.postalCode);
    expect(input.postalCode).toMatch(/^\d{5}$/);
    for (const code of offer.structured?.employmentType ?? []) expect(input.contract).toContain(code);
    expect(parseSalary(input.salary).period).toBe('month');
  });

  it('falls back to the structured address when the card has no place text', () => {
    const input = toOfferInput({
      element: {} as Element,
      title: 'Boulanger',
      structured: {
        addressLocality: 'Villeurbanne',
        addressRegion: 'Auvergne-Rhône-Alpes',
        monthsOfExperience: 24,
      },
      missing: ['location', 'experience'],
    });
    expect(input.location).toBe('Villeurbanne, Auvergne-Rhône-Alpes');
    expect(input.experience).toBe(24);
  });

  it('ignores a structured salary without an amount and keeps the card text', () => {
    const input = toOfferInput({
      element: {} as Element,
      salary: '1 900 € par mois',
      structured: { baseSalary: { currency: 'EUR' } },
      missing: [],
    });
    expect(input.salary).toBe('1 900 € par mois');
  });
});
