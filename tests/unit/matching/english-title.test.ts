import { describe, expect, it } from 'vitest';
import { deriveMatchProfile } from '@/utils/matching/derive-match-profile';
import { mayRewordEnglish, englishReading as readWith } from '@/utils/matching/english-title';
import { ENGLISH_TITLE_WORDS } from '@/utils/matching/english-title-words';
import { compileMatchProfile, scoreOffer } from '@/utils/matching/score';
import { defaultNoise, titleForms } from '@/utils/matching/title';
import { demoProfile } from '@/utils/profile/demo';
import { loadCommunes, loadLexicon } from '../../../scripts/data/load-assets';
import { codeTitleStatus } from './code-status';

const lexicon = loadLexicon();
const englishReading = (words: readonly string[]) => readWith(words, defaultNoise().english);
const ROME_ENGLISH = ENGLISH_TITLE_WORDS.romeEnglish;

describe('englishReading', () => {
  it.each([
    // Real titles of the saved pages (Indeed, LinkedIn).
    ['PHP Developer – PHP, JavaScript, JSON', ['developpeur php php javascript json']],
    ['iOS/android Developers', ['developpeur ios android']],
    ['Senior Software Engineer', ['ingenieur logiciel']],
    ['Stage - Software Engineer Python (H/F)', ['ingenieur logiciel python']],
    ['Sr Risk Systems Developer', ['developpeur risk systemes']],
    ['Network Administrator', ['administrateur reseau']],
    ['QA Tester (H/F)', ['testeur qa']],
    // A lone letter is an acronym's or an elision's, no sign of French: either way the French title comes out.
    ['R&D Engineer', ['ingenieur r d']],
    ["Engineer d'études", ['ingenieur d etudes']],
    // Trades the ROME names in French only (tests/fixtures/matching/synthetic-english-titles.txt).
    ['SAINT LAURENT Stage HR Assistant H/F', ['assistant saint laurent rh']],
    ['Executive Assistant (H/F)', ['assistant direction']],
    ['Junior Accountant', ['comptable']],
    ['Truck Drivers', ['chauffeur poids lourd']],
    ['IT Support Technician', ['technicien informatique support']],
    ['Waiter / Waitress', ['serveur', 'serveuse']],
    ['Graphic Designer', ['designer graphique']],
    // English puts its head last.
    ['Software Support Engineer', ['ingenieur logiciel support']],
    // Two-word compounds, read in French: with an English job noun, or in a French title.
    ['Human Resources Assistant', ['assistant ressources humaines']],
    ['Human-Resources Assistant', ['assistant ressources humaines']],
    ['Real Estate Agent', ['agent immobilier']],
    ['Chargé de human resources', ['charge de ressources humaines']],
    ['Senior Legal Counsel', ['juriste']],
    ['Team Leader', ['chef equipe']],
    ['Sales Manager', ['responsable commercial']],
    ['Communication Manager', ['responsable communication']],
    ['Kitchen Assistant', ['aide cuisine']],
    ["Chef d'équipe call center", ['chef d equipe centre appels']],
    ['Sales Representatives', ['representant commercial']],
    ['English Teacher', ['professeur anglais']],
    ['Housekeeper', ['gouvernant']],
    ['Head Chef', ['chef cuisine']],
    ['Sous-chef de cuisine', ['second cuisine de cuisine']],
    ['Front Desk Agent', ['agent reception']],
    ['Site Reliability Engineer', ['ingenieur devops']],
    ['Personal Assistant', ['assistant direction']],
    ['Caregiver', ['auxiliaire vie']],
    ['Order Picker', ['preparateur commandes']],
    ['Key Account Manager', ['commercial grands comptes manager']],
    ['HR Generalist', ['charge rh']],
    ['Security Engineer', ['ingenieur securite informatique']],
    ['Operations Manager', ['responsable exploitation']],
    ['Demand Planner', ['responsable prevision ventes']],
  ])('reads "%s" as the French title', (raw, forms) => {
    expect(titleForms(raw)).toEqual(forms);
  });

  it.each([
    // French titles, borrowed English words or not.
    ['Développeur PHP H/F', ['developpeur php']],
    ['Chef de projet développement logiciel', ['chef de projet developpement logiciel']],
    ['Ingénieur software embarqué', ['ingenieur software embarque']],
    ['Ingénieur Test Analyst', ['ingenieur test analyst']],
    ['Alternant - Database engineer SQL et PLSQL', ['database engineer sql et plsql']],
    // The ROME's own English appellations name their own trade.
    ['Business Developer Grands Comptes - stage (H/F)', ['business developer grands comptes']],
    ['Data Analyst - Stage - Paris', ['data analyst paris']],
    ['Senior Data Engineer', ['data engineer']],
    // English titles headed by a noun of every trade stay as written.
    ['Junior Medical Affairs Manager- Stage (H/F)', ['medical affairs manager']],
    // A noun spelt alike in French reads a title as English only beside a qualifier of the table.
    ['Premier assistant réalisateur', ['premier assistant realisateur']],
    ['UX Designer', ['ux designer']],
    ['Assistant marketing', ['assistant marketing']],
    ['Retail Operations Assistant', ['retail operations assistant']],
    ['Agent polyvalent', ['agent polyvalent']],
  ])('leaves "%s" as written', (raw, forms) => {
    expect(titleForms(raw)).toEqual(forms);
  });

  it('returns nothing for words without an English job noun', () => {
    expect(englishReading(['vendeur', 'pret', 'a', 'porter'])).toBeUndefined();
    expect(englishReading([])).toBeUndefined();
  });

  it('tells the title screen when a reading may hold a word the title does not', () => {
    const rewords = (folded: string) => mayRewordEnglish(folded, defaultNoise().english);
    // A noun spelt alike only reorders the words: the screen's glance still reads such a title.
    expect(rewords("agent d'entretien")).toBe(false);
    expect(rewords('marketing assistants')).toBe(false);
    expect(rewords('hr assistant')).toBe(true);
    expect(rewords('software engineer')).toBe(true);
    expect(rewords('human-resources manager')).toBe(true);
    expect(titleForms('Marketing Assistants')).toEqual(['assistants marketing']);
  });

  it('returns nothing when the reading is the words as written', () => {
    expect(englishReading(['assistant', 'marketing'])).toBeUndefined();
    expect(englishReading(['marketing', 'assistant'])).toEqual(['assistant', 'marketing']);
  });

  it('leaves every ROME appellation as the lexicon writes it (ROME_ENGLISH is complete)', () => {
    const changed = new Set<string>();
    for (const appellation of lexicon.appellations)
      for (const form of [...appellation.forms, ...titleForms(appellation.label)])
        if (englishReading(form.split(' '))) changed.add(`${form} (${appellation.fiche})`);
    expect([...changed]).toEqual([]);
  });

  it('names only appellations the ROME has', () => {
    const forms = new Set(lexicon.appellations.flatMap((a) => a.forms));
    for (const name of ROME_ENGLISH)
      expect(
        [...forms].some((form) => ` ${form} `.includes(` ${name} `)),
        name,
      ).toBe(true);
  });
});

