/** Real titles from the matching fixtures, for the tests that read every one. */
import { readFileSync } from 'node:fs';

/** The ROME appellation labels of the sample (tests/fixtures/matching). */
export function sampleLabels(): string[] {
  return readFileSync(
    new URL('../../fixtures/matching/rome-appellation-labels-v460-sample.tsv', import.meta.url),
    'utf8',
  )
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t')[0] ?? '');
}

/** The offer titles of the real Offres v2 answer, then the ROME appellation labels of the sample. */
export function offresTitlesAndLabels(): string[] {
  const answer = JSON.parse(
    readFileSync(
      new URL('../../fixtures/matching/offres-v2-search-response-2024-07.json', import.meta.url),
      'utf8',
    ),
  ) as { resultats: Array<{ intitule: string }> };
  return [...answer.resultats.map((offer) => offer.intitule), ...sampleLabels()];
}
