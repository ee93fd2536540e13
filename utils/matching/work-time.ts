/**
 * Working time as boards write it ("Temps plein", "Temps partiel - 20h",
 * "35H/semaine", Offres v2 "35H Horaires normaux", JSON-LD FULL_TIME):
 * full or part time, and the weekly hours when stated.
 */
import { foldText, normalizeFolded } from './fold';

export type WorkTimeKind = 'full' | 'part' | 'unknown';

export interface ParsedWorkTime {
  kind: WorkTimeKind;
  /** Weekly hours, when stated. */
  hours?: number;
}

/** The legal full-time week in France; from 35 hours a week a job is full time. */
export const FULL_TIME_HOURS = 35;
const WEEKS_PER_MONTH = 52 / 12;
const MAX_WEEKLY_HOURS = 60;
const MAX_WORK_TIME_LENGTH = 200;

/** Phrases with a space each side, as looked for in a text's padded words (whole words only). */
const FULL_PHRASES = [' temps plein ', ' temps complet ', ' full time ', ' fulltime ', ' plein temps '];
const PART_PHRASES = [' temps partiel ', ' part time ', ' parttime ', ' mi temps ', ' temps partiel choisi '];

/**
 * Hours: "35h", "35 h", "35H/semaine", "35h30", "24 heures", "151,67 h par mois".
 * No nested quantifiers: linear on any input.
 */
const HOURS =
  /(?<!\d)(\d{1,3})(?:[.,](\d{1,2}))? ?(?:h|heures?)(?:(\d{2})(?!\d))?(?![a-z])( ?(?:\/|par) ?mois| mensuelles?)?/;

function readHours(folded: string): number | undefined {
  const m = HOURS.exec(folded);
  if (!m) return undefined;
  let hours = Number(m[1]);
  if (m[2]) hours += Number(`0.${m[2]}`);
  else if (m[3]) hours += Number(m[3]) / 60;
  // A monthly figure ("151,67 h par mois") becomes weekly.
  if (m[4]) hours /= WEEKS_PER_MONTH;
  hours = Math.round(hours * 100) / 100;
  return hours > 0 && hours <= MAX_WEEKLY_HOURS ? hours : undefined;
}

function hasPhrase(words: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => words.includes(p));
}

/**
 * Full or part time and weekly hours of a working-time text, JSON-LD
 * employmentType (string or array), or Offres v2 dureeTravailLibelle and
 * dureeTravailLibelleConverti (pass both). Words win over hours; without
 * words, 35 hours or more is full time.
 */
export function parseWorkTime(input: string | readonly string[] | null | undefined): ParsedWorkTime {
  const texts = typeof input === 'string' ? [input] : Array.isArray(input) ? input.slice(0, 20) : [];
  let full = false;
  let part = false;
  let hours: number | undefined;
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    const folded = foldText(text.slice(0, MAX_WORK_TIME_LENGTH));
    const words = ` ${normalizeFolded(folded)} `;
    full ||= hasPhrase(words, FULL_PHRASES);
    part ||= hasPhrase(words, PART_PHRASES);
    hours ??= readHours(folded);
  }
  let kind: WorkTimeKind = 'unknown';
  if (full !== part) kind = full ? 'full' : 'part';
  else if (hours !== undefined) kind = hours >= FULL_TIME_HOURS ? 'full' : 'part';
  const workTime: ParsedWorkTime = { kind };
  if (hours !== undefined) workTime.hours = hours;
  return workTime;
}