describe('English titles of trades the ROME names in French', () => {
  it.each([
    ['HR Assistant (H/F)', 'M1501'],
    ['Accountant', 'M1203'],
    ['Senior Buyer H/F', 'M1101'],
    ['Night Receptionist', 'G1703'],
    ['Truck Driver', 'N4101'],
    ['Financial Controller', 'M1204'],
    ['Security Guard', 'K2503'],
    ['Payroll Assistant', 'M1203'],
    ['Dental Assistant', 'J1303'],
    ['Human Resources Assistant', 'M1501'],
    ['Real Estate Agent', 'C1504'],
    ['Legal Counsel', 'K1903'],
    ['Sales Manager', 'M1707'],
    ['Sales Representative', 'D1410'],
    ['Communication Manager', 'E1103'],
    ['English Teacher', 'K2107'],
    ['Housekeeper', 'G1503'],
    ['Kitchen Assistant', 'G1602'],
    ['Team Leader Call Center (H/F)', 'D1435'],
    ['Head Chef', 'G1601'],
    ['Sous Chef (H/F)', 'G1602'],
    ['Pastry Chef', 'D1117'],
    ['Front Desk Agent', 'G1703'],
    ['Room Attendant', 'G1501'],
    ['Site Reliability Engineer', 'M1827'],
    ['Talent Acquisition Specialist', 'M1502'],
    ['Office Assistant', 'M1607'],
    ['Art Director', 'E1129'],
    ['Video Editor', 'L1507'],
    ['Copywriter', 'E1119'],
    ['Nanny', 'K1303'],
    ['Paralegal', 'M1612'],
    ['Purchasing Manager', 'M1102'],
    ['PR Manager', 'E1103'],
    ['Account Executive (H/F)', 'D1410'],
    ['HR Manager', 'M1501'],
    ['Payroll Manager', 'M1507'],
    ['Treasury Manager', 'M1207'],
    ['Technical Writer', 'H1207'],
    ['Security Engineer', 'M1819'],
    ['Operations Manager', 'H2502'],
    ['Demand Planner', 'M1430'],
    // A real board title (LinkedIn, tests/fixtures/pages): nobody's before.
    ['Sales Account Manager (H/F) - Stage', 'D1410'],
  ])('takes "%s" as the métier of %s', (title, code) => {
    expect(codeTitleStatus(title, code)).toBe('ok');
  });

  it('takes them for no unrelated trade', () => {
    expect(codeTitleStatus('HR Assistant (H/F)', 'D1401')).not.toBe('ok');
    expect(codeTitleStatus('Truck Driver', 'N1101')).not.toBe('ok');
    expect(codeTitleStatus('Financial Controller', 'N2202')).not.toBe('ok');
    // Read as written, "dental assistant" was the veterinarians' and three other trades'.
    expect(codeTitleStatus('Dental Assistant', 'A1504')).not.toBe('ok');
    // Read as written: "legal" is the statutory auditors' French "légal", "leader" the UX designers'
    // ("Software design leader"), "center" the SOC analysts' ("Security Operations Center").
    expect(codeTitleStatus('Legal Counsel', 'M1210')).not.toBe('ok');
    expect(codeTitleStatus('Team Leader', 'E1206')).not.toBe('ok');
    expect(codeTitleStatus('Team Leader Call Center (H/F)', 'M1883')).not.toBe('ok');
    expect(codeTitleStatus('Communication Manager', 'K1204')).not.toBe('ok');
    // "sous" is French ("Pêcheur sous-marin"), "desk" the IT help desks', "site" and "room" French too.
    expect(codeTitleStatus('Sous Chef (H/F)', 'A1445')).not.toBe('ok');
    expect(codeTitleStatus('Front Desk Agent', 'I1401')).not.toBe('ok');
    expect(codeTitleStatus('Site Reliability Engineer', 'G1223')).not.toBe('ok');
    expect(codeTitleStatus('Room Attendant', 'G1802')).not.toBe('ok');
    expect(codeTitleStatus('Talent Acquisition Specialist', 'M1201')).not.toBe('ok');
    // A "plant" is a seedling, "art" the art metalworkers', "personal" the actors' ("personnage").
    expect(codeTitleStatus('Plant Manager', 'A1414')).not.toBe('ok');
    expect(codeTitleStatus('Art Director', 'B1601')).not.toBe('ok');
    expect(codeTitleStatus('Personal Assistant', 'L1203')).not.toBe('ok');
    expect(codeTitleStatus('Customer Service Agent', 'C1209')).not.toBe('ok');
    // "executive" is the film producers' French "exécutif", "generalist" the GPs' "généraliste".
    expect(codeTitleStatus('Sales Executive', 'L1302')).not.toBe('ok');
    expect(codeTitleStatus('HR Generalist', 'J1102')).not.toBe('ok');
    // Read word by word: "security" the HSE engineers' and site safety managers', "operations" the
    // operating-theatre nurses' ("bloc opératoire") and the SOC analysts', "planner" the event planners'.
    expect(codeTitleStatus('Security Engineer', 'H1302')).not.toBe('ok');
    expect(codeTitleStatus('Security Engineer', 'K2502')).not.toBe('ok');
    expect(codeTitleStatus('Operations Manager', 'J1504')).not.toBe('ok');
    expect(codeTitleStatus('Operations Manager', 'M1883')).not.toBe('ok');
    expect(codeTitleStatus('Demand Planner', 'E1107')).not.toBe('ok');
    expect(codeTitleStatus('Demand Planner', 'M1702')).not.toBe('ok');
  });
});

describe('English titles against the demo profile (a web developer)', () => {
  const match = deriveMatchProfile(demoProfile(new Date('2026-01-01T00:00:00Z')), {
    lexicon,
    communes: loadCommunes(),
  });
  if (!match) throw new Error('no match profile for the demo profile');
  const profile = compileMatchProfile(match);
  const titleStatus = (title: string) => scoreOffer({ title }, profile).criteria.title.status;

  it('takes an English developer title as the métier', () => {
    expect(titleStatus('PHP Developer – PHP, JavaScript, JSON')).toBe('ok');
    expect(titleStatus('Senior iOS Developer')).toBe('ok');
  });

  it('takes a software engineer as a near métier, as its French title is', () => {
    expect(titleStatus('Senior Software Engineer')).toBe('partial');
    expect(titleStatus('Ingénieur logiciel')).toBe('partial');
  });

  it("keeps the ROME's business developer a salesperson's title, as before", () => {
    expect(titleStatus('Business Developer H/F')).not.toBe('ok');
  });
});
