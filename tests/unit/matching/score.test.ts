import { describe, expect, it } from 'vitest';
import type { MatchMetier, MatchProfile } from '@/utils/matching/match-profile';
import type { OfferInput } from '@/utils/matching/offer';
import { compileMatchProfile, scoreOffer, WEIGHTS, weightedScore } from '@/utils/matching/score';
import { matchProfileOf } from './match-profile-of';

const boulanger: MatchMetier = {
  label: 'Boulanger / Boulangère',
  romeCode: 'D1102',
  titleForms: [
    'boulanger',
    'boulangere',
    'ouvrier boulanger',
    'boulanger patissier',
    'boulangere patissiere',
  ],
  relatedForms: ['patissier', 'patissiere'],
  zone: {
    communes: [
      { name: 'lyon', departement: '69', postalCodes: ['69001'], km: 0, near: 'Lyon' },
      { name: 'lyon 3e arrondissement', departement: '69', postalCodes: ['69003'], km: 1.8, near: 'Lyon' },
      { name: 'villeurbanne', departement: '69', postalCodes: ['69100'], km: 4.6, near: 'Lyon' },
      { name: 'saint denis', departement: '69', postalCodes: [], km: 25, near: 'Lyon' },
    ],
    departements: [{ code: '38', label: 'Isère' }],
    regions: [],
    centers: [{ label: 'Lyon', lat: 45.758, lon: 4.835, radiusKm: 30 }],
    unrestricted: false,
  },
  contracts: ['CDI', 'CDD'],
  minMonthlySalary: 1900,
  workTimes: ['full'],
  experienceMonths: 36,
};

const profile = (metiers: MatchMetier[], extra: Partial<MatchProfile> = {}) =>
  compileMatchProfile(matchProfileOf(metiers, extra));

const compiled = profile([boulanger]);

