/**
 * Contract types as boards write them ("CDD de 6 mois", "Mission intérimaire -
 * 3 Mois", "Contrat de professionnalisation", JSON-LD employmentType, Offres v2
 * typeContrat codes) read into France Travail contract codes, so that an
 * offer compares with the contracts a jobseeker accepts.
 */
import { foldText, normalizeFolded } from './fold';

/**
 * France Travail contract codes (france-travail.md §3), plus ALT (alternance:
 * apprentissage, professionnalisation) and STG (stage), which France Travail
 * carries elsewhere but boards show as contracts.
 */
export const CONTRACT_CODES = [
  'CDI',
  'CDD',
  'MIS',
  'SAI',
  'ALT',
  'STG',
  'LIB',
  'FRA',
  'REP',
  'CCE',
  'TTI',
  'DDI',
  'DIN',
] as const;
export type ContractCode = (typeof CONTRACT_CODES)[number];

/** True for a code the engine knows (unknown profile codes are read from their label instead). */
export function isContractCode(code: string): code is ContractCode {
  return (CONTRACT_CODES as readonly string[]).includes(code);
}

export interface ParsedContract {
  /** Every contract the text names, in the order it names them, no duplicates. */
  codes: ContractCode[];
  /** Length of a fixed-term contract, in months (days and weeks converted). */
  durationMonths?: number;
}

const MAX_CONTRACT_LENGTH = 300;

/** France Travail codes given as they are (Offres v2 typeContrat). */
const FT_CODES = new Set<ContractCode>(CONTRACT_CODES.filter((c) => c !== 'ALT' && c !== 'STG'));

/**
 * Normalised phrases and the code they mean. Longer phrases come first and
 * consume their words, so "cdi interimaire" is DIN and not CDI + MIS.
 */
const PHRASES: ReadonlyArray<readonly [string, ContractCode]> = [
  ['cdi interimaire', 'DIN'],
  ['cdi interim', 'DIN'],
  ['cdd d insertion', 'DDI'],
  ['cdd insertion', 'DDI'],
  ['travail temporaire d insertion', 'TTI'],
  ['contrat a duree indeterminee', 'CDI'],
  ['contrat a duree determinee', 'CDD'],
  ['contrat de travail saisonnier', 'SAI'],
  ['contrat travail saisonnier', 'SAI'],
  ['contrat de professionnalisation', 'ALT'],
  ['contrat d apprentissage', 'ALT'],
  ['contrat pro', 'ALT'],
  ['reprise d entreprise', 'REP'],
  ['reprise d activite', 'REP'],
  ['reprise de commerce', 'REP'],
  ['profession liberale', 'LIB'],
  ['profession commerciale', 'CCE'],
  ['auto entrepreneur', 'LIB'],
  ['micro entrepreneur', 'LIB'],
  ['portage salarial', 'LIB'],
  ['free lance', 'LIB'],
  ['travail temporaire', 'MIS'],
  ['mission interimaire', 'MIS'],
  ['work study', 'ALT'],
  ['apprenticeship', 'ALT'],
  ['cdi', 'CDI'],
  ['cdic', 'CDI'],
  ['cdd', 'CDD'],
  ['interim', 'MIS'],
  ['interimaire', 'MIS'],
  ['saisonnier', 'SAI'],
  ['saisonniere', 'SAI'],
  ['saison', 'SAI'],
  ['alternance', 'ALT'],
  ['alternant', 'ALT'],
  ['alternante', 'ALT'],
  ['apprentissage', 'ALT'],
  ['apprenti', 'ALT'],
  ['apprentie', 'ALT'],
  ['professionnalisation', 'ALT'],
  ['stage', 'STG'],
  ['stagiaire', 'STG'],
  ['internship', 'STG'],
  ['intern', 'STG'],
  ['freelance', 'LIB'],
  ['independant', 'LIB'],
  ['independante', 'LIB'],
  ['liberal', 'LIB'],
  ['liberale', 'LIB'],
  ['contractor', 'LIB'],
  ['franchise', 'FRA'],
  ['franchisee', 'FRA'],
];
/**
 * The phrases padded with a space each side, built once instead of per text,
 * with their first word: a phrase whose first word the text lacks is not looked for.
 */
const PADDED_PHRASES = PHRASES.map(
  ([phrase, code]) => [` ${phrase} `, code, phrase.split(' ')[0] ?? ''] as const,
);

/**
 * The contracts a job title may name as the post's own: all but intérim and franchise, which in a title
 * name the employer as often ("Responsable d'agence intérim", "Directeur de franchise").
 */
const titleMayName = (code: ContractCode) => code !== 'MIS' && code !== 'FRA';

/** The first words of their phrases: a folded title that holds none names none of them (one look, for most titles). */
const TITLE_CONTRACT_WORD = new RegExp(
  `\\b(?:${[...new Set(PHRASES.filter(([, code]) => titleMayName(code)).map(([phrase]) => phrase.split(' ')[0]))].join('|')})\\b`,
);

/** Whether a job title may name a contract: parseTitleContract is worth calling. */
export const mayNameContract = (title: string): boolean => TITLE_CONTRACT_WORD.test(foldText(title));

