/**
 * The little words of a reason before a name, as French writes them: "12 km
 * d'Annecy", "3 km du Mans", "à 2 km des Ulis", "au Mans", "métier proche
 * d'Agent d'accueil", "autre métier qu'Employé de rayon". "de Annecy" and
 * "à Le Mans" read as a machine's French.
 */

/**
 * A vowel or a mute h: "de" and "que" elide before it ("d'Hyères", "d'Hôte d'accueil"). The accented
 * capitals a commune or an appellation starts with (tests/unit/matching/french.test.ts reads them all).
 */
const ELIDES = /^[aeiouyhéèêâîô]/i;

/**
 * "de" or "à" before a name: "de Lyon", "d'Annecy", "du Mans", "des Ulis" ("de La Rochelle" as written);
 * "à Lyon", "à Annecy", "au Mans", "aux Ulis".
 */
export function withPreposition(preposition: 'de' | 'à', name: string): string {
  const de = preposition === 'de';
  if (name.startsWith('Le ')) return `${de ? 'du' : 'au'} ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `${de ? 'des' : 'aux'} ${name.slice(4)}`;
  return de && ELIDES.test(name) ? `d'${name}` : `${preposition} ${name}`;
}

/** "que" before a name: "que Boulanger", "qu'Employé de rayon". */
export function queName(name: string): string {
  return ELIDES.test(name) ? `qu'${name}` : `que ${name}`;
}
