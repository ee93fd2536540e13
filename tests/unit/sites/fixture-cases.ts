import type { ExtractedOffer } from '../../../utils/sites/types';

/** One saved page, the URL it is read as, and what the adapter must find there. */
export interface FixtureCase {
  adapter: string;
  /** Path under tests/fixtures/pages/<adapter>/. */
  file: string;
  url: string;
  count: number;
  /** Exact field values of some offers, by index in page order. */
  offers: Record<number, Partial<Omit<ExtractedOffer, 'element' | 'missing'>> & { missing?: string[] }>;
  /** Offer ids that must not be found (decoys). */
  absentIds?: string[];
}

// Counts: real pages from /work/shared/fixtures/README.md (Indeed: see its case);
// values read from the HTML of each page.
export const FIXTURE_CASES: FixtureCase[] = [
  {
    adapter: 'hellowork',
    file: 'listing-developpeur-montpellier-2026-03.html',
    url: 'https://www.hellowork.com/fr-fr/emploi/recherche.html?k=d%C3%A9veloppeur&l=Montpellier',
    count: 30,
    offers: {
      0: {
        title: 'Développeuse - Développeur Salesforce H/F',
        company: 'Capgemini',
        location: 'Montpellier - 34',
        contract: 'CDI',
        workTime: 'temps plein',
        url: 'https://www.hellowork.com/fr-fr/emplois/76358876.html',
        missing: ['salary', 'experience'],
      },
      2: {
        title: 'Developpeur Kotlin H/F',
        company: "L'Industrie recrute",
        salary: '35 000 - 45 000 € / an',
        url: 'https://www.hellowork.com/fr-fr/emplois/75310548.html',
      },
      29: { title: 'Développeur Angular H/F', company: 'CELAD', salary: '45 000 - 55 000 € / an' },
    },
  },
  {
    adapter: 'hellowork',
    file: 'detail-employe-fruits-legumes-2025-05.html',
    url: 'https://www.hellowork.com/fr-fr/emplois/65789313.html',
    count: 1,
    offers: {
      0: {
        title: 'Employe Fruits et Legumes H/F',
        company: 'Groupement Mousquetaires',
        location: 'Toulouse (31000)',
        // From the page's summary tags: the JSON-LD names none (its employmentType is a working time).
        contract: 'CDI',
        workTime: 'FULL_TIME',
        experience: '12 mois',
        url: 'https://www.hellowork.com/fr-fr/emplois/65789313.html',
        missing: ['salary'],
      },
    },
  },
  {
    adapter: 'wttj',
    file: 'listing-2026-02.html',
    url: 'https://www.welcometothejungle.com/fr/jobs?query=stage',
    count: 36,
    offers: {
      0: {
        title: 'Stage : Technicien/Ingénieur Cybersécurité - H/F',
        company: 'Valeco',
        location: 'Montpellier',
        contract: 'Stage',
        url: 'https://www.welcometothejungle.com/fr/companies/valeco/jobs/stage-technicien-ingenieur-cybersecurite-h-f_montpellier_VALEC_O7Rb3eP',
      },
      2: { company: 'Driveco', location: 'Paris', salary: '850 à 1 250 € par mois' },
      35: { title: 'Startup Success / Portfolio Support / VC Platform', company: 'XAnge', contract: 'CDI' },
    },
  },
  {
    adapter: 'wttj',
    file: 'detail-lille-2025-06.html',
    url: 'https://www.welcometothejungle.com/fr/companies/vaduo-fr/jobs/developpeur-fullstack-java-js-confirme-h-f_lille',
    count: 1,
    offers: {
      0: {
        title: 'Développeur Fullstack Java-JS confirmé H/F',
        company: 'Vaduo',
        location: 'Lille (59000)',
        // From the page's metadata block, not the similar offers' contracts below it.
        contract: 'CDI',
        salary: '40000 - 55000 € / an',
        experience: '36 mois',
        structured: {
          addressLocality: 'Lille',
          postalCode: '59000',
          addressRegion: 'Nord',
          addressCountry: 'FR',
          employmentType: ['FULL_TIME'],
          baseSalary: { currency: 'EUR', min: 40000, max: 55000, unit: 'YEAR' },
          monthsOfExperience: 36,
          datePosted: '2025-06-16T08:28:02Z',
          validThrough: '2025-09-14T08:28:02.000Z',
        },
      },
    },
  },
  {
    adapter: 'linkedin',
    file: 'guest-listing-stage-france-2026-02.html',
    url: 'https://fr.linkedin.com/jobs/stage-emplois',
    count: 60,
    offers: {
      0: {
        title: '[EDS]Gestionnaire de scolarité Master 1',
        company: 'Université Paris 1 Panthéon-Sorbonne',
        location: 'Paris',
        url: 'https://fr.linkedin.com/jobs/view/eds-gestionnaire-de-scolarit%C3%A9-master-1-at-university-of-paris-i-panth%C3%A9on-sorbonne-4363101052',
        structured: { id: '4363101052' },
      },
      59: {
        title: 'Stage en Risk management',
        company: 'Sycomore Asset Management',
        structured: { id: '4347365256' },
      },
    },
  },
  {
    adapter: 'linkedin',
    file: 'synthetic-logged-in-classic-2026.html',
    url: 'https://www.linkedin.com/jobs/search/?keywords=comptable&location=Lyon',
    // The third list item is occluded (emptied by LinkedIn out of view): not an offer yet.
    count: 2,
    offers: {
      0: {
        title: 'Comptable général H/F',
        company: 'Fiducial',
        location: 'Lyon, Auvergne-Rhône-Alpes, France (Sur site)',
        salary: '32 k € - 38 k €/an',
        url: 'https://www.linkedin.com/jobs/view/4367012345/',
      },
      1: { title: 'Assistant comptable (F/H) - CDD 6 mois', company: 'Groupe Casino' },
    },
  },
  {
    adapter: 'linkedin',
    file: 'synthetic-logged-in-new-2026.html',
    url: 'https://www.linkedin.com/jobs/search-results/?keywords=vendeur',
    count: 2,
    offers: {
      0: {
        title: 'Vendeur / Vendeuse sport H/F',
        company: 'Decathlon',
        location: 'Lille, Hauts-de-France, France (Sur site)',
        salary: '1 850 € - 2 000 €/mois',
        url: 'https://www.linkedin.com/jobs/view/4370001111/',
      },
      1: {
        title: 'Responsable de rayon (F/H)',
        company: 'Leroy Merlin France',
        missing: ['contract', 'salary', 'workTime', 'experience'],
      },
    },
  },
  {
    adapter: 'linkedin',
    file: 'synthetic-links-only-2026.html',
    url: 'https://www.linkedin.com/jobs/search/?keywords=maintenance',
    count: 3,
    offers: {
      0: {
        title: 'Technicien de maintenance industrielle H/F',
        url: 'https://www.linkedin.com/jobs/view/4371234567/',
      },
      1: { title: 'Électromécanicien (F/H)', url: 'https://www.linkedin.com/jobs/view/4379876543/' },
      2: { title: 'Technicien méthodes', structured: { id: '4375550001' } },
    },
  },
  {
    adapter: 'indeed',
    file: 'listing-egypt-english-2026-07.html',
    url: 'https://fr.indeed.com/jobs?q=Frontend&l=Egypt',
    // README counts 16 `.job_seen_beacon`; one of them is Indeed's hidden decoy card
    // (aria-hidden, job key 123456789abcdef0, absent from mosaic-data): 15 offers.
    count: 15,
    absentIds: ['123456789abcdef0'],
    offers: {
      0: {
        title: 'PHP Developer – PHP, JavaScript, JSON',
        company: 'AceOne Technologies',
        location: 'Jonesboro, AR 72401 (Central Jonesboro area)',
        url: 'https://fr.indeed.com/viewjob?jk=b974b400e0228d67',
      },
      // Salary and job type come from <script id="mosaic-data"> only: the cards do not print them.
      14: {
        title: 'Senior iOS Developer',
        company: 'Alchemy',
        salary: 'Up to $65 an hour',
        contract: 'Contract',
        structured: {
          id: '83e021b39b882ffd',
          employmentType: ['Contract'],
          baseSalary: { max: 65, unit: 'HOUR', currency: 'USD' },
        },
      },
    },
  },
  {
    adapter: 'indeed',
    file: 'synthetic-fr-listing-mosaic-2026.html',
    url: 'https://fr.indeed.com/jobs?q=D%C3%A9veloppeur&l=Nantes+(44)',
    count: 4,
    absentIds: ['0123456789abcdef'],
    offers: {
      0: {
        title: 'Développeur Java H/F',
        company: 'Sopra Steria',
        location: 'Nantes (44)',
        salary: '38 000 € - 45 000 € par an',
        contract: 'CDI',
      },
      1: {
        contract: 'CDI',
        workTime: 'Temps plein',
        structured: {
          id: '8b1e4d2c9a7f3e61',
          employmentType: ['CDI', 'Temps plein'],
          baseSalary: { min: 2500, max: 2900, unit: 'MONTH', currency: 'EUR' },
        },
      },
      3: {
        title: 'Technicien support informatique N1',
        salary: 'À partir de 13 € par heure',
        contract: 'Intérim',
        url: 'https://fr.indeed.com/viewjob?jk=5e9f1a3b7c2d4e08',
      },
    },
  },
  {
    adapter: 'indeed',
    file: 'synthetic-offer-page-2026.html',
    url: 'https://fr.indeed.com/viewjob?jk=3f2a9c1d7e6b5a40&from=serp',
    count: 1,
    offers: {
      0: {
        title: 'Développeur Java H/F',
        company: 'Sopra Steria',
        location: 'Nantes (44)',
        salary: '38 000 € - 45 000 € par an',
        contract: 'CDI',
        url: 'https://fr.indeed.com/viewjob?jk=3f2a9c1d7e6b5a40',
      },
    },
  },
  {
    adapter: 'francetravail',
    file: 'error-404-2026-02.html',
    url: 'https://candidat.francetravail.fr/offres/recherche/detail/184ZZZZ',
    count: 0,
    offers: {},
  },
  {
    adapter: 'francetravail',
    file: 'synthetic-listing-2026.html',
    url: 'https://candidat.francetravail.fr/offres/recherche?motsCles=aide-soignant&lieux=69123',
    count: 4,
    offers: {
      0: {
        title: 'Aide-soignant / Aide-soignante de nuit (H/F)',
        company: 'CLINIQUE DU PARC',
        location: '69 - LYON 06',
        contract: 'CDI',
        workTime: 'Temps plein',
        url: 'https://candidat.francetravail.fr/offres/recherche/detail/184KQWZ',
      },
      2: {
        title: 'Agent / Agente de service hospitalier',
        location: '69 - LYON 03',
        contract: 'Intérim - 1 Mois',
        missing: ['company', 'salary', 'workTime', 'experience'],
      },
    },
  },
  {
    adapter: 'francetravail',
    file: 'synthetic-detail-2026.html',
    url: 'https://candidat.francetravail.fr/offres/recherche/detail/184KQWZ',
    count: 1,
    offers: {
      0: {
        title: 'Aide-soignant / Aide-soignante de nuit (H/F)',
        company: 'CLINIQUE DU PARC',
        location: 'Lyon 6e Arrondissement (69006)',
        contract: 'Contrat à durée indéterminée',
        workTime: 'Temps plein',
        salary: '2100 - 2400 € / mois',
        experience: '1 an - en établissement de santé',
        missing: [],
      },
    },
  },
  {
    adapter: 'apec',
    file: 'synthetic-listing-2026.html',
    url: 'https://www.apec.fr/candidat/recherche-emploi.html/emploi?motsCles=controleur%20de%20gestion',
    count: 3,
    offers: {
      0: {
        title: 'Contrôleur de gestion industriel H/F',
        company: 'LACTALIS',
        location: 'Laval - 53',
        contract: 'CDI',
        salary: '45 - 55 k€ brut annuel',
        structured: { id: '177182451W' },
      },
      1: { company: 'CABINET EXPERTS & ASSOCIÉS', contract: 'CDD', salary: 'A négocier' },
    },
  },
  {
    adapter: 'cadremploi',
    file: 'synthetic-listing-2026.html',
    url: 'https://www.cadremploi.fr/emploi/liste_offres?motscles=chef+de+projet+informatique&lieux=lyon',
    count: 3,
    offers: {
      0: {
        title: 'Chef de projet informatique H/F',
        company: 'Groupe SEB',
        location: 'Écully (69)',
        contract: 'CDI',
        salary: '55 - 65 k€ / an',
        structured: { id: '158912347' },
      },
      2: {
        title: 'Chef de projet ERP SAP H/F',
        company: 'Hays',
        salary: '550 € / jour',
        url: 'https://www.cadremploi.fr/emploi/offre/chef-de-projet-erp-sap-h-f-lyon-158941188',
      },
    },
  },
  {
    adapter: 'cadremploi',
    file: 'synthetic-detail-2026.html',
    url: 'https://www.cadremploi.fr/emploi/detail_offre?offreId=158912347',
    count: 1,
    offers: {
      0: {
        title: 'Chef de projet informatique H/F',
        company: 'Groupe SEB',
        location: 'Écully (69130)',
        salary: '55000 - 65000 € / an',
        experience: '5 ans minimum sur un poste similaire',
      },
    },
  },
  {
    adapter: 'meteojob',
    file: 'synthetic-listing-2026.html',
    url: 'https://www.meteojob.com/jobs?what=pr%C3%A9parateur+de+commandes&where=Lille',
    count: 3,
    offers: {
      0: {
        title: 'Préparateur de commandes H/F',
        company: 'Randstad',
        location: 'Lesquin (59)',
        contract: 'Intérim',
        salary: '11,88 € / heure',
        structured: { id: '33651204' },
      },
      1: { company: 'Leroy Merlin', missing: ['salary', 'workTime', 'experience'] },
    },
  },
  {
    adapter: 'jsonld',
    file: 'synthetic-graph-2026.html',
    url: 'https://recrutement.maison-lemoine.fr/offres/boulanger-tours/',
    count: 1,
    offers: {
      0: {
        title: 'Boulanger / Boulangère H/F',
        company: 'Maison Lemoine',
        location: 'Tours (37000)',
        salary: '13.5 € / heure',
        experience: '24 mois',
        workTime: 'FULL_TIME',
        structured: { occupationalCategory: 'D1102 Boulangerie - viennoiserie', monthsOfExperience: 24 },
      },
    },
  },
  {
    adapter: 'jsonld',
    file: 'synthetic-itemlist-2026.html',
    url: 'https://www.transports-girard.fr/emplois/',
    count: 2,
    offers: {
      0: {
        title: 'Conducteur routier SPL H/F',
        company: 'Transports Girard',
        contract: 'TEMPORARY',
        workTime: 'FULL_TIME',
        url: 'https://www.transports-girard.fr/emplois/conducteur-spl',
      },
      1: {
        location: 'Saran (45770) ; Blois (41000)',
        salary: '24000 - 28000 € / an',
        url: 'https://www.transports-girard.fr/emplois/agent-exploitation',
      },
    },
  },
  {
    adapter: 'jsonld',
    file: 'synthetic-microdata-2026.html',
    url: 'https://www.breizh-elec.fr/offres/electricien-rennes',
    count: 1,
    offers: {
      0: {
        title: 'Électricien bâtiment H/F',
        company: 'Breizh Élec',
        location: 'Rennes (35000)',
        contract: 'CDD',
        salary: '2 200 € brut mensuel',
        experience: '3 ans',
        url: 'https://www.breizh-elec.fr/offres/electricien-rennes',
      },
    },
  },
  {
    adapter: 'jsonld',
    file: 'synthetic-no-posting-2026.html',
    url: 'https://www.exemple-conseils.fr/entretien',
    count: 0,
    offers: {},
  },
];
