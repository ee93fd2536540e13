/**
 * Experience asked by an offer ("Débutant accepté", "Expérience exigée de 3
 * An(s)", "1 an minimum", "Junior", Offres v2 experienceExige D/S/E, JSON-LD
 * experienceRequirements) read into months, whether it is required, and
 * whether a beginner may apply.
 */
import { isJsonNumber, isJsonObject, isOptional, isString } from './json-shape';
import { normalize } from './normalize';

export interface ParsedExperience {
  /** Minimum experience asked, in months (0 for a beginner), when known. */
  months?: number;
  /** true: required (exigée); false: wished (souhaitée) or not needed; null: not said. */
  required: boolean | null;
  /** A beginner may apply. */
  beginnerOk: boolean;
}

const MAX_EXPERIENCE_LENGTH = 300;
/** Longer than any career: a number this big is not an experience. */
const MAX_MONTHS = 600;

/**
 * Level words with no figure. The months are the usual French reading of
 * the word (junior up to 2 years, confirmé 3 to 5, senior 5 and more), used
 * only when the text gives no figure.
 */
const LEVELS: ReadonlyArray<readonly [string, number]> = [
  // Words and phrases here and below have a space each side, as looked for in a text's padded words.
  [' senior ', 60],
  [' expert ', 60],
  [' confirme ', 36],
  [' confirmee ', 36],
  [' experimente ', 36],
  [' experimentee ', 36],
];
const BEGINNER_PHRASES = [
  ' debutant accepte ',
  ' debutante acceptee ',
  ' debutants acceptes ',
  ' debutant ',
  ' debutante ',
  ' debutants ',
  ' sans experience ',
  ' aucune experience ',
  ' pas d experience ',
  ' junior ',
  ' jeune diplome ',
  ' jeune diplomee ',
  ' entry level ',
  // APEC's "Tous niveaux d'expérience acceptés".
  ' tous niveaux ',
];
/** "Moins d'un an", "moins de 2 ans": a ceiling, not a floor (not "au moins", "pas moins"): a beginner may apply. */
const CEILING = /(?<! au| pas) moins de? /;
const REQUIRED_WORDS = [
  ' exige ',
  ' exigee ',
  ' requis ',
  ' requise ',
  ' obligatoire ',
  ' indispensable ',
  ' minimum ',
  ' imperative ',
  ' au moins ',
  ' minimum requis ',
];
const WISHED_WORDS = [
  ' souhaite ',
  ' souhaitee ',
  ' souhaitable ',
  ' apprecie ',
  ' appreciee ',
  ' idealement ',
  ' un plus ',
  ' serait un plus ',
];

/** Maps, not objects: a word of the text such as "constructor" must not find Object.prototype's. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    douze: 12,
    quinze: 15,
    vingt: 20,
  }),
);
const MONTHS_PER_UNIT: ReadonlyMap<string, number> = new Map(
  Object.entries({
    an: 12,
    ans: 12,
    annee: 12,
    annees: 12,
    year: 12,
    years: 12,
    yrs: 12,
    mois: 1,
    month: 1,
    months: 1,
  }),
);

/** "3 an s" (from "3 An(s)"), "2 ans", "6 mois", "deux ans", "3 a 5 ans" (the lower bound), "1an". */
function readMonths(tokens: string[]): number | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const glued = /^(\d{1,2})(ans?|mois)$/.exec(token);
    if (glued) return Number(glued[1]) * (MONTHS_PER_UNIT.get(glued[2] ?? '') ?? 0);
    const value = /^\d{1,3}$/.test(token) ? Number(token) : NUMBER_WORDS.get(token);
    if (value === undefined) continue;
    // "3 à 5 ans", "3 - 5 ans": the unit comes after the upper bound.
    let unitAt = i + 1;
    if ((tokens[unitAt] === 'a' || tokens[unitAt] === 'to') && /^\d{1,3}$/.test(tokens[unitAt + 1] ?? ''))
      unitAt += 2;
    else if (/^\d{1,3}$/.test(tokens[unitAt] ?? '')) unitAt += 1;
    const perUnit = MONTHS_PER_UNIT.get(tokens[unitAt] ?? '');
    if (perUnit !== undefined) return value * perUnit;
  }
  return undefined;
}

