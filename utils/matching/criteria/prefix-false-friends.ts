/**
 * Words that share their first letters and nothing else. A title word
 * outside a family counts a share of a family word that starts with the
 * same PREFIX letters (title-evidence-score.ts): "informatique" for
 * "informaticien", "entreposage" for "entrepôt". These pairs only look
 * alike, so the title word (the key, stemmed) gets no such share from its
 * false friends (stemmed too): "Agent d'entrepôt" was the plumbers', the
 * foresters' and the film producers' by their "entreprise"; "Directeur
 * général" the photographers' and the GPs' by their "généraliste";
 * "Operations Manager" the operating-theatre nurses' by their "opératoire".
 * A test checks that each pair does share those letters, and that each
 * word is the stem a title's word gives.
 */
export const PREFIX_FALSE_FRIENDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['entrepot', ['entrepris', 'entrepreneur']],
  ['general', ['generalist']],
  ['traitement', ['traiteur']],
  ['montag', ['montagn']],
  ['commis', ['commissair', 'commissionnair']],
  ['command', ['commando']],
  ['public', ['publicit', 'publicitair']],
  ['operation', ['operatoir']],
  ['transport', ['transplantation', 'transplant']],
  ['instrument', ['instructeur', 'instruction']],
  ['distributeur', ['district']],
  ['person', ['personnel', 'personnag']],
  ['personnel', ['person', 'personnag']],
  // The English "product" ("Product Manager", "Product Training Assistant") is no "production" or "producteur".
  ['product', ['production', 'producteur', 'productiqu']],
]);