describe('scoreOffer', () => {
  it('matches a real-looking offer of the métier in the zone, with every reason', () => {
    const result = scoreOffer(
      {
        title: 'Boulanger (H/F)',
        location: '69 - VILLEURBANNE',
        contract: 'CDI',
        salary: 'Mensuel de 2100.00 Euros sur 12 mois',
        workTime: 'Temps plein',
        experience: 'Expérience exigée de 2 An(s)',
      },
      compiled,
    );
    expect(result.verdict).toBe('match');
    expect(result.score).toBe(100);
    expect(result.metier).toBe('Boulanger / Boulangère');
    expect(result.criteria.place).toEqual({ status: 'ok', reason: '4,6 km de Lyon' });
    expect(result.criteria.contract).toEqual({ status: 'ok', reason: 'CDI' });
    expect(result.criteria.salary).toEqual({ status: 'ok', reason: '2 100 €/mois' });
    expect(result.criteria.workTime.status).toBe('ok');
    expect(result.criteria.experience.status).toBe('ok');
  });

  it('lets the title decide: another métier never matches, whatever else fits', () => {
    const result = scoreOffer({ title: 'Comptable H/F', location: 'Lyon', contract: 'CDI' }, compiled);
    expect(result.verdict).toBe('no');
    expect(result.score).toBe(0);
    expect(result.criteria.title.status).toBe('ko');
  });

  it('gives a partial title for a sibling fiche of the same parent code', () => {
    const result = scoreOffer({ title: 'Pâtissière', location: 'Lyon 3e' }, compiled);
    expect(result.criteria.title.status).toBe('partial');
    expect(result.verdict).toBe('partial');
    expect(result.criteria.place).toEqual({ status: 'ok', reason: '1,8 km de Lyon' });
  });

  it('never counts unknown criteria as failures', () => {
    const result = scoreOffer({ title: 'Boulangère' }, compiled);
    expect(result.verdict).toBe('match');
    expect(result.score).toBe(100);
    expect(result.criteria.salary).toEqual({ status: 'unknown', reason: 'salaire non indiqué' });
    expect(result.criteria.place.status).toBe('unknown');
  });

  it('says why a contract, a salary or a working time does not fit', () => {
    const result = scoreOffer(
      {
        title: 'Ouvrier boulanger',
        contract: 'Intérim',
        salary: '1 500 € brut par mois',
        workTime: 'Temps partiel',
      },
      compiled,
    );
    expect(result.verdict).toBe('partial');
    expect(result.criteria.contract).toEqual({ status: 'ko', reason: 'intérim, vous cherchez : CDI, CDD' });
    expect(result.criteria.salary).toEqual({ status: 'ko', reason: '1 500 €/mois, vous demandez 1 900 €' });
    expect(result.criteria.workTime).toEqual({
      status: 'ko',
      reason: 'temps partiel, vous cherchez un temps plein',
    });
    // title 40 ok out of 40 + 15 + 10 + 10 known
    expect(result.score).toBe(Math.round((100 * 40) / 75));
  });

  it('does not compare a salary in another currency with a minimum in euros', () => {
    const salaryOf = (salary: OfferInput['salary']) =>
      scoreOffer({ title: 'Boulanger', salary }, compiled).criteria.salary;
    // Real Indeed cards (tests/fixtures/pages/indeed/listing-egypt-english-2026-07.html), and others.
    for (const [salary, name] of [
      ['$109,500 - $139,300 a year', 'dollars'],
      ['From $100 an hour', 'dollars'],
      ['£45,000 a year', 'livres sterling'],
      ['CHF 8000 par mois', 'francs suisses'],
    ] as const) {
      expect(salaryOf(salary), salary).toEqual({
        status: 'unknown',
        reason: `salaire en ${name}, non comparé`,
      });
    }
    // An unknown salary costs nothing: the offer still matches.
    expect(scoreOffer({ title: 'Boulanger', salary: '$109,500 a year' }, compiled).verdict).toBe('match');
    // Below the minimum as a number, but in another currency: no failure either.
    expect(salaryOf('Up to $12 an hour').status).toBe('unknown');
    // JSON-LD names its currency by code.
    const jsonLd = {
      '@type': 'MonetaryAmount',
      currency: 'CAD',
      value: { '@type': 'QuantitativeValue', value: 60000, unitText: 'YEAR' },
    };
    expect(salaryOf(jsonLd)).toEqual({ status: 'unknown', reason: 'salaire en CAD, non comparé' });
    // Euros, or no currency at all, are compared.
    expect(salaryOf('2 100 EUR par mois').status).toBe('ok');
    expect(salaryOf('1500 par mois').status).toBe('ko');
  });

  it('compares a salary range on its top', () => {
    const result = scoreOffer({ title: 'Boulanger', salary: 'De 1 800 à 2 000 € par mois' }, compiled);
    expect(result.criteria.salary.status).toBe('ok');
  });

  it('places offers outside the zone, in an accepted département, or remote', () => {
    expect(
      scoreOffer({ title: 'Boulanger', location: '75 - Paris 15e Arrondissement' }, compiled).criteria.place
        .status,
    ).toBe('ko');
    expect(scoreOffer({ title: 'Boulanger', location: 'Grenoble (38)' }, compiled).criteria.place).toEqual({
      status: 'ok',
      reason: 'Isère (38)',
    });
    expect(
      scoreOffer({ title: 'Boulanger', location: 'Télétravail complet' }, compiled).criteria.place.status,
    ).toBe('ok');
    expect(scoreOffer({ title: 'Boulanger', location: 'Rhône' }, compiled).criteria.place.status).toBe(
      'partial',
    );
  });

  it('places a city’s area (LinkedIn) or a district that is no commune at its commune', () => {
    const placeOf = (location: string) =>
      scoreOffer({ title: 'Boulanger', location }, compiled).criteria.place;
    // Read as an unknown commune, these were "hors de votre zone" for a home in Lyon.
    expect(placeOf('Lyon et périphérie')).toEqual({ status: 'ok', reason: 'à Lyon' });
    expect(placeOf('Greater Lyon Area')).toEqual({ status: 'ok', reason: 'à Lyon' });
    // A metropole, a district or a park that is no commune is read as its commune (geo/commune-aliases.ts).
    expect(placeOf('Grand Lyon')).toEqual({ status: 'ok', reason: 'à Lyon' });
    expect(placeOf('La Part-Dieu')).toEqual({ status: 'ok', reason: 'à Lyon' });
    // Were unknown communes too, so "hors de votre zone".
    expect(placeOf('Lyon +2 lieux')).toEqual({ status: 'ok', reason: 'à Lyon' });
    expect(placeOf('Partout en France')).toEqual({ status: 'partial', reason: 'toute la France' });
    expect(placeOf('Plusieurs lieux')).toEqual({ status: 'unknown', reason: 'lieu non indiqué' });
    expect(placeOf('Paris et périphérie').reason).toBe('hors de votre zone, Paris (75)');
  });

  it('places an offer that lists several places in any of them', () => {
    const placeOf = (location: string, against = compiled) =>
      scoreOffer({ title: 'Boulanger', location }, against).criteria.place;
    // Communes, as Welcome to the Jungle lists them ("Bordeaux, Paris").
    expect(placeOf('Paris, Villeurbanne')).toEqual({ status: 'ok', reason: '4,6 km de Lyon' });
    expect(placeOf('Bordeaux, Paris').status).toBe('ko');
    // Régions, as HelloWork lists them ("Nouvelle-Aquitaine - Occitanie"): the zone has communes in the second.
    expect(placeOf('Occitanie - Auvergne-Rhône-Alpes')).toEqual({
      status: 'partial',
      reason: 'Auvergne-Rhône-Alpes, ville non précisée',
    });
    expect(placeOf('Occitanie - Bretagne')).toEqual({
      status: 'ko',
      reason: 'Occitanie, hors de votre zone',
    });
    // A région the person accepts, second in the list.
    const occitanie = profile([
      { ...boulanger, zone: { ...boulanger.zone, regions: [{ code: '76', label: 'Occitanie' }] } },
    ]);
    expect(placeOf('Nouvelle-Aquitaine - Occitanie', occitanie)).toEqual({
      status: 'ok',
      reason: 'Occitanie',
    });
  });

  it('says a place outside France is abroad, and measures a border city from the accepted places', () => {
    const placeOf = (location: string, against = compiled) =>
      scoreOffer({ title: 'Boulanger', location }, against).criteria.place;
    // Indeed's English cards (a real fixture): hors de votre zone said nothing of the ocean between.
    expect(placeOf('United States')).toEqual({ status: 'ko', reason: "à l'étranger (États-Unis)" });
    expect(placeOf('Jonesboro, AR 72401')).toEqual({ status: 'ko', reason: "à l'étranger (États-Unis)" });
    // Remote from the United States is no remote job for a home in France.
    expect(placeOf('Remote in United States')).toEqual({ status: 'ko', reason: "à l'étranger (États-Unis)" });
    expect(placeOf('Full remote')).toEqual({ status: 'ok', reason: 'télétravail complet' });
    expect(placeOf('Sydney, Australia')).toEqual({ status: 'ko', reason: "à l'étranger (Australie)" });
    expect(placeOf('Lisbonne')).toEqual({ status: 'ko', reason: "à l'étranger (Portugal)" });
    // A border city is measured: Geneva is 112 km from Lyon as the crow flies, 8 from Annemasse.
    expect(placeOf('Genève, Suisse')).toEqual({
      status: 'ko',
      reason: "à l'étranger (Suisse), 112 km de Lyon",
    });
    const annemasse = profile([
      {
        ...boulanger,
        zone: { ...boulanger.zone, centers: [{ label: 'Annemasse', lat: 46.19, lon: 6.24, radiusKm: 20 }] },
      },
    ]);
    expect(placeOf('Genève', annemasse)).toEqual({ status: 'ok', reason: "7,8 km d'Annemasse (Suisse)" });
    expect(placeOf('Lausanne (Suisse)', annemasse)).toEqual({
      status: 'ko',
      reason: "à l'étranger (Suisse), 47 km d'Annemasse",
    });
    // A French place that names a country is French: Suisse is a commune of the Moselle too.
    expect(placeOf('Suisse (57)').reason).toBe('hors de votre zone, Moselle (57)');
    expect(placeOf('Villeurbanne, près de Genève')).toEqual({ status: 'ok', reason: '4,6 km de Lyon' });
  });

  it('never takes a city abroad for the French commune of its name, nor that commune for a département', () => {
    const drome = profile([
      {
        ...boulanger,
        zone: {
          ...boulanger.zone,
          communes: [
            { name: 'valence', departement: '26', postalCodes: ['26000'], km: 0, near: 'Valence' },
            { name: 'vienne', departement: '38', postalCodes: ['38200'], km: 27, near: 'Lyon' },
          ],
          departements: [{ code: '86', label: 'Vienne' }],
        },
      },
    ]);
    const placeOf = (location: string) => scoreOffer({ title: 'Boulanger', location }, drome).criteria.place;
    expect(placeOf('Valence')).toEqual({ status: 'ok', reason: 'à Valence' });
    // The country names the place: no Valence of the Drôme, no Vienne (86) the profile accepts.
    expect(placeOf('Valence, Espagne')).toEqual({ status: 'ko', reason: "à l'étranger (Espagne)" });
    expect(placeOf('Valence, pays ES')).toEqual({ status: 'ko', reason: "à l'étranger (Espagne)" });
    expect(placeOf('Vienne, Autriche')).toEqual({ status: 'ko', reason: "à l'étranger (Autriche)" });
    // France Travail's "38 - VIENNE" is the Isère's Vienne, in the zone; the département's name alone is the 86.
    expect(placeOf('38 - VIENNE')).toEqual({ status: 'ok', reason: '27 km de Lyon' });
    expect(placeOf('Vienne')).toEqual({ status: 'ok', reason: 'Vienne (86)' });
  });

  it('uses coordinates when the source gives them', () => {
    const result = scoreOffer(
      { title: 'Boulanger', location: '69 - Bron', coordinates: { lat: 45.73, lon: 4.91 } },
      compiled,
    );
    expect(result.criteria.place.status).toBe('ok');
    expect(result.criteria.place.reason).toMatch(/^\d+,?\d* km de Lyon$/);
  });

  it('keeps the best of two métiers', () => {
    const dev: MatchMetier = {
      ...boulanger,
      label: 'Développeur web',
      titleForms: ['developpeur web'],
      relatedForms: [],
    };
    const result = scoreOffer({ title: 'Développeur web H/F', location: 'Lyon' }, profile([boulanger, dev]));
    expect(result.verdict).toBe('match');
    expect(result.metier).toBe('Développeur web');
  });

  it('never marks an offer with an excluded keyword or company', () => {
    const withExclusions = profile([boulanger], {
      excludedKeywords: ['Industriel'],
      excludedCompanies: ['Mie Câline'],
    });
    const byKeyword = scoreOffer({ title: 'Boulanger industriel' }, withExclusions);
    expect(byKeyword.verdict).toBe('no');
    expect(byKeyword.criteria.title.reason).toBe('mot exclu : industriel');
    const byCompany = scoreOffer({ title: 'Boulanger', company: 'La Mie Caline' }, withExclusions);
    expect(byCompany.verdict).toBe('match');
    expect(scoreOffer({ title: 'Boulanger', company: 'MIE CÂLINE' }, withExclusions).verdict).toBe('no');
  });

  it('says so when the profile has no métier', () => {
    const result = scoreOffer({ title: 'Boulanger' }, profile([]));
    expect(result.verdict).toBe('no');
    expect(result.criteria.title.status).toBe('unknown');
  });
});

describe('weights', () => {
  it('add up to 100 and weigh the title most', () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    expect(Math.max(...Object.values(WEIGHTS))).toBe(WEIGHTS.title);
  });

  it('count partial as half and leave unknown out', () => {
    const u = { status: 'unknown' as const, reason: '' };
    expect(
      weightedScore({
        title: { status: 'ok', reason: '' },
        place: { status: 'partial', reason: '' },
        contract: { status: 'ko', reason: '' },
        salary: u,
        workTime: u,
        experience: u,
      }),
    ).toBe(Math.round((100 * (40 + 10)) / 75));
  });
});
