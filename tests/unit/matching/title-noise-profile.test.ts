/**
 * The title noise as the content scripts get it: in the match profile, as
 * JSON (title-noise.ts), looked up on arrival; titles read and scored with it.
 */
import { describe, expect, it } from 'vitest';
import { PLACE_NAMES } from '@/utils/geo/departements';
import { parseOffer } from '@/utils/matching/parse-offer';
import { scoreOffer } from '@/utils/matching/score';
import { defaultNoise, noiseTable, titleTokens } from '@/utils/matching/title';
import { TITLE_NOISE, type TitleNoise } from '@/utils/matching/title-noise';
import { receivedDemoProfile } from './received-demo-profile';

const received = () => noiseTable(JSON.parse(JSON.stringify(TITLE_NOISE)) as TitleNoise);
const NONE = noiseTable({
  words: [],
  phrases: [],
  english: { heads: [], qualifiers: [], compounds: [], romeEnglish: [] },
});

describe('the title noise a match profile carries', () => {
  it('reads titles, once received, as the background does', () => {
    for (const title of [
      'Boulanger (H/F) - CDI - Mutuelle + tickets restaurant',
      'Stage - Vendeur saisonnier',
    ])
      expect(titleTokens(title, received())).toEqual(titleTokens(title, defaultNoise()));
    expect(titleTokens('Boulanger - Mutuelle + tickets restaurant', received())).toEqual(['boulanger']);
    // The English words travel with it: "Senior Software Engineer" is read as "Ingénieur logiciel", or as
    // written without them (and without the noise, which "senior" is).
    expect(titleTokens('Senior Software Engineer', received())).toEqual(['ingenieur', 'logiciel']);
    expect(titleTokens('Senior Software Engineer', NONE)).toEqual(['senior', 'software', 'engineer']);
  });

  it('is indexed once per list: the background and Node share the look-ups, and the parse caches', () => {
    expect(noiseTable(TITLE_NOISE)).toBe(defaultNoise());
    expect(received()).not.toBe(received());
  });

  it('is what titles are read without: with none, every word stays', () => {
    expect(titleTokens('Boulanger - Mutuelle + tickets restaurant', NONE)).toEqual([
      'boulanger',
      'mutuelle',
      'tickets',
      'restaurant',
    ]);
  });

  it('reads a title again when an offer comes with another list than the cached reading had', () => {
    const offer = { title: 'Boulanger - Mutuelle + tickets restaurant' };
    expect([...parseOffer(offer, { places: PLACE_NAMES, noise: NONE }).titleTokens]).toContain('mutuelle');
    expect([...parseOffer(offer, { places: PLACE_NAMES, noise: received() }).titleTokens]).toEqual([
      'boulanger',
    ]);
  });

  it('travels in the derived match profile: a baker keeps a title with what the job offers', () => {
    const compiled = receivedDemoProfile();
    const result = scoreOffer({ title: 'Boulanger (H/F) - Horaires de journée - Mutuelle' }, compiled);
    expect(result.criteria.title.status).toBe('ok');
  });
});
