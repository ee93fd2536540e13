/**
 * The English words job titles are read in French by (english-title.ts). The
 * background sends them in the match profile with the title noise
 * (title-noise.ts): the content scripts carry no copy of them. Literals only:
 * a bundle that never reads them drops them whole.
 */

/** The words as the match profile carries them, normalised. */
export interface EnglishTitleWords {
  /**
   * English job nouns (singular) and the French masculine noun. Only nouns whose French counterpart names
   * the same job: an English "manager", "officer" or "consultant" heads titles of every trade (the ROME
   * keeps many of them as written: "Brand content manager"), so it is left alone.
   */
  heads: Array<[english: string, french: string]>;
  /** Qualifiers the ROME writes in French ("Ingénieur logiciel", "Administrateur réseaux"). */
  qualifiers: Array<[english: string, french: string]>;
  /**
   * Two-word English nouns, read in French in any title ("Chargé de human resources", "Chef d'équipe call
   * center"): word by word they name no trade, or another ("resources" alone, "estate" alone; "legal" is
   * the statutory auditors' French "légal", "leader" the ROME's "Software design leader", "center" its
   * "Security Operations Center"). A "manager" of every trade is left alone, one of a single trade is read.
   */
  compounds: Array<[english: string, french: string]>;
  /**
   * The ROME appellations that hold one of the heads ("Data engineer", "Business developer"): names in
   * their own right, of their own trade, read as written (checked against the lexicon by a test).
   */
  romeEnglish: string[];
}

export const ENGLISH_TITLE_WORDS: EnglishTitleWords = {
  heads: [
    ['developer', 'developpeur'],
    ['engineer', 'ingenieur'],
    ['programmer', 'programmeur'],
    ['tester', 'testeur'],
    ['architect', 'architecte'],
    ['administrator', 'administrateur'],
    ['technician', 'technicien'],
    ['analyst', 'analyste'],
    // Trades the ROME names in French only, as boards in France write them in English.
    ['accountant', 'comptable'],
    ['buyer', 'acheteur'],
    ['recruiter', 'recruteur'],
    ['auditor', 'auditeur'],
    ['controller', 'controleur'],
    ['translator', 'traducteur'],
    ['lawyer', 'avocat'],
    ['secretary', 'secretaire'],
    ['receptionist', 'receptionniste'],
    ['cashier', 'caissier'],
    ['nurse', 'infirmier'],
    ['pharmacist', 'pharmacien'],
    ['cook', 'cuisinier'],
    ['waiter', 'serveur'],
    ['waitress', 'serveuse'],
    ['bartender', 'barman'],
    ['baker', 'boulanger'],
    ['hairdresser', 'coiffeur'],
    ['electrician', 'electricien'],
    ['plumber', 'plombier'],
    ['welder', 'soudeur'],
    ['mechanic', 'mecanicien'],
    ['driver', 'chauffeur'],
    ['guard', 'agent'],
    ['teacher', 'professeur'],
    ['representative', 'representant'],
    ['housekeeper', 'gouvernant'],
    ['copywriter', 'concepteur redacteur'],
    ['nanny', 'nourrice'],
    ['caregiver', 'auxiliaire vie'],
    ['paralegal', 'assistant juridique'],
    // Spelt alike in French: an English title only beside a qualifier or a compound ("HR Assistant", "Real Estate Agent").
    ['assistant', 'assistant'],
    ['designer', 'designer'],
    ['agent', 'agent'],
  ],
  qualifiers: [
    ['software', 'logiciel'],
    ['network', 'reseau'],
    ['networks', 'reseaux'],
    ['security', 'securite'],
    ['embedded', 'embarque'],
    ['quality', 'qualite'],
    ['mechanical', 'mecanique'],
    ['sales', 'commercial'],
    ['system', 'systeme'],
    ['systems', 'systemes'],
    ['hr', 'rh'],
    ['executive', 'direction'],
    ['administrative', 'administratif'],
    ['legal', 'juridique'],
    ['accounting', 'comptable'],
    ['financial', 'financier'],
    ['logistics', 'logistique'],
    ['marketing', 'marketing'],
    ['communication', 'communication'],
    ['graphic', 'graphique'],
    ['it', 'informatique'],
    ['civil', 'genie civil'],
    ['medical', 'medical'],
    ['car', 'automobile'],
    ['truck', 'poids lourd'],
    ['delivery', 'livreur'],
    ['forklift', 'cariste'],
    ['night', 'nuit'],
    ['maintenance', 'maintenance'],
    ['support', 'support'],
    ['purchasing', 'achat'],
    ['procurement', 'achat'],
    ['payroll', 'paie'],
    ['dental', 'dentaire'],
    ['event', 'evenementiel'],
    ['events', 'evenementiel'],
    ['lab', 'laboratoire'],
    ['laboratory', 'laboratoire'],
    ['environmental', 'environnement'],
    ['methods', 'methodes'],
    ['english', 'anglais'],
  ],
  compounds: [
    ['human resources', 'ressources humaines'],
    ['real estate', 'immobilier'],
    ['team leader', 'chef equipe'],
    ['sales manager', 'responsable commercial'],
    ['communication manager', 'responsable communication'],
    ['legal counsel', 'juriste'],
    ['kitchen assistant', 'aide cuisine'],
    ['call center', 'centre appels'],
    ['call centre', 'centre appels'],
    ['head chef', 'chef cuisine'],
    ['sous chef', 'second cuisine'],
    ['commis chef', 'commis cuisine'],
    ['pastry chef', 'chef patissier'],
    ['front desk', 'reception'],
    ['room attendant', 'valet chambre'],
    ['site reliability', 'devops'],
    ['talent acquisition', 'recrutement'],
    ['sales associate', 'conseiller vente'],
    ['store associate', 'conseiller vente'],
    ['plant manager', 'directeur usine'],
    ['office assistant', 'assistant administratif'],
    ['personal assistant', 'assistant direction'],
    ['art director', 'directeur artistique'],
    ['compliance officer', 'responsable conformite'],
    ['customer service', 'service client'],
    ['customer care', 'service client'],
    ['video editor', 'monteur video'],
    ['order picker', 'preparateur commandes'],
    ['purchasing manager', 'responsable achats'],
    ['pr manager', 'responsable relations presse'],
    ['sales executive', 'commercial'],
    ['account executive', 'commercial'],
    ['key account', 'commercial grands comptes'],
    ['account manager', 'commercial'],
    ['hr manager', 'responsable rh'],
    ['hr generalist', 'charge rh'],
    ['payroll manager', 'responsable paie'],
    ['treasury manager', 'tresorier'],
    ['technical writer', 'redacteur technique'],
    ['security engineer', 'ingenieur securite informatique'],
    ['operations manager', 'responsable exploitation'],
    ['demand planner', 'responsable prevision ventes'],
  ],
  romeEnglish: [
    'analyst revenue management',
    'business analyst',
    'business developer',
    'credit controller',
    'data analyst',
    'data architect',
    'data engineer',
    'database administrator',
    'lad driver',
    'night auditor',
    'prompt engineer',
    'security architect',
    'software design specialist designer',
    'software designer',
  ],
};
