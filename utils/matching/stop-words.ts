/** French function words: they carry no meaning on their own in a title, and a title holding one is written in French. */
export const FRENCH_STOP_WORDS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'a',
  'au',
  'aux',
  'en',
  'et',
  'ou',
  'pour',
  'par',
  'sur',
  'un',
  'une',
  'dans',
  'avec',
  'chez',
  // "Stage (hors alternance)", "élevage hors sol": a preposition, never the métier.
  'hors',
]);

/** Words that carry no meaning on their own when comparing tokens: the French ones and English ones. */
export const STOP_WORDS = new Set([...FRENCH_STOP_WORDS, 'the', 'of', 'and', 'in', 'for']);
