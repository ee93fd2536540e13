/**
 * The words and phrases a title is read without (title-noise.ts) say when,
 * how, for how much or under which contract, never which job: checked against
 * every appellation of the ROME, so that none of them ever hides a word a job
 * is named with.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '@/utils/matching/normalize';
import { formTokens } from '@/utils/matching/title';
import { TITLE_NOISE } from '@/utils/matching/title-noise';
import { lexicon } from './held-out-evidence';

/** Noise words the ROME writes too, read past in a title all the same: a level or a contract. */
const ROME_WRITES_TOO = ['apprentissage', 'junior', 'senior'];

const labels = lexicon.appellations.map((a) => normalize(a.label));

describe('what a title is read without', () => {
  it('holds no word of a ROME appellation but a level or a contract', () => {
    const written = new Set(labels.flatMap((label) => formTokens(label)));
    expect(
      [...new Set(TITLE_NOISE.words.join(' ').split(' '))].filter((word) => written.has(word)).sort(),
    ).toEqual(ROME_WRITES_TOO);
  });

  it('holds no phrase a ROME appellation writes', () => {
    const spelled = TITLE_NOISE.phrases.filter((phrase) =>
      labels.some((label) => ` ${label} `.includes(` ${phrase} `)),
    );
    expect(spelled).toEqual([]);
  });
});