function hasPhrase(words: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => words.includes(p));
}

function result(months: number | undefined, required: boolean | null, beginnerOk: boolean): ParsedExperience {
  const experience: ParsedExperience = { required, beginnerOk: beginnerOk || months === 0 };
  if (months !== undefined && Number.isFinite(months) && months >= 0 && months <= MAX_MONTHS) {
    experience.months = Math.round(months * 100) / 100;
  }
  return experience;
}

/** Reads an experience text: months, required or wished, beginner accepted. */
function parseExperienceText(text: string): ParsedExperience {
  const normalized = normalize(text.slice(0, MAX_EXPERIENCE_LENGTH));
  const padded = ` ${normalized} `;
  const tokens = normalized.split(' ');
  const ceiling = CEILING.test(padded);
  const beginner = ceiling || hasPhrase(padded, BEGINNER_PHRASES);
  let months = ceiling ? 0 : readMonths(tokens);
  if (months === undefined && !beginner) months = LEVELS.find(([word]) => padded.includes(word))?.[1];
  if (months === undefined && beginner) months = 0;
  const required = hasPhrase(padded, REQUIRED_WORDS) ? true : hasPhrase(padded, WISHED_WORDS) ? false : null;
  return result(months, beginner ? (required ?? false) : required, beginner);
}

/** Offres v2: experienceExige D (débutant accepté), S (souhaitée), E (exigée), with its libellé. */
export interface OffresExperience {
  experienceExige: string;
  experienceLibelle?: string | undefined;
}

/** schema.org OccupationalExperienceRequirements. */
interface OccupationalExperience {
  monthsOfExperience?: number | string | undefined;
  description?: string | undefined;
}

function isOffresExperience(input: unknown): input is OffresExperience {
  return (
    isJsonObject(input) && isString(input.experienceExige) && isOptional(input.experienceLibelle, isString)
  );
}

function isOccupationalExperience(input: unknown): input is OccupationalExperience {
  return (
    isJsonObject(input) &&
    isOptional(input.monthsOfExperience, isJsonNumber) &&
    isOptional(input.description, isString)
  );
}

function parseOffresExperience(input: OffresExperience): ParsedExperience {
  const fromLabel = parseExperienceText(input.experienceLibelle ?? '');
  switch (input.experienceExige.trim().toUpperCase()) {
    case 'D':
      return result(0, false, true);
    case 'S':
      return result(fromLabel.months, false, false);
    case 'E':
      return result(fromLabel.months, true, false);
    default:
      return fromLabel;
  }
}

function parseOccupationalExperience(input: OccupationalExperience): ParsedExperience | undefined {
  const raw = input.monthsOfExperience;
  const months =
    typeof raw === 'number' ? raw : raw !== undefined ? Number(raw.replace(',', '.')) : undefined;
  if (months !== undefined && Number.isFinite(months)) return result(Math.max(0, months), null, months <= 0);
  return input.description !== undefined ? parseExperienceText(input.description) : undefined;
}

/**
 * The experience an offer asks: a text, an Offres v2 `{experienceExige,
 * experienceLibelle}`, a JSON-LD experienceRequirements (text or
 * OccupationalExperienceRequirements), or a bare monthsOfExperience number.
 */
export function parseExperience(input: unknown): ParsedExperience {
  if (typeof input === 'string') return parseExperienceText(input);
  if (typeof input === 'number') return result(Math.max(0, input), null, input <= 0);
  if (isOffresExperience(input)) return parseOffresExperience(input);
  if (isOccupationalExperience(input)) {
    const parsed = parseOccupationalExperience(input);
    if (parsed) return parsed;
  }
  return { required: null, beginnerOk: false };
}
