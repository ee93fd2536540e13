import { describe, expect, it } from 'vitest';
import { PLACE_NAMES } from '../../../utils/geo/departements';
import { parseOffer } from '../../../utils/matching/parse-offer';

describe('reading of a title, kept for the offers after it', () => {
  it('keeps a title scored alone from its first sighting: the page reads a fitting card whole and scores it again', () => {
    const first = parseOffer({ title: 'Soudeur TIG aéronautique (kept-alone)' }, PLACE_NAMES);
    const whole = parseOffer(
      { title: 'Soudeur TIG aéronautique (kept-alone)', location: 'Lyon (69)' },
      PLACE_NAMES,
    );
    expect(whole.titleResults).toBe(first.titleResults);
    expect(whole.titleTokens).toBe(first.titleTokens);
  });

  it('keeps a title of a whole offer from its second sighting only (most titles of a feed never come back)', () => {
    const offer = { title: 'Chaudronnier tuyauteur (kept-whole)', location: 'Nantes (44)', company: 'ACME' };
    const first = parseOffer(offer, PLACE_NAMES);
    const second = parseOffer(offer, PLACE_NAMES);
    const third = parseOffer(offer, PLACE_NAMES);
    expect(second.titleResults).not.toBe(first.titleResults);
    expect(third.titleResults).toBe(second.titleResults);
  });
});
