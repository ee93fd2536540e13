import { describe, expect, it } from 'vitest';
import { parseOffer } from '../../../utils/matching/parse-offer';
import { PARSE_TABLES } from '../../../utils/matching/parse-tables';

describe('reading of a title, kept for the offers after it', () => {
  it('keeps a title scored alone from its first sighting: the page reads a fitting card whole and scores it again', () => {
    const first = parseOffer({ title: 'Soudeur TIG aéronautique (kept-alone)' }, PARSE_TABLES);
    const whole = parseOffer(
      { title: 'Soudeur TIG aéronautique (kept-alone)', location: 'Lyon (69)' },
      PARSE_TABLES,
    );
    expect(whole.titleResults).toBe(first.titleResults);
    expect(whole.titleTokens).toBe(first.titleTokens);
  });

  it('keeps a title of a whole offer from its second sighting only (most titles of a feed never come back)', () => {
    const offer = { title: 'Chaudronnier tuyauteur (kept-whole)', location: 'Nantes (44)', company: 'ACME' };
    const first = parseOffer(offer, PARSE_TABLES);
    const second = parseOffer(offer, PARSE_TABLES);
    const third = parseOffer(offer, PARSE_TABLES);
    expect(second.titleResults).not.toBe(first.titleResults);
    expect(third.titleResults).toBe(second.titleResults);
  });
});