/** The contracts a job title names ("Stage - Data Analyst", "Réceptionniste - CDD"), intérim and franchise aside. */
export function parseTitleContract(title: string): ParsedContract {
  const parsed = parseContract(title);
  return { ...parsed, codes: parsed.codes.filter(titleMayName) };
}

/**
 * schema.org employmentType values. FULL_TIME and PART_TIME say the working
 * time, not the contract; TEMPORARY is a CDD or an intérim mission, both
 * kept; PER_DIEM (paid by the day) is closest to a CDD d'usage; VOLUNTEER and
 * OTHER name no contract.
 */
const EMPLOYMENT_TYPES: Readonly<Record<string, readonly ContractCode[]>> = {
  FULL_TIME: [],
  PART_TIME: [],
  CONTRACTOR: ['LIB'],
  TEMPORARY: ['CDD', 'MIS'],
  INTERN: ['STG'],
  INTERNSHIP: ['STG'],
  PER_DIEM: ['CDD'],
  VOLUNTEER: [],
  OTHER: [],
  // Job types of English cards (Indeed, LinkedIn, Welcome to the Jungle in English), read whole only: a
  // title's "Maquillage permanent" names no contract.
  PERMANENT: ['CDI'],
  PERMANENT_CONTRACT: ['CDI'],
  FIXED_TERM: ['CDD'],
  FIXED_TERM_CONTRACT: ['CDD'],
  SEASONAL: ['SAI'],
};

/** The longest France Travail code or employmentType value, "FIXED_TERM_CONTRACT". */
const MAX_CODE_LENGTH = 19;

/** Contracts whose duration is worth reading: a CDI "2 ans" is experience, not length. */
const FIXED_TERM = new Set<ContractCode>(['CDD', 'MIS', 'SAI', 'ALT', 'STG', 'DDI', 'TTI']);

/** A Map, not an object: a word of the text such as "constructor" must not find Object.prototype's. */
const MONTHS_PER_UNIT: ReadonlyMap<string, number> = new Map(
  Object.entries({
    jour: 1 / 30,
    jours: 1 / 30,
    j: 1 / 30,
    semaine: 12 / 52,
    semaines: 12 / 52,
    mois: 1,
    an: 12,
    ans: 12,
    annee: 12,
    annees: 12,
  }),
);

/** "6 mois", "3 mois", "5 jour s" (from "5 Jour(s)"), "1 an": the first duration of the text. */
function readDuration(tokens: string[]): number | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const value = Number(tokens[i]);
    const perUnit = MONTHS_PER_UNIT.get(tokens[i + 1] ?? '');
    if (perUnit !== undefined && /^\d{1,3}$/.test(tokens[i] ?? '') && value > 0) {
      return Math.round(value * perUnit * 100) / 100;
    }
  }
  return undefined;
}

function addCodes(codes: ContractCode[], more: readonly ContractCode[]): void {
  for (const code of more) if (!codes.includes(code)) codes.push(code);
}

/** Reads the contract codes named in a text ("CDD de 6 mois", "Alternance", "MIS"). */
function readText(text: string, codes: ContractCode[]): string[] {
  const trimmed = text.trim();
  // A code is a word of 3 to 10 letters ("CDI", "FULL_TIME", "INTERNSHIP"): a longer text (a card's, a
  // title's) is not upper-cased and looked up for one.
  if (trimmed.length <= MAX_CODE_LENGTH) {
    const upper = trimmed.toUpperCase();
    if (FT_CODES.has(upper as ContractCode)) {
      addCodes(codes, [upper as ContractCode]);
      return [];
    }
    const employmentType = EMPLOYMENT_TYPES[upper.replace(/[\s-]+/g, '_')];
    if (employmentType) {
      addCodes(codes, employmentType);
      return [];
    }
  }
  let padded = ` ${normalizeFolded(foldText(trimmed.slice(0, MAX_CONTRACT_LENGTH)))} `;
  const found: { code: ContractCode; at: number }[] = [];
  const words = new Set(padded.split(' '));
  for (const [needle, code, firstWord] of PADDED_PHRASES) {
    if (!words.has(firstWord)) continue;
    const at = padded.indexOf(needle);
    if (at >= 0) {
      found.push({ code, at });
      // Same-length filler: later phrases keep their positions, and the words are used up.
      padded = padded.split(needle).join(` ${'|'.repeat(needle.length - 2)} `);
    }
  }
  addCodes(
    codes,
    found.sort((a, b) => a.at - b.at).map((f) => f.code),
  );
  return padded.split(' ').filter((t) => t !== '' && !t.startsWith('|'));
}

/**
 * The France Travail contract codes of a contract text, JSON-LD employmentType
 * (string or array) or Offres v2 typeContrat, with the duration of a
 * fixed-term contract when stated.
 */
export function parseContract(input: string | readonly string[] | null | undefined): ParsedContract {
  const texts = typeof input === 'string' ? [input] : Array.isArray(input) ? input.slice(0, 20) : [];
  const codes: ContractCode[] = [];
  let durationMonths: number | undefined;
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    const rest = readText(text, codes);
    durationMonths ??= readDuration(rest);
  }
  const contract: ParsedContract = { codes };
  if (durationMonths !== undefined && codes.some((c) => FIXED_TERM.has(c)))
    contract.durationMonths = durationMonths;
  return contract;
}
