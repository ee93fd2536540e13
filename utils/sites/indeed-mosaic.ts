import { asList, asNumber, asText, isRecord, type JsonRecord } from './json-value';
import type { OfferFields } from './offer';
import { salaryUnit } from './salary-text';
import type { StructuredOffer, StructuredSalary } from './types';

/** What Indeed's embedded card data says about one job, by job key. */
export interface MosaicJob {
  fields: OfferFields;
  structured: StructuredOffer;
}

const PROVIDER = 'window.mosaic.providerData["mosaic-provider-jobcards"]=';

/**
 * Reads the job cards' data from the text of `<script id="mosaic-data">`
 * (a content script cannot read page variables, only the script's text).
 * Anything unexpected yields an empty map.
 */
export function readMosaicJobs(scriptText: string): Map<string, MosaicJob> {
  const jobs = new Map<string, MosaicJob>();
  const start = scriptText.indexOf(PROVIDER);
  if (start < 0) return jobs;
  const data = parseObjectAt(scriptText, start + PROVIDER.length);
  const model =
    isRecord(data) && isRecord(data.metaData) ? data.metaData.mosaicProviderJobCardsModel : undefined;
  if (!isRecord(model)) return jobs;
  for (const result of asList(model.results)) {
    if (!isRecord(result)) continue;
    const key = asText(result.jobkey);
    if (key && /^[0-9a-f]{8,20}$/i.test(key)) jobs.set(key, readResult(result, key));
  }
  return jobs;
}

function readResult(result: JsonRecord, key: string): MosaicJob {
  const structured: StructuredOffer = { id: key };
  const jobTypes = asList(result.jobTypes)
    .map((t) => asText(t))
    .filter((t): t is string => t !== undefined);
  if (jobTypes.length > 0) structured.employmentType = jobTypes;
  const salary = readSalary(result.extractedSalary, result.salarySnippet);
  if (salary) structured.baseSalary = salary;
  const snippet = isRecord(result.salarySnippet) ? asText(result.salarySnippet.text) : undefined;
  return {
    structured,
    fields: {
      title: asText(result.displayTitle) ?? asText(result.title),
      company: asText(result.company),
      location: asText(result.formattedLocation),
      salary: snippet,
      contract: jobTypes.join(', ') || undefined,
    },
  };
}

// Indeed writes "no bound" as -1 or 0.
function readSalary(value: unknown, snippet: unknown): StructuredSalary | undefined {
  if (!isRecord(value)) return undefined;
  const salary: StructuredSalary = {};
  const min = asNumber(value.min);
  const max = asNumber(value.max);
  if (min !== undefined && min > 0) salary.min = min;
  if (max !== undefined && max > 0) salary.max = max;
  const unit = salaryUnit(asText(value.type));
  if (unit) salary.unit = unit;
  const currency = isRecord(snippet) ? asText(snippet.currency) : undefined;
  if (currency) salary.currency = currency;
  return salary.min !== undefined || salary.max !== undefined ? salary : undefined;
}

/** Parses the JSON object starting at `from` (brace matching aware of strings), or undefined. */
function parseObjectAt(text: string, from: number): unknown {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        try {
          return JSON.parse(text.slice(from, i + 1));
        } catch {
          return undefined;
        }
      }
    } else if (depth === 0 && c !== ' ' && c !== '\n' && c !== '\t' && c !== '\r') return undefined;
  }
  return undefined;
}
