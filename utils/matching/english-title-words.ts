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
  ],
  romeEnglish: [
    'analyst revenue management',
    'business analyst',
    'business developer',
    'data analyst',
    'data architect',
    'data engineer',
    'database administrator',
    'prompt engineer',
    'security architect',
  ],
};
