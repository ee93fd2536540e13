import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../utils/matching/normalize';
import { cleanTitle, formTokens, titleForms, titleTokens } from '../../../utils/matching/title';

/** Long labels ("Boulanger / Boulangère") of a sample of the ROME 4.0 appellations file. */
function romeLongLabels(): string[] {
  const url = new URL('../../fixtures/matching/rome-appellation-labels-v460-sample.tsv', import.meta.url);
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t')[0] ?? '');
}

describe('titleForms on real offer titles', () => {
  // Titles from the fixtures: Offres v2 answer, HelloWork, WTTJ and LinkedIn listings.
  it.each([
    ['Rectifieur (h/f)', ['rectifieur']],
    ['Agent Polyvalent en Résidence Autonomie (H/F)', ['agent polyvalent en residence autonomie']],
    [
      'Technicien / Technicienne de maintenance en équipements industriels (H/F)',
      [
        'technicien de maintenance en equipements industriels',
        'technicienne de maintenance en equipements industriels',
      ],
    ],
    ['Développeuse - Développeur Salesforce H/F', ['developpeur salesforce', 'developpeuse salesforce']],
    ['Developper Back-End Java Senior H/F', ['developper back end java']],
    ['Alternance - Développeur IA - Bac+3 - Bac+4 H/F', ['developpeur ia']],
    ['Développeur Fullstack Java-JS confirmé H/F', ['developpeur fullstack java js']],
    ['Assistant(e) Chef(fe) de produit -', ['assistant chef de produit', 'assistante cheffe de produit']],
    ['Chargé.e de recrutement & RH - Stage (H/F)', ['charge de recrutement rh', 'chargee de recrutement rh']],
    [
      'STAGE - ASSISTANT.E SOCIAL MEDIA (F/H/X) - FEVRIER 2026',
      ['assistant social media', 'assistante social media'],
    ],
    [
      'Stage Chargé (e) d’affaire Informatique',
      ['charge d affaire informatique', 'chargee d affaire informatique'],
    ],
    ['Auditeur junior/Auditrice junior H/F', ['auditeur', 'auditrice']],
    ['Stagiaire Chef(e) de Projets Vintage H/F', ['chef de projets vintage', 'chefe de projets vintage']],
    [
      "Agent d'accueil logistique - Survilliers - Stage 6 mois- H/F",
      ['agent d accueil logistique survilliers'],
    ],
    ['Employe Fruits et Legumes H/F', ['employe fruits et legumes']],
    [
      'Arenametrix recherche un(e)  Data integration manager en stage de fin d’études',
      ['data integration manager'],
    ],
    ['Chef de projet construction ( Stage ou Alternance)', ['chef de projet construction']],
    ['Analyste Financier - Stage - H/F (Février / Mars 2026)', ['analyste financier']],
    ['Vendeur / Vendeuse - Caissier / Caissière', ['vendeur caissier', 'vendeuse caissiere']],
    [
      'Juriste chargé·e de recrutement / contentieux (Paris)',
      ['juriste charge de recrutement contentieux paris', 'juriste chargee de recrutement contentieux paris'],
    ],
  ])('%s', (raw, expected) => {
    expect(titleForms(raw)).toEqual(expected);
  });
});

describe('titleForms on the gender markers of the brief', () => {
  it.each([
    // The welding process's number is no word of any appellation (title-numbers.test.ts).
    ['SOUDEUR NAVALE LICENCE 111 (H/F)', ['soudeur navale licence']],
    ['Vendeur / Vendeuse', ['vendeur', 'vendeuse']],
    ['Vendeur(se)', ['vendeur', 'vendeuse']],
    ['Serveur.euse', ['serveur', 'serveuse']],
    ['Conseiller·ère', ['conseiller', 'conseillere']],
    ['Vendeur-euse', ['vendeur', 'vendeuse']],
    ['Technicien/ne', ['technicien', 'technicienne']],
    ['Directeur·rice commercial·e F/H', ['directeur commercial', 'directrice commerciale']],
    ['Infirmier(ère) de bloc', ['infirmier de bloc', 'infirmiere de bloc']],
    [
      'Agent(e) administratif(tive) back-office marché',
      ['agent administratif back office marche', 'agente administrative back office marche'],
    ],
    ['Employé(e) de libre-service', ['employe de libre service', 'employee de libre service']],
    ['Boulanger CDI urgent temps plein', ['boulanger']],
    ['Vendeur week-end H/F', ['vendeur']],
    ['Hôte de caisse Week End', ['hote de caisse']],
    ['Employé de rayon weekend', ['employe de rayon']],
    ['Garçon / Fille de salle', ['garcon de salle', 'fille de salle']],
    ['Ouvrier agricole h-f', ['ouvrier agricole']],
  ])('%s', (raw, expected) => {
    expect(titleForms(raw)).toEqual(expected);
  });

  it('keeps "recherche" when it is part of the métier', () => {
    expect(cleanTitle('Chargé de recherche en biologie')).toBe('charge de recherche en biologie');
  });

  it('keeps place names with a dash whole', () => {
    expect(cleanTitle('Agent de sécurité Villeneuve-le-Roi')).toBe('agent de securite villeneuve le roi');
  });

  it('finds a gendered pair whatever segment it is in, and whatever its words share', () => {
    // Twins of different words, in the written order.
    expect(titleForms('Steward / Hôtesse de l’air')).toEqual(['steward de l air', 'hotesse de l air']);
    // The pair after a segment that pairs with nothing.
    expect(titleForms('Stage - Vendeur / Vendeuse')).toEqual(['vendeur', 'vendeuse']);
    // Two words paired at once: the first word of the right half pairs with the last but one of the left.
    expect(titleForms('Ajusteur monteur / Ajusteuse monteuse')).toEqual([
      'ajusteur monteur',
      'ajusteuse monteuse',
    ]);
  });

  it('takes the same words on both sides of a separator for no gendered pair', () => {
    // Paired, the title's "secteur" and the suffix's were one word, and the suffix phrase took it away.
    expect(titleForms('Responsable de secteur - Secteur privé')).toEqual(['responsable de secteur']);
    expect(titleForms('Responsable RH / RH')).toEqual(['responsable rh rh']);
    // A pair of several words still shares some of them: one must change.
    expect(titleForms('Employé de commerce / Employée de commerce')).toEqual([
      'employe de commerce',
      'employee de commerce',
    ]);
  });

  it('pairs words whose endings differ by a few letters only', () => {
    expect(titleForms('Directeur / Directrice')).toEqual(['directeur', 'directrice']);
    expect(titleForms('Docteur / Doctoresse')).toEqual(['docteur', 'doctoresse']);
    expect(titleForms('Chasseur / Chasseresse')).toEqual(['chasseur', 'chasseresse']);
    // "production" and "proche" share three letters, not a word: the suffix is read past, the title kept.
    expect(titleForms('Opérateur de production - Proche transports')).toEqual(['operateur de production']);
  });

  it('does not take two different métiers for a gendered pair', () => {
    expect(titleForms('Data Analyst / Data Scientist')).toEqual(['data analyst data scientist']);
    expect(titleForms('Stage Réception / Conciergerie')).toEqual(['reception conciergerie']);
  });
});

