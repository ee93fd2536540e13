/**
 * An offer as the matching engine reads it: what a site adapter or an API
 * could extract, any field possibly missing. Parsed once (parse-offer.ts),
 * then scored against each métier.
 */
import type { ParsedContract } from './contract';
import type { ParsedExperience } from './experience';
import type { ParsedPlace } from './place';
import type { ParsedSalary } from './salary';
import type { TitleResults } from './title-results';
import type { ParsedWorkTime } from './work-time';

export interface OfferInput {
  title?: string;
  company?: string;
  /** Place as text ("69 - LYON 03", "Lyon (69)"). */
  location?: string;
  postalCode?: string;
  /** When the source gives them (Offres v2 lieuTravail). */
  coordinates?: { lat: number; lon: number };
  /** Text, JSON-LD employmentType or France Travail typeContrat. */
  contract?: string | readonly string[];
  /** Text or a JSON-LD MonetaryAmount. */
  salary?: unknown;
  workTime?: string | readonly string[];
  /** Text, Offres v2 fields or JSON-LD experience requirements. */
  experience?: unknown;
}

export interface ParsedOffer {
  /**
   * Distinct meaningful normalised words of the title, both genders; none for a title the match
   * profile's screen settled unread (criteria/title-screen.ts), whose `titleResults` say it all.
   */
  titleTokens: Set<string>;
  /** The title criterion's results for this title, shared by the offers bearing it (title-results.ts). */
  titleResults: TitleResults;
  titleText: string;
  company: string;
  place: ParsedPlace;
  coordinates?: { lat: number; lon: number };
  contract: ParsedContract;
  salary: ParsedSalary;
  workTime: ParsedWorkTime;
  experience: ParsedExperience;
}
