/**
 * Word-level morphology of normalised title words: one stem for the genders
 * and numbers of a word, and whether a word reads as a French job noun.
 */

/** French agent nouns ("ostreiculteur", "pisteuse", "pushiste", "ecoutant"): a head without one of these endings ("store", "community", "salarie") is a qualifier or a foreign word, never a job on its own. */
const AGENT_NOUN = /(?:eur|euse|rice|ier|iere|iste|ien|ienne|logue|ant|ante|aire)$/;

/** Whether a normalised word reads as a French job noun (an agent-noun ending). */
export function isJobNoun(word: string): boolean {
  return AGENT_NOUN.test(word);
}

/**
 * One word for the masculine and feminine, singular and plural of a title
 * word ("administrative" and "administratifs" -> "administratif",
 * "vendeuse" -> "vendeur", "directrice" -> "directeur", "cheffe" -> "chef",
 * "adjointe" -> "adjoint"; a final e goes: "technique" -> "techniqu"), so that qualifiers
 * written in another gender or number than the lexicon's still count. Both
 * sides of a comparison go through it; a rare conflation is harmless.
 */
export function stemWord(word: string): string {
  if (word.length <= 3) return word;
  let s = word;
  // "reseaux", "bureaux": the plural of "reseau", not of a word in -al.
  if (s.endsWith('eaux')) s = s.slice(0, -1);
  else if (s.endsWith('aux') && s.length > 4) s = `${s.slice(0, -3)}al`;
  else if (/[sx]$/.test(s) && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  if (s.endsWith('euse') || s.endsWith('rice')) return `${s.slice(0, -4)}eur`;
  if (s.endsWith('ive')) return `${s.slice(0, -3)}if`;
  // "cheffe", "maitresse", "hotesse", "patronne", "technicienne", "cadette", "professionnelle".
  if (s.endsWith('ffe')) return s.slice(0, -2);
  if (s.endsWith('esse') && s.length > 6) s = s.slice(0, -3);
  else if (/(?:nn|ll|tt)e$/.test(s)) s = s.slice(0, -2);
  // Then the masculine is the word without its final e: "adjointe", "commise", "boulangere", "employee".
  if (s.endsWith('ere')) return `${s.slice(0, -3)}er`;
  // Every final e: "employee" and "employe" meet at "employ".
  return s.length > 4 ? s.replace(/e+$/, '') : s;
}

/**
 * Derivational endings of French job words, after stemWord: the activity,
 * the agent and the adjective of one root ("peage", "peagiste"; "curage",
 * "cureur"; "verrerie", "verrier"; "production", "producteur";
 * "electricite", "electricien", "electrique"; "actuariat", read with
 * "actuaire" below). The longest ending that fits is taken (the leftmost
 * match).
 */
const DERIVATION =
  /(?:iat|icien|ien|ier|eri|er|istiqu|iqu|ist|ism|ag|eur|teur|tion|tif|it|icit|ur|tur|abilit|abl|ement|ment|anc|enc|ant|ent|el|al|if|i)$/;

/** Fewest letters a root keeps: a shorter leftover ("pe" of "peag") is no root. */
export const MIN_ROOT = 4;

/**
 * The root of a stemmed word (stemWord's output) without its derivational
 * ending ("peagist" -> "peag", "verrier" -> "verr"), "-cole" read as
 * "-culture" ("horticol" and "horticulteur" -> "horticul"), "-logie" and
 * "-logue" as "-log", an agent in "-aire" as the root of its "-ariat"
 * ("actuair" and "actuariat" -> "actuar"); the stem itself when the
 * leftover would be shorter than MIN_ROOT ("peag"); undefined for a stem
 * that short.
 */
export function rootWord(stem: string): string | undefined {
  if (stem.length < MIN_ROOT) return undefined;
  // Both rules keep the stem's first MIN_ROOT letters, as every root does (title-evidence-score.ts looks roots up by them).
  if (stem.endsWith('col') && stem.length >= MIN_ROOT + 3) return `${stem.slice(0, -3)}cul`;
  if (/log[iu]$/.test(stem) && stem.length > MIN_ROOT) return stem.slice(0, -1);
  if (stem.endsWith('air') && stem.length >= MIN_ROOT + 2) return `${stem.slice(0, -2)}r`;
  const ending = DERIVATION.exec(stem);
  const root = ending ? stem.slice(0, stem.length - ending[0].length) : stem;
  return root.length >= MIN_ROOT ? root : stem;
}