describe('cleanTitle and tokens', () => {
  it('gives the first (masculine) reading', () => {
    expect(cleanTitle('Chef / Cheffe de publicité junior')).toBe('chef de publicite');
    expect(cleanTitle('Stage')).toBe('');
  });

  it('drops stop words and single letters from tokens, keeping both genders', () => {
    expect(titleTokens("Agent(e) d'accueil")).toEqual(['agent', 'accueil', 'agente']);
    expect(formTokens('technicien de la maintenance')).toEqual(['technicien', 'maintenance']);
  });

  it('reads no métier in a title of contract words and prepositions only (a real LinkedIn card)', () => {
    // "hors" was a word of the pig farmers' "hors sol": this title matched seven trades.
    expect(titleTokens('Candidature spontanée pour Stage (hors alternance)')).toEqual([]);
    expect(titleTokens('Eleveur de porcins hors sol')).toEqual(['eleveur', 'porcins', 'sol']);
  });
});

describe('the ROME lexicon labels', () => {
  const labels = romeLongLabels();

  it('reads almost every "X / Y" appellation as a gendered pair', () => {
    const pairs = labels.filter((l) => l.includes(' / '));
    expect(pairs.length).toBeGreaterThan(1_200);
    const split = pairs.filter((l) => titleForms(l).length >= 2);
    expect(split.length / pairs.length).toBeGreaterThan(0.99);
  });

  it('gives both full forms of a one-word pair ("Technicien / Technicienne de …")', () => {
    const simple = labels.filter((l) => /^[^ /()]+ \/ [^/()]+$/.test(l));
    expect(simple.length).toBeGreaterThan(1_000);
    let agree = 0;
    for (const label of simple) {
      const [left = '', right = ''] = label.split(' / ');
      const rest = right.split(' ').slice(1).join(' ');
      const expected = [normalize(`${left} ${rest}`), normalize(right)].sort();
      if (JSON.stringify([...titleForms(label)].sort()) === JSON.stringify(expected)) agree++;
    }
    // The few others hold a non-métier word (junior, senior) or an irregular pair.
    expect(agree / simple.length).toBeGreaterThan(0.98);
  });
});

const fragments = [
  '(H/F)',
  'h/f',
  'F/H/X',
  '(e)',
  '·e',
  '.euse',
  '/ne',
  '-euse',
  ' / ',
  ' - ',
  'Vendeur',
  'Vendeuse',
  'CDI',
  'Stage',
  '2026',
  'LICENCE 111',
  'Chargé',
  'œ',
  '  ',
  '(',
  ')',
];

describe('titleForms on random text', () => {
  it('never throws and gives distinct, non-empty, normalised forms', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (raw) => {
        const forms = titleForms(raw);
        expect(new Set(forms).size).toBe(forms.length);
        for (const form of forms) {
          expect(form).not.toBe('');
          expect(normalize(form)).toBe(form);
        }
        for (const token of titleTokens(raw)) expect(token.length).toBeGreaterThan(1);
      }),
      { numRuns: 2_000 },
    );
  });

  it('handles very long text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 10_000, maxLength: 10_000 }), (raw) => {
        expect(Array.isArray(titleForms(raw))).toBe(true);
      }),
      { numRuns: 20 },
    );
    expect(titleForms(`${'Vendeur(se) / '.repeat(2_000)}H/F`).length).toBeGreaterThan(0);
  });
});
