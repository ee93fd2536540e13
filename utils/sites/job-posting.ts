import { asList, asNumber, asText, decodeEntities, isRecord, type JsonRecord } from './json-value';
import type { OfferFields } from './offer';
import { salaryText, salaryUnit } from './salary-text';
import type { StructuredOffer, StructuredSalary } from './types';

/** What a schema.org JobPosting says, as offer fields plus the structured values behind them. */
export interface JobPostingReading {
  fields: OfferFields;
  structured: StructuredOffer;
}

// employmentType values that describe working time rather than the contract
// (schema.org codes, and France Travail's microdata, which puts "Temps plein" there).
const WORK_TIME = /^(FULL_TIME|PART_TIME|temps plein|temps partiel)$/i;

/** Reads the fields of a JSON-LD JobPosting object (every property optional, any shape tolerated). */
export function readJobPosting(posting: JsonRecord): JobPostingReading {
  const structured: StructuredOffer = {};
  const places = asList(posting.jobLocation).flatMap(readPlace);
  const first = places[0];
  if (first) Object.assign(structured, first.structured);
  const employmentType = asList(posting.employmentType)
    .map((v) => asText(v))
    .filter((v): v is string => v !== undefined);
  if (employmentType.length > 0) structured.employmentType = employmentType;
  const baseSalary = readSalary(posting.baseSalary, posting.salaryCurrency);
  if (baseSalary) structured.baseSalary = baseSalary;
  const months = readMonths(posting.experienceRequirements);
  if (months !== undefined) structured.monthsOfExperience = months;
  setText(structured, 'datePosted', posting.datePosted);
  setText(structured, 'validThrough', posting.validThrough);
  setText(structured, 'occupationalCategory', posting.occupationalCategory);
  const id = isRecord(posting.identifier) ? asText(posting.identifier.value) : asText(posting.identifier);
  if (id) structured.id = id;

  return {
    structured,
    fields: {
      title: text(posting.title ?? posting.name),
      company: text(
        isRecord(posting.hiringOrganization) ? posting.hiringOrganization.name : posting.hiringOrganization,
      ),
      location: [...remoteOf(posting), ...places.map((p) => p.text)].join(' ; ') || undefined,
      contract: employmentType.filter((t) => !WORK_TIME.test(t.trim())).join(', ') || undefined,
      workTime: employmentType.filter((t) => WORK_TIME.test(t.trim())).join(', ') || undefined,
      salary: baseSalary
        ? salaryText(baseSalary)
        : typeof posting.baseSalary === 'string'
          ? text(posting.baseSalary)
          : undefined,
      experience: months !== undefined ? `${months} mois` : text(posting.experienceRequirements),
      url: asText(posting.url),
    },
  };
}

/** addressCountry and the like, of France. */
const inFrance = (country: string) => /^(fr|fra|france)$/i.test(country);

/** A country outside France as the place reader reads it after a place: a code after "pays" (place.ts). */
const countryLabel = (country: string) => (country.length < 4 ? `pays ${country}` : country);

/**
 * A job the employee may do from home all the time (schema.org jobLocationType TELECOMMUTE) is read as
 * such beside its office, if any: "Télétravail complet"; or, when its applicants must live in countries
 * that are not France (applicantLocationRequirements), remote from there ("Télétravail ; pays US": abroad).
 */
function remoteOf(posting: JsonRecord): string[] {
  if (!asList(posting.jobLocationType).some((type) => asText(type)?.toUpperCase() === 'TELECOMMUTE'))
    return [];
  const countries = asList(posting.applicantLocationRequirements).flatMap(
    (requirement) => text(isRecord(requirement) ? requirement.name : requirement)?.trim() ?? [],
  );
  const [first] = countries;
  return [
    first && !countries.some(inFrance) ? `Télétravail ; ${countryLabel(first)}` : 'Télétravail complet',
  ];
}

function text(value: unknown): string | undefined {
  const raw = asText(value);
  return raw === undefined ? undefined : decodeEntities(raw);
}

function setText(
  target: StructuredOffer,
  key: 'datePosted' | 'validThrough' | 'occupationalCategory',
  value: unknown,
) {
  const raw = asText(value);
  if (raw) target[key] = raw;
}

interface PlaceReading {
  text: string;
  structured: StructuredOffer;
}

function readPlace(place: unknown): PlaceReading[] {
  if (typeof place === 'string') return place.trim() ? [{ text: decodeEntities(place), structured: {} }] : [];
  if (!isRecord(place)) return [];
  const address = place.address;
  if (typeof address === 'string') return [{ text: decodeEntities(address), structured: {} }];
  if (!isRecord(address)) {
    const name = text(place.name);
    return name ? [{ text: name, structured: {} }] : [];
  }
  const structured: StructuredOffer = {};
  const locality = text(address.addressLocality);
  const region = text(address.addressRegion);
  const country = text(address.addressCountry)?.trim();
  // Outside France, the country follows the place and a postal code would be read as a French one (Köln's 50667,
  // a Manche code). A code is written "pays ES" (place.ts knows the codes so: a card's bare "CA" may be a US state).
  const abroad = country && !inFrance(country) ? countryLabel(country) : '';
  const postalCode = abroad ? undefined : asText(address.postalCode);
  if (locality) structured.addressLocality = locality;
  if (postalCode) structured.postalCode = postalCode;
  if (region) structured.addressRegion = region;
  if (country) structured.addressCountry = country;
  const label = locality ? (postalCode ? `${locality} (${postalCode})` : locality) : (postalCode ?? region);
  const where = abroad ? (label ? `${label}, ${abroad}` : abroad) : label;
  return where ? [{ text: where, structured }] : [];
}

function readSalary(value: unknown, fallbackCurrency: unknown): StructuredSalary | undefined {
  if (!isRecord(value)) return undefined;
  const amount = value.value;
  const salary: StructuredSalary = {};
  const currency = asText(value.currency) ?? asText(fallbackCurrency);
  if (currency) salary.currency = currency;
  if (isRecord(amount)) {
    const single = asNumber(amount.value);
    const min = asNumber(amount.minValue) ?? single;
    const max = asNumber(amount.maxValue) ?? single;
    if (min !== undefined) salary.min = min;
    if (max !== undefined) salary.max = max;
    const unit = salaryUnit(asText(amount.unitText) ?? asText(value.unitText));
    if (unit) salary.unit = unit;
  } else {
    const single = asNumber(amount);
    if (single !== undefined) {
      salary.min = single;
      salary.max = single;
    }
    const unit = salaryUnit(asText(value.unitText));
    if (unit) salary.unit = unit;
  }
  return salary.min !== undefined || salary.max !== undefined ? salary : undefined;
}

function readMonths(value: unknown): number | undefined {
  for (const item of asList(value)) {
    if (isRecord(item)) {
      const months = asNumber(item.monthsOfExperience);
      if (months !== undefined && months >= 0) return months;
    }
  }
  return undefined;
}
